package org.throughcare.referral;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.springframework.modulith.NamedInterface;
import org.throughcare.shared.NeedArea;

/**
 * A referral as sent: to which service, for which need area (and so under which consent category), why, how
 * urgently, what the client wants, what it should achieve (one goal a line), optionally the plan measure it
 * realises, and — for a service outside the client's municipality — why that one.
 */
@NamedInterface("api")
public record SendReferral(@NotNull UUID serviceId, @NotNull NeedArea needArea, @NotBlank @Size(max = 2000) String reason,
                           @NotNull Urgency urgency, @Size(max = 2000) String clientWishes,
                           @NotEmpty @Size(max = 10) List<@NotBlank @Size(max = 500) String> goals, UUID measureId,
                           @Size(max = 1000) String outsideAreaReason) {

    public SendReferral {
        goals = goals == null ? List.of() : goals.stream().filter(g -> g != null && !g.isBlank()).map(String::strip)
                .toList();
    }
}
