package org.throughcare.group;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A person leaves the group on a date, for a reason. */
public record EndMembership(@NotNull LocalDate to, @NotBlank @Size(max = 500) String reason) {
}
