package org.throughcare.client;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jmolecules.event.annotation.DomainEvent;
import org.springframework.modulith.NamedInterface;
import org.throughcare.shared.ClientId;
import org.throughcare.shared.UserId;

/**
 * A client left custody on {@code on}, the actual date; the institution no longer sees them. {@code custodyEventId}
 * names the recorded custody event, so that a listener can tell a redelivery from a new event; the free-text reason
 * stays behind the access gate. {@code enteredAfterwards}: as the custody record says ({@link
 * CustodyEventView#enteredAfterwards()}), here recorded later than {@code on}.
 */
@NamedInterface("events")
@DomainEvent
public record ClientReleased(UUID custodyEventId, ClientId clientId, UUID institutionId, LocalDate on,
                             UserId recordedBy, Instant recordedAt, boolean enteredAfterwards) {
}
