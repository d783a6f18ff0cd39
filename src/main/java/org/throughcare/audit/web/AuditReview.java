package org.throughcare.audit.web;

import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.throughcare.audit.AuditEntry;
import org.throughcare.audit.AuditEvent;
import org.throughcare.audit.AuditFacts;
import org.throughcare.audit.AuditLog;
import org.throughcare.audit.ChainVerification;
import org.throughcare.shared.PageRequest;
import org.throughcare.shared.PersonNames;
import org.throughcare.shared.ResultPage;

/**
 * The administrator's reading of the audit log, page and API alike: who did what, when, to which kind of
 * record — without the details of entries about a client (the categories read, a consent's scopes, the
 * agencies of a group), which are client data the administrator may not see. Each reading is itself recorded.
 */
@Component
class AuditReview {

    private final AuditLog audit;
    private final PersonNames names;

    AuditReview(AuditLog audit, PersonNames names) {
        this.audit = audit;
        this.names = names;
    }

    ResultPage<AuditEntry> entries(PageRequest page) {
        ResultPage<AuditEntry> entries = audit.newestFirst(page);
        audit.record(AuditEvent.review("AUDIT_LOG_READ", "page " + (page.number() + 1)));
        return new ResultPage<>(entries.items().stream().map(AuditReview::withoutClientFacts).toList(),
                entries.number(), entries.size(), entries.totalItems());
    }

    /** The page's lines: the same entries, with people's names looked up for the whole page at once. */
    ResultPage<AuditLine> lines(PageRequest page) {
        ResultPage<AuditEntry> entries = entries(page);
        Map<UUID, String> people = names.displayNames(entries.items().stream().map(AuditEntry::actorUserId)
                .filter(Objects::nonNull).distinct().toList());
        return new ResultPage<>(entries.items().stream().map(e -> new AuditLine(e,
                        e.actorUserId() == null ? e.actorUsername()
                                : people.getOrDefault(e.actorUserId(), e.actorUsername()),
                        AuditFacts.of(e.action(), e.details()))).toList(),
                entries.number(), entries.size(), entries.totalItems());
    }

    ChainVerification verify() {
        ChainVerification verification = audit.verifyChain();
        audit.record(AuditEvent.review(AuditLog.CHAIN_VERIFIED, verification.intact() ? "intact"
                : "broken at " + verification.firstBrokenSequence()));
        return verification;
    }

    private static AuditEntry withoutClientFacts(AuditEntry e) {
        if (!"client".equals(e.subjectType()) || e.details() == null) {
            return e;
        }
        return new AuditEntry(e.id(), e.sequence(), e.occurredAt(), e.actorUserId(), e.actorUsername(), e.actorOrganisationId(),
                e.action(), e.outcome(), e.subjectType(), e.subjectId(), e.purpose(), null, e.previousHash(),
                e.entryHash());
    }
}
