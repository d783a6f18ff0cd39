package org.throughcare.client;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A move to another stage: when it took effect and why. */
public record ChangeStage(@NotNull Stage to, @NotNull LocalDate effectiveOn,
                          @NotBlank @Size(max = 500) String reason, Long version) {
}
