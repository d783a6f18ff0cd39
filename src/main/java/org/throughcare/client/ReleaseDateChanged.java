package org.throughcare.client;

import java.time.Instant;
import java.time.LocalDate;
import org.jmolecules.event.annotation.DomainEvent;
import org.springframework.modulith.NamedInterface;
import org.throughcare.shared.ClientId;
import org.throughcare.shared.UserId;

/** A client's conditional release date was set or moved; meetings and notifications react to it. */
@NamedInterface("events")
@DomainEvent
public record ReleaseDateChanged(ClientId clientId, LocalDate previousDate, LocalDate newDate, String reason,
                                 UserId changedBy, Instant changedAt) {
}
