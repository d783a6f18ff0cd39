package org.throughcare.group;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jmolecules.event.annotation.DomainEvent;
import org.springframework.modulith.NamedInterface;
import org.throughcare.shared.ClientId;
import org.throughcare.shared.UserId;

/** A client withdrew a consent from {@code on}: what it covered is no longer shared from that day. */
@NamedInterface("events")
@DomainEvent
public record ConsentWithdrawn(ClientId clientId, UUID consentId, LocalDate on, UserId recordedBy, Instant recordedAt) {
}
