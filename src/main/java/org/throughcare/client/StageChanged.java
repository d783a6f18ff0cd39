package org.throughcare.client;

import java.time.LocalDate;
import org.jmolecules.event.annotation.DomainEvent;
import org.springframework.modulith.NamedInterface;
import org.throughcare.shared.ClientId;
import org.throughcare.shared.UserId;

/** A client moved from one stage of the programme to another. */
@NamedInterface("events")
@DomainEvent
public record StageChanged(ClientId clientId, Stage from, Stage to, LocalDate effectiveOn, UserId changedBy) {
}
