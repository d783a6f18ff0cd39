package org.throughcare.audit;

import java.util.List;
import org.springframework.stereotype.Component;
import org.throughcare.shared.Actor;
import org.throughcare.shared.PageRequest;
import org.throughcare.shared.Role;
import org.throughcare.shared.contribution.WorkItem;
import org.throughcare.shared.contribution.WorkItems;

/**
 * The audit log on the administrator's start page: how many entries it holds, and where to check that its
 * chain is intact. The check itself reads the whole log, so it runs when asked for, not on every start page.
 */
@Component
class AuditWorkItems implements WorkItems {

    private final AuditLog log;

    AuditWorkItems(AuditLog log) {
        this.log = log;
    }

    @Override
    public List<WorkItem> itemsFor(Actor actor) {
        if (actor.role() != Role.ADMINISTRATOR) {
            return List.of();
        }
        long entries = log.newestFirst(PageRequest.of(0, 1)).totalItems();
        return List.of(new WorkItem("audit", 10, "work.audit", List.of(entries), entries,
                List.of(WorkItem.Line.of(null, "/admin/audit", "work.auditCheck")), "/admin/audit"));
    }
}
