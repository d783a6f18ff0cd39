package org.throughcare.referral.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The median of waiting days, worked out by hand for odd and even counts. */
class ReferralWaitingTimesTests {

    @Test
    void noStartedReferralGivesNoWaitingTime() {
        assertThat(ReferralWaitingTimes.median(List.of())).isEmpty();
    }

    @Test
    void anOddNumberOfWaitsGivesTheMiddleOne() {
        assertThat(ReferralWaitingTimes.median(List.of(7L))).contains(7);
        assertThat(ReferralWaitingTimes.median(List.of(30L, 2L, 9L))).contains(9);
        assertThat(ReferralWaitingTimes.median(List.of(0L, 0L, 41L, 1L, 100L))).contains(1);
    }

    @Test
    void anEvenNumberOfWaitsGivesTheMeanOfTheMiddleTwoWithAHalfRoundedUp() {
        // 3, 10, 20, 28: (10 + 20) / 2 = 15
        assertThat(ReferralWaitingTimes.median(List.of(28L, 3L, 20L, 10L))).contains(15);
        // 1, 2: 1.5, rounded up to 2
        assertThat(ReferralWaitingTimes.median(List.of(2L, 1L))).contains(2);
        // 4, 4, 6, 90: (4 + 6) / 2 = 5
        assertThat(ReferralWaitingTimes.median(List.of(90L, 4L, 6L, 4L))).contains(5);
    }
}
