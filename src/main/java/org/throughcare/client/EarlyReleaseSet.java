package org.throughcare.client;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jmolecules.event.annotation.DomainEvent;
import org.springframework.modulith.NamedInterface;
import org.throughcare.shared.ClientId;
import org.throughcare.shared.UserId;

/**
 * A client in custody is to be released early (electronic monitoring, home detention curfew) on {@code on};
 * {@code previousDate} is the early release date it replaces, if any. {@code custodyEventId} names the recorded custody
 * event, so that a listener can tell a redelivery from a new event; the free-text reason stays behind the access
 * gate. {@code enteredAfterwards}: as the custody record says ({@link CustodyEventView#enteredAfterwards()}), here
 * recorded later than the day the early release was decided.
 */
@NamedInterface("events")
@DomainEvent
public record EarlyReleaseSet(UUID custodyEventId, ClientId clientId, EarlyReleaseType type, LocalDate previousDate,
                              LocalDate on, UserId recordedBy, Instant recordedAt, boolean enteredAfterwards) {
}
