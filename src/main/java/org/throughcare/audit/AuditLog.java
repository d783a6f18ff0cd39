package org.throughcare.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.throughcare.audit.internal.AuditEntries;
import org.throughcare.audit.internal.HashChain;
import org.throughcare.shared.Actor;
import org.throughcare.shared.CurrentActor;
import org.throughcare.shared.PageRequest;
import org.throughcare.shared.ResultPage;

/**
 * Writes and reads the audit log. A record joins the caller's transaction, so a change and its audit
 * entry are stored together or not at all.
 */
@Service
public class AuditLog {

    private final AuditEntries entries;
    private final CurrentActor currentActor;
    private final Clock clock;

    AuditLog(AuditEntries entries, CurrentActor currentActor, Clock clock) {
        this.entries = entries;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    @Transactional
    public AuditEntry record(AuditEvent event) {
        Actor actor = event.actor() != null ? event.actor() : currentActor.current().orElse(null);
        String username = actor != null ? actor.username() : event.attemptedUsername();
        // Truncated to milliseconds so the hashed value is the one every database stores and returns.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        AuditEntries.Head head = entries.lockHead();
        long sequence = head.lastSequence() + 1;
        AuditEntry unsealed = new AuditEntry(sequence, now,
                actor != null ? actor.userId().value() : null, clip(username, 100),
                actor != null && actor.organisationId() != null ? actor.organisationId().value() : null,
                event.action(), event.outcome().name(), event.subjectType(), clip(event.subjectId(), 100),
                clip(event.purpose(), 200), clip(event.details(), 2000), head.lastHash(), null);
        AuditEntry sealed = HashChain.seal(unsealed);
        entries.append(sealed);
        return sealed;
    }

    /**
     * Records in a transaction of its own: for reads, which run in read-only transactions, and for denials,
     * whose caller's transaction is about to fail — the entry must stay either way.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public AuditEntry recordOnItsOwn(AuditEvent event) {
        return record(event);
    }

    @Transactional(readOnly = true)
    public ResultPage<AuditEntry> newestFirst(PageRequest page) {
        return entries.newestFirst(page);
    }

    /** Re-computes every entry's hash from the first; reads the log in order, in batches. */
    @Transactional(readOnly = true)
    public ChainVerification verifyChain() {
        return HashChain.verify(entries::inOrderFrom);
    }

    private static String clip(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
