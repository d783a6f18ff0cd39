package org.throughcare.audit;

import java.time.Instant;
import java.util.UUID;
import org.springframework.modulith.NamedInterface;

/**
 * One line of the audit log. {@code sequence}, {@code previousHash} and {@code entryHash} are set once the
 * sequencer has sealed the entry into the hash chain, within a second or so of its writing; until then
 * they are null.
 */
@NamedInterface("api")
public record AuditEntry(long id, Long sequence, Instant occurredAt, UUID actorUserId, String actorUsername,
                         UUID actorOrganisationId, String action, String outcome, String subjectType,
                         String subjectId, String purpose, String details, String previousHash, String entryHash) {

    public boolean sealed() {
        return sequence != null;
    }

    /** This entry sealed at {@code sequence} after {@code previousHash}, with {@code entryHash} its own. */
    public AuditEntry sealedAs(long sequence, String previousHash, String entryHash) {
        return new AuditEntry(id, sequence, occurredAt, actorUserId, actorUsername, actorOrganisationId, action,
                outcome, subjectType, subjectId, purpose, details, previousHash, entryHash);
    }
}
