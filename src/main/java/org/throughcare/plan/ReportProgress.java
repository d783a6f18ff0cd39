package org.throughcare.plan;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.modulith.NamedInterface;

/**
 * A measure moves on: in progress, done, not achieved (by its owner or the coordinator), or cancelled (by the
 * coordinator). A note says how it went; it is required for not achieved and cancelled.
 */
@NamedInterface("api")
public record ReportProgress(@NotNull MeasureStatus status, @Size(max = 2000) String note) {
}
