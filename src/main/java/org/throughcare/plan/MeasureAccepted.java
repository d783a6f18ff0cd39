package org.throughcare.plan;

import java.time.Instant;
import java.util.UUID;
import org.jmolecules.event.annotation.DomainEvent;
import org.springframework.modulith.NamedInterface;
import org.throughcare.shared.ClientId;
import org.throughcare.shared.UserId;

/** The owning organisation accepted a measure given to it: the coordinator can count on it. */
@NamedInterface("events")
@DomainEvent
public record MeasureAccepted(ClientId clientId, UUID measureId, UUID ownerOrganisationId, UserId acceptedBy,
                              Instant acceptedAt) {
}
