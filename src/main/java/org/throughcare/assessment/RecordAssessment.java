package org.throughcare.assessment;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;
import java.util.List;
import org.springframework.modulith.NamedInterface;

/**
 * A new version of the assessment: every area once. {@code basedOnVersion} is the version the author saw
 * (absent for the first), so that a version saved by someone else in between is not silently overtaken.
 */
@NamedInterface("api")
public record RecordAssessment(@NotNull @PastOrPresent LocalDate assessedOn, @NotNull List<@NotNull @Valid AreaAssessment> areas,
                               Integer basedOnVersion) {
}
