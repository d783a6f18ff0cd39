package org.throughcare.audit;

import java.time.Instant;
import java.util.UUID;

/** One line of the audit log as it was written. */
public record AuditEntry(long sequence, Instant occurredAt, UUID actorUserId, String actorUsername,
                         UUID actorOrganisationId, String action, String outcome, String subjectType,
                         String subjectId, String purpose, String details, String previousHash, String entryHash) {
}
