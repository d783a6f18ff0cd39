package org.throughcare.meeting;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.springframework.modulith.NamedInterface;
import org.throughcare.plan.AssignMeasure;

/**
 * A decision of a held meeting. With {@code measure} it also creates a plan measure, or, with {@code measureId},
 * changes that measure of the client's plan ({@code measure.version}: the measure's, as read); the plan module checks
 * the owner and the responsible person against the group as it always does, and records the meeting on the measure.
 */
@NamedInterface("api")
public record RecordDecision(@NotBlank @Size(max = 2000) String text, UUID measureId, @Valid AssignMeasure measure) {
}
