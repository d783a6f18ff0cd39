package org.throughcare.meeting;

import java.util.UUID;

/**
 * One invitee. An invitee from an agency the reader may not see named (health or addiction care, by the group's
 * rule) is shown by a neutral label, without ids.
 */
public record InviteeView(UUID userId, UUID contactId, String name, UUID organisationId, String organisationName,
                          boolean outsideGroup) {
}
