package org.throughcare.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The throttle's rule on a clock the test moves, so no bucket refills while the test runs. */
class LoginThrottleTests {

    private final ManualTime time = new ManualTime();
    private final LoginThrottle throttle = new LoginThrottle(time);

    @Test
    void tenQuickFailuresFromOneAddressHoldItBackAndNoOtherAddress() {
        for (int i = 0; i < 10; i++) {
            assertThat(throttle.allows("user" + i, "10.0.0.1")).isTrue();
            throttle.failed("user" + i, "10.0.0.1");
        }
        assertThat(throttle.allows("someone", "10.0.0.1")).isFalse();
        assertThat(throttle.allows("someone", "10.0.0.2")).isTrue();
        time.advance(Duration.ofSeconds(6));
        assertThat(throttle.allows("someone", "10.0.0.1")).isTrue();
    }

    @Test
    void theWaitGrowsTheLongerTheGuessingGoesOn() {
        // One failure every ten seconds stays within the per-minute allowance, until the hour's is spent.
        int failures = 0;
        while (throttle.allows("user" + failures, "10.0.0.3")) {
            throttle.failed("user" + failures, "10.0.0.3");
            failures++;
            time.advance(Duration.ofSeconds(10));
        }
        assertThat(failures).isGreaterThanOrEqualTo((int) LoginThrottle.ADDRESS_PER_HOUR);
        time.advance(Duration.ofSeconds(20));
        assertThat(throttle.allows("next", "10.0.0.3")).as("the minute's wait is no longer enough").isFalse();
        time.advance(Duration.ofMinutes(2));
        assertThat(throttle.allows("next", "10.0.0.3")).isTrue();
    }

    @Test
    void oneAddressGuessingAsFastAsItMayNeverEmptiesTheAccountsBucket() {
        for (int second = 0; second < 24 * 3600; second += 3) {
            if (throttle.allows("admin", "10.66.0.1")) {
                throttle.failed("admin", "10.66.0.1");
            }
            assertThat(throttle.allows("admin", "10.7.0.1")).isTrue();
            time.advance(Duration.ofSeconds(3));
        }
    }

    @Test
    void manyAddressesTogetherSlowAnAccountDown() {
        for (int i = 0; i < LoginThrottle.ACCOUNT_PER_HOUR; i++) {
            throttle.failed("admin", "10.8.0." + i);
        }
        assertThat(throttle.allows("admin", "10.7.0.1")).isFalse();
        time.advance(Duration.ofMinutes(2));
        assertThat(throttle.allows("admin", "10.7.0.1")).isTrue();
    }

    static final class ManualTime implements TimeMeter {
        private long nanos = 1_000_000_000L;

        void advance(Duration duration) {
            nanos += duration.toNanos();
        }

        @Override
        public long currentTimeNanos() {
            return nanos;
        }

        @Override
        public boolean isWallClockBased() {
            return false;
        }
    }
}
