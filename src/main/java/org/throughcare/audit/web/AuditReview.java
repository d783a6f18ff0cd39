package org.throughcare.audit.web;

import org.springframework.stereotype.Component;
import org.throughcare.audit.AuditEntry;
import org.throughcare.audit.AuditEvent;
import org.throughcare.audit.AuditLog;
import org.throughcare.audit.ChainVerification;
import org.throughcare.shared.PageRequest;
import org.throughcare.shared.ResultPage;

/**
 * The administrator's reading of the audit log, page and API alike: who did what, when, to which kind of
 * record — without the details of entries about a client (the categories read, a consent's scopes, the
 * agencies of a group), which are client data the administrator may not see. Each reading is itself recorded.
 */
@Component
class AuditReview {

    private final AuditLog audit;

    AuditReview(AuditLog audit) {
        this.audit = audit;
    }

    ResultPage<AuditEntry> entries(PageRequest page) {
        ResultPage<AuditEntry> entries = audit.newestFirst(page);
        audit.record(AuditEvent.review("AUDIT_LOG_READ", "page " + (page.number() + 1)));
        return new ResultPage<>(entries.items().stream().map(AuditReview::withoutClientFacts).toList(),
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
