package org.throughcare.referral;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.springframework.modulith.NamedInterface;

/**
 * A change of state: to where, the reason where the table asks for one, the expected start (to waiting), and on
 * completion or early end the outcome of each goal in the referral's order and a short end-of-service note.
 * {@code version}: the one the actor saw, so that of two simultaneous changes only one is made.
 */
@NamedInterface("api")
public record MoveReferral(@NotNull ReferralStatus to, @Size(max = 2000) String reason, LocalDate expectedStart,
                           @Size(max = 10) List<GoalOutcome> outcomes, @Size(max = 2000) String endNote,
                           @NotNull Long version) {

    public MoveReferral {
        outcomes = outcomes == null ? List.of() : outcomes;
    }
}
