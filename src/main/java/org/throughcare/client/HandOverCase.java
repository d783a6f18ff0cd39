package org.throughcare.client;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;

/** The coordinator role passes to another coordinator or manager at the client's probation office. */
public record HandOverCase(@NotNull UUID newCoordinatorId, @NotNull LocalDate on,
                                  @NotBlank @Size(max = 500) String reason, Long version) {
}
