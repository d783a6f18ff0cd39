package org.throughcare.plan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The owning organisation says no, and why, so that the coordinator can find another owner or change the
 * measure. {@code version}: the one the owner read (optional).
 */
public record DeclineMeasure(@NotBlank @Size(max = 1000) String reason, Long version) {
}
