package org.throughcare.client;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One handover of a client's coordinator role, as kept in the case history. */
public record CoordinatorChangeView(UUID fromCoordinatorId, String fromCoordinator, UUID toCoordinatorId,
                                String toCoordinator, LocalDate on, String reason, String recordedBy,
                                Instant recordedAt) {
}
