package org.throughcare.group;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.throughcare.audit.AuditFact;
import org.throughcare.shared.DataCategory;

/**
 * One line of a client's access log: when, who (by name, and the username for the API's readers; null for the
 * system), what they did and with what outcome, and for an access decision the category and the ground it rested on. {@code details} holds the
 * remaining parts of a change (the stage it moved to, say), each a code with its words or a plain value.
 */
public record AccessLogEntryView(Instant occurredAt, UUID personId, String person, String username, String action,
                                 String outcome, String purpose, DataCategory category, String ground, List<AuditFact> details) {
}
