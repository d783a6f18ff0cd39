package org.throughcare.assessment;

import org.throughcare.shared.NeedArea;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.modulith.NamedInterface;

/** One area as assessed: the professional rating, the client's view in their own words, strengths, notes. */
@NamedInterface("api")
public record AreaAssessment(@NotNull NeedArea area, @NotNull Rating rating, @Size(max = 2000) String clientView,
                             @Size(max = 2000) String strengths, @Size(max = 2000) String notes) {
}
