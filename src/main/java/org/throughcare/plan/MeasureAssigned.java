package org.throughcare.plan;

import java.util.UUID;
import org.throughcare.shared.ClientId;
import org.throughcare.shared.UserId;

/**
 * A measure was given to an organisation (when it is added, or reassigned): the owner is to accept it.
 * The responsible person is a user or a directory contact, whichever the measure names.
 */
public record MeasureAssigned(ClientId clientId, UUID measureId, UUID ownerOrganisationId, UUID responsibleUserId,
                              UUID responsibleContactId, UserId assignedBy) {
}
