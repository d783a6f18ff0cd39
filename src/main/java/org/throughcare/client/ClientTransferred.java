package org.throughcare.client;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jmolecules.event.annotation.DomainEvent;
import org.springframework.modulith.NamedInterface;
import org.throughcare.shared.ClientId;
import org.throughcare.shared.UserId;

/**
 * A client in custody was moved to another institution; staff of the new one now see them. {@code custodyEventId}
 * names the recorded custody event, so that a listener can tell a redelivery from a new event; the free-text reason
 * stays behind the access gate. {@code enteredAfterwards}: as the custody record says ({@link
 * CustodyEventView#enteredAfterwards()}), here recorded later than {@code on}.
 */
@NamedInterface("events")
@DomainEvent
public record ClientTransferred(UUID custodyEventId, ClientId clientId, UUID fromInstitutionId, UUID toInstitutionId,
                                LocalDate on, UserId recordedBy, Instant recordedAt, boolean enteredAfterwards) {
}
