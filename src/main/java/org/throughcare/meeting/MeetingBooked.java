package org.throughcare.meeting;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jmolecules.event.annotation.DomainEvent;
import org.springframework.modulith.NamedInterface;
import org.throughcare.shared.ClientId;
import org.throughcare.shared.UserId;

/** A meeting was booked; {@code invitedUsers}: the invitees with an account, to be told. No personal data. */
@DomainEvent
@NamedInterface("events")
public record MeetingBooked(ClientId clientId, UUID meetingId, List<UUID> invitedUsers, UserId by, Instant at) {
}
