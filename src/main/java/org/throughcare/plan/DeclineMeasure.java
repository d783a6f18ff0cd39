package org.throughcare.plan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The owning organisation says no, and why, so that the coordinator can find another owner. */
public record DeclineMeasure(@NotBlank @Size(max = 1000) String reason) {
}
