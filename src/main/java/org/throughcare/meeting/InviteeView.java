package org.throughcare.meeting;

import java.util.UUID;

/**
 * One invitee. An invitee from an agency the reader may not see named (health or addiction care, by the group's
 * rule) is shown by a neutral label, without ids.
 */
public record InviteeView(UUID userId, UUID contactId, String name, UUID organisationId, String organisationName,
                          boolean outsideGroup) {

    /** How a form or an API call names a person of the group: {@code user:<id>} or {@code contact:<id>}. */
    public static String key(UUID userId, UUID contactId) {
        return userId != null ? "user:" + userId : "contact:" + contactId;
    }
}
