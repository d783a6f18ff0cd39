package org.throughcare.plan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** New words for a goal; {@code version} is the one the author saw. */
public record EditGoal(@NotBlank @Size(max = 1000) String description, @NotNull Long version) {
}
