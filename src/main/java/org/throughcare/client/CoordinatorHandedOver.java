package org.throughcare.client;

import java.time.Instant;
import java.time.LocalDate;
import org.jmolecules.event.annotation.DomainEvent;
import org.springframework.modulith.NamedInterface;
import org.throughcare.shared.ClientId;
import org.throughcare.shared.UserId;

/** A client's coordinator role passed from one person to another; {@code at}: when it was recorded. */
@NamedInterface("events")
@DomainEvent
public record CoordinatorHandedOver(ClientId clientId, UserId from, UserId to, LocalDate on, UserId by, Instant at) {
}
