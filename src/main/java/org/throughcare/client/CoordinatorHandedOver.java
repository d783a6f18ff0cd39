package org.throughcare.client;

import java.time.LocalDate;
import org.jmolecules.event.annotation.DomainEvent;
import org.springframework.modulith.NamedInterface;
import org.throughcare.shared.ClientId;
import org.throughcare.shared.UserId;

/** A client's coordinator role passed from one person to another. */
@NamedInterface("events")
@DomainEvent
public record CoordinatorHandedOver(ClientId clientId, UserId from, UserId to, LocalDate on, UserId by) {
}
