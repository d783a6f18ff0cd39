package org.throughcare.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The FHIR mapping and the shape of the transition table, checked against values written out from the sources. */
class ReferralStatusTests {

    /** HL7 FHIR R4 Task.status codes the Gravity SDOH referral guide uses for a referral task. */
    private static final Set<String> GRAVITY_TASK_STATUSES = Set.of("requested", "accepted", "rejected",
            "in-progress", "on-hold", "completed", "cancelled", "failed");

    @Test
    void eachStateMapsToTheFhirTaskStatusOfTheGravityGuide() {
        Map<ReferralStatus, String> expected = Map.of(ReferralStatus.SENT, "requested",
                ReferralStatus.ACCEPTED, "accepted", ReferralStatus.DECLINED, "rejected",
                ReferralStatus.WAITING, "on-hold", ReferralStatus.STARTED, "in-progress",
                ReferralStatus.COMPLETED, "completed", ReferralStatus.ENDED_EARLY, "failed",
                ReferralStatus.CANCELLED, "cancelled");
        for (ReferralStatus status : ReferralStatus.values()) {
            assertThat(status.fhirTaskStatus()).as(status.name()).isEqualTo(expected.get(status));
        }
        assertThat(Arrays.stream(ReferralStatus.values()).map(ReferralStatus::fhirTaskStatus))
                .as("every Gravity code used once").containsExactlyInAnyOrderElementsOf(GRAVITY_TASK_STATUSES);
    }

    @Test
    void theTableAsksForAReasonToDeclineEndEarlyOrCancelAndForAnOutcomeOnlyAtTheEnd() {
        for (ReferralTransitions.Transition t : ReferralTransitions.TABLE) {
            assertThat(t.reasonRequired()).as("reason %s→%s", t.from(), t.to()).isEqualTo(
                    EnumSet.of(ReferralStatus.DECLINED, ReferralStatus.ENDED_EARLY, ReferralStatus.CANCELLED)
                            .contains(t.to()));
            assertThat(t.outcomeRequired()).as("outcome %s→%s", t.from(), t.to()).isEqualTo(
                    t.to() == ReferralStatus.COMPLETED || t.to() == ReferralStatus.ENDED_EARLY);
            assertThat(t.expectedStartRequired()).as("start %s→%s", t.from(), t.to())
                    .isEqualTo(t.to() == ReferralStatus.WAITING);
            assertThat(t.from().open()).as("only open referrals move: %s", t.from()).isTrue();
        }
        assertThat(ReferralTransitions.targets(ReferralStatus.STARTED, EnumSet.of(ReferralSide.REFERRER)))
                .containsExactly(ReferralStatus.CANCELLED);
        assertThat(ReferralTransitions.targets(ReferralStatus.COMPLETED, EnumSet.allOf(ReferralSide.class))).isEmpty();
        assertThat(ReferralStatus.DECLINED.reachesService()).isFalse();
        assertThat(ReferralStatus.CANCELLED.reachesService()).isFalse();
        assertThat(ReferralStatus.COMPLETED.reachesService()).isTrue();
    }
}
