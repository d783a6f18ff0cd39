package org.throughcare.referral.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.UUID;
import org.throughcare.referral.SendReferral;
import org.throughcare.referral.Urgency;
import org.throughcare.shared.NeedArea;

/** The referral form as a page sends it: the goals one a line. */
record ReferralForm(@NotNull UUID serviceId, @NotNull NeedArea needArea, @NotBlank @Size(max = 2000) String reason,
                    @NotNull Urgency urgency, @Size(max = 2000) String clientWishes,
                    @NotBlank @Size(max = 5000) String goals, UUID measureId, @Size(max = 1000) String outsideAreaReason) {

    SendReferral toCommand() {
        return new SendReferral(serviceId, needArea, reason, urgency, clientWishes,
                Arrays.stream(goals.split("\\R")).map(String::strip).filter(g -> !g.isEmpty()).toList(), measureId,
                outsideAreaReason);
    }
}
