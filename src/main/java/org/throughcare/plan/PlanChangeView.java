package org.throughcare.plan;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One entry of the plan's history: what changed, who (by name), when. {@code facts} holds its parts as fields
 * and values; {@code detail} is the composed text of a change written before facts were kept, null since.
 */
public record PlanChangeView(UUID subjectId, String item, String kind, String detail, List<PlanFact> facts,
                             String changedBy, Instant changedAt) {
}
