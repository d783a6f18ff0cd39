package org.throughcare.client;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.modulith.NamedInterface;

/** One handover of a client's coordinator role, as kept in the case history. */
@NamedInterface("api")
public record CoordinatorChangeView(UUID fromCoordinatorId, String fromCoordinator, UUID toCoordinatorId,
                                String toCoordinator, LocalDate on, String reason, String recordedBy,
                                Instant recordedAt) {
}
