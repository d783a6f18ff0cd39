package org.throughcare.plan;

import java.time.Instant;
import java.util.UUID;

/** One entry of the plan's history: what changed, who, when. */
public record PlanChangeView(UUID subjectId, String item, String kind, String detail, String changedBy, Instant changedAt) {
}
