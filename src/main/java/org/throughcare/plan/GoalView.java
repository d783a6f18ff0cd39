package org.throughcare.plan;

import java.time.Instant;
import java.util.UUID;
import org.throughcare.shared.NeedArea;

public record GoalView(UUID id, NeedArea area, String description, long version, String createdBy, Instant createdAt) {
}
