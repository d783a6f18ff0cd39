package org.throughcare.plan;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A measure moves on: in progress, done, not achieved (by its owner or the coordinator), or cancelled (by the
 * coordinator). A note says how it went; it is required for not achieved and cancelled.
 */
public record ReportProgress(@NotNull MeasureStatus status, @Size(max = 2000) String note) {
}
