package org.throughcare.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jmolecules.event.annotation.DomainEvent;
import org.springframework.modulith.NamedInterface;
import org.throughcare.shared.ClientId;

/**
 * A meeting still to come no longer fits the custody facts (the release moved across it, or it is at an institution
 * that no longer holds the client): its invitees and the coordinator are to be told, so that nobody travels to a
 * prison the client has left. {@code cause}: the custody change, as a key that is the same on redelivery.
 */
@DomainEvent
@NamedInterface("events")
public record MeetingNoLongerFits(ClientId clientId, UUID meetingId, LocalDate on, List<UUID> invitedUsers,
                                  String cause, Instant at) {
}
