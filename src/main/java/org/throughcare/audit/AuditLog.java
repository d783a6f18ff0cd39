package org.throughcare.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.throughcare.audit.internal.AnchorFile;
import org.throughcare.audit.internal.AuditEntries;
import org.throughcare.audit.internal.DecisionsKept;
import org.throughcare.audit.internal.HashChain;
import org.throughcare.audit.internal.OncePerRequest;
import org.throughcare.shared.Actor;
import org.throughcare.shared.CurrentActor;
import org.throughcare.shared.PageRequest;
import org.throughcare.shared.ResultPage;

/**
 * Writes and reads the audit log. Writing never locks a shared row and never needs a second connection:
 * entries are appended unsealed on the caller's connection, and {@link AuditSequencer} seals them into the
 * hash chain shortly after. A change's entry joins the caller's transaction, so the change and its entry
 * are stored together or not at all; an access decision is kept even when its transaction rolls back.
 */
@NamedInterface("api")
@Service
public class AuditLog {

    /** The action an administrator's check of the chain is recorded under, with "intact" or where it broke. */
    public static final String CHAIN_VERIFIED = "AUDIT_CHAIN_VERIFIED";

    private final AuditEntries entries;
    private final AnchorFile anchors;
    private final CurrentActor currentActor;
    private final Clock clock;
    private final DataSource dataSource;
    private final TransactionTemplate transaction;

    AuditLog(AuditEntries entries, AnchorFile anchors, CurrentActor currentActor, Clock clock, DataSource dataSource,
             PlatformTransactionManager transactions) {
        this.entries = entries;
        this.anchors = anchors;
        this.currentActor = currentActor;
        this.clock = clock;
        this.dataSource = dataSource;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Appends a change, a login or another event, in the caller's transaction; returned unsealed, with its id. */
    @Transactional
    public AuditEntry record(AuditEvent event) {
        return entries.append(List.of(entryOf(event, now()))).get(0);
    }

    /**
     * Records access decisions so that they stay, each (subject, action, outcome, category) once per request.
     * In a read-write transaction they are appended at once and commit with it. A transaction that rolls
     * back (a refusal ends in an exception) or is read-only keeps them through {@link DecisionsKept}, which
     * writes them on the same connection once that transaction has ended, before the connection goes back
     * to the pool: no second connection, so no request can wait for itself.
     */
    public void recordAccess(List<AuditEvent> events) {
        Instant now = now();
        List<AuditEntry> fresh = OncePerRequest.notYetRecorded(events).stream().map(e -> entryOf(e, now)).toList();
        if (fresh.isEmpty()) {
            return;
        }
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            transaction.executeWithoutResult(status -> entries.append(fresh));
            return;
        }
        boolean readOnly = TransactionSynchronizationManager.isCurrentTransactionReadOnly();
        if (!readOnly) {
            entries.append(fresh);
        }
        TransactionSynchronizationManager.registerSynchronization(
                new DecisionsKept(fresh, !readOnly, entries, dataSource));
    }

    /** Newest first, the entries still waiting for their seal included (without a sequence yet). */
    @Transactional(readOnly = true)
    public ResultPage<AuditEntry> newestFirst(PageRequest page) {
        return entries.newestFirst(page);
    }

    /** The newest check of the chain an administrator asked for ({@code AUDIT_CHAIN_VERIFIED}), if any. */
    @Transactional(readOnly = true)
    public java.util.Optional<AuditEntry> lastVerification() {
        return entries.newestOf(CHAIN_VERIFIED);
    }

    /** Every entry about one subject (a client's accesses, say), newest first. */
    @Transactional(readOnly = true)
    public ResultPage<AuditEntry> aboutSubject(String subjectType, String subjectId, PageRequest page) {
        return aboutSubject(subjectType, subjectId, AuditFilter.NONE, page);
    }

    /** The entries about one subject that the filter lets through, newest first. */
    @Transactional(readOnly = true)
    public ResultPage<AuditEntry> aboutSubject(String subjectType, String subjectId, AuditFilter filter,
                                               PageRequest page) {
        return entries.aboutSubject(subjectType, subjectId, filter, page);
    }

    /** The people with entries about one subject. */
    @Transactional(readOnly = true)
    public List<java.util.UUID> actorsAbout(String subjectType, String subjectId) {
        return entries.actorsAbout(subjectType, subjectId);
    }

    /**
     * Re-computes every sealed entry's hash from the first, in batches, compares the end of the chain with
     * the newest anchor kept outside the database, and counts the entries waiting for their seal.
     */
    @Transactional(readOnly = true)
    public ChainVerification verifyChain() {
        long waiting = entries.waitingToBeSealed();
        return HashChain.verify(entries::sealedInOrderFrom, anchors::newestFor).withWaiting(waiting);
    }

    private Instant now() {
        // Truncated to milliseconds so the hashed value is the one every database stores and returns.
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private AuditEntry entryOf(AuditEvent event, Instant at) {
        Actor actor = event.actor() != null ? event.actor() : currentActor.current().orElse(null);
        String username = actor != null ? actor.username() : event.attemptedUsername();
        return new AuditEntry(0, null, at, actor != null ? actor.userId().value() : null, clip(username, 100),
                actor != null && actor.organisationId() != null ? actor.organisationId().value() : null,
                event.action(), event.outcome().name(), event.subjectType(), clip(event.subjectId(), 100),
                clip(event.purpose(), 200), clip(event.details(), 2000), null, null);
    }

    private static String clip(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
