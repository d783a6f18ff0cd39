package org.throughcare.referral.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.throughcare.referral.GoalOutcome;
import org.throughcare.referral.MoveReferral;
import org.throughcare.referral.ReferralStatus;

/** A change of a referral's state as the page sends it; outcomes in the goals' order. */
record MoveForm(@NotNull ReferralStatus to, @Size(max = 2000) String reason, LocalDate expectedStart,
                @Size(max = 10) List<GoalOutcome> outcomes, @Size(max = 2000) String endNote, @NotNull Long version) {

    MoveReferral toCommand() {
        boolean ending = to == ReferralStatus.COMPLETED || to == ReferralStatus.ENDED_EARLY;
        return new MoveReferral(to, reason, expectedStart, ending && outcomes != null ? outcomes : List.of(),
                ending ? endNote : null, version);
    }
}
