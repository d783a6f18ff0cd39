package org.throughcare.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.stereotype.Service;
import java.util.List;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
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

    private static final Object HEAD_HELD = AuditLog.class.getName() + ".headHeld";

    private final AuditEntries entries;
    private final CurrentActor currentActor;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;

    AuditLog(AuditEntries entries, CurrentActor currentActor, Clock clock, PlatformTransactionManager transactions) {
        this.entries = entries;
        this.currentActor = currentActor;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Transactional
    public AuditEntry record(AuditEvent event) {
        // Truncated to milliseconds so the hashed value is the one every database stores and returns.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        AuditEntries.Head head = entries.lockHead();
        markHeadHeld();
        AuditEntry sealed = HashChain.seal(unsealed(event, head.lastSequence() + 1, now, head.lastHash()));
        entries.append(sealed);
        return sealed;
    }

    private AuditEntry unsealed(AuditEvent event, long sequence, Instant at, String previousHash) {
        Actor actor = event.actor() != null ? event.actor() : currentActor.current().orElse(null);
        String username = actor != null ? actor.username() : event.attemptedUsername();
        return new AuditEntry(sequence, at, actor != null ? actor.userId().value() : null, clip(username, 100),
                actor != null && actor.organisationId() != null ? actor.organisationId().value() : null,
                event.action(), event.outcome().name(), event.subjectType(), clip(event.subjectId(), 100),
                clip(event.purpose(), 200), clip(event.details(), 2000), previousHash, null);
    }

    /**
     * Records an access decision so that it stays: in a transaction of its own, because reads run in
     * read-only transactions and a denial's transaction is about to fail. Unless this transaction already
     * holds the head of the chain — a new one would wait for it forever — in which case the entry joins it.
     */
    public void recordAccess(List<AuditEvent> events) {
        if (TransactionSynchronizationManager.hasResource(HEAD_HELD)) {
            recordAll(events);
        } else {
            ownTransaction.executeWithoutResult(status -> recordAll(events));
        }
    }

    /** Appends the events under one lock of the head and in one batch: a list page records each client shown. */
    private void recordAll(List<AuditEvent> events) {
        if (events.size() == 1) {
            record(events.get(0));
            return;
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        AuditEntries.Head head = entries.lockHead();
        markHeadHeld();
        long sequence = head.lastSequence();
        String previous = head.lastHash();
        List<AuditEntry> sealed = new java.util.ArrayList<>(events.size());
        for (AuditEvent event : events) {
            AuditEntry entry = HashChain.seal(unsealed(event, ++sequence, now, previous));
            sealed.add(entry);
            previous = entry.entryHash();
        }
        entries.appendAll(sealed);
    }

    @Transactional(readOnly = true)
    public ResultPage<AuditEntry> newestFirst(PageRequest page) {
        return entries.newestFirst(page);
    }

    /** Every entry about one subject (a client's accesses, say), newest first. */
    @Transactional(readOnly = true)
    public ResultPage<AuditEntry> aboutSubject(String subjectType, String subjectId, PageRequest page) {
        return entries.aboutSubject(subjectType, subjectId, page);
    }

    /** Re-computes every entry's hash from the first; reads the log in order, in batches. */
    @Transactional(readOnly = true)
    public ChainVerification verifyChain() {
        return HashChain.verify(entries::inOrderFrom);
    }

    /** Remembers, until this transaction ends, that it holds the lock on the head of the chain. */
    private static void markHeadHeld() {
        if (TransactionSynchronizationManager.isSynchronizationActive()
                && !TransactionSynchronizationManager.hasResource(HEAD_HELD)) {
            TransactionSynchronizationManager.bindResource(HEAD_HELD, Boolean.TRUE);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(HEAD_HELD);
                }
            });
        }
    }

    private static String clip(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
