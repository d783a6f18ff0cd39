package org.throughcare.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jmolecules.event.annotation.DomainEvent;
import org.springframework.modulith.NamedInterface;
import org.throughcare.shared.ClientId;
import org.throughcare.shared.UserId;

/** A meeting was booked; {@code on}: its day (for a cancellation, the day it would have been);
 * {@code invitedUsers}: the invitees with an account, to be told. */
@DomainEvent
@NamedInterface("events")
public record MeetingBooked(ClientId clientId, UUID meetingId, LocalDate on, List<UUID> invitedUsers, UserId by,
                             Instant at) {
}
