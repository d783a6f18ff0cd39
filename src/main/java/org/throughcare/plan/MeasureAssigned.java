package org.throughcare.plan;

import java.time.Instant;
import java.util.UUID;
import org.jmolecules.event.annotation.DomainEvent;
import org.springframework.modulith.NamedInterface;
import org.throughcare.shared.ClientId;
import org.throughcare.shared.UserId;

/**
 * A measure was given to an organisation (when it is added, or reassigned): the owner is to accept it.
 * The responsible person is a user or a directory contact, whichever the measure names. {@code assignedAt}
 * tells one assignment from another of the same measure to the same owner (a notice is sent once per assignment).
 */
@NamedInterface("events")
@DomainEvent
public record MeasureAssigned(ClientId clientId, UUID measureId, UUID ownerOrganisationId, UUID responsibleUserId,
                              UUID responsibleContactId, UserId assignedBy, Instant assignedAt) {
}
