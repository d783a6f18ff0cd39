package org.throughcare.client;

import java.time.Instant;
import java.time.LocalDate;
import org.jmolecules.event.annotation.DomainEvent;
import org.springframework.modulith.NamedInterface;
import org.throughcare.shared.ClientId;
import org.throughcare.shared.UserId;

/**
 * A client's conditional release date was set or moved; meetings and notifications react to it. {@code
 * enteredAfterwards}: the change was recorded later than the day it was decided (a custody event's moment) or, for
 * a release date cleared by a return to custody, than the day of the return; a date typed into the custody form is
 * decided as it is saved. As the custody record says ({@link CustodyEventView#enteredAfterwards()}).
 */
@NamedInterface("events")
@DomainEvent
public record ReleaseDateChanged(ClientId clientId, LocalDate previousDate, LocalDate newDate, String reason,
                                 UserId changedBy, Instant changedAt, boolean enteredAfterwards) {
}
