package org.throughcare.audit;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.throughcare.shared.Actor;
import org.throughcare.shared.PageRequest;
import org.throughcare.shared.Role;
import org.throughcare.shared.contribution.WorkItem;
import org.throughcare.shared.contribution.WorkItems;

/**
 * The audit log on the administrator's start page: how many entries it holds, and when its chain was last
 * checked with what result, linking to where it is checked. The check itself reads the whole log, so it runs
 * when asked for, not on every start page.
 */
@Component
class AuditWorkItems implements WorkItems {

    private final AuditLog log;
    private final Clock clock;

    AuditWorkItems(AuditLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    @Override
    public List<WorkItem> itemsFor(Actor actor) {
        if (actor.role() != Role.ADMINISTRATOR) {
            return List.of();
        }
        long entries = log.newestFirst(PageRequest.of(0, 1)).totalItems();
        List<WorkItem.Line> lines = new ArrayList<>();
        Optional<AuditEntry> last = log.lastVerification();
        if (last.isEmpty()) {
            lines.add(WorkItem.Line.of(null, "/admin/audit", "work.chainNeverVerified"));
        } else {
            // Recorded as "intact" or "broken at <sequence>".
            String result = last.get().details() == null ? "" : last.get().details();
            Object on = last.get().occurredAt().atZone(clock.getZone()).toLocalDate();
            lines.add(result.equals("intact") ? WorkItem.Line.of(null, "/admin/audit", "work.chainIntact", on)
                    : WorkItem.Line.of(null, "/admin/audit", "work.chainBroken", on,
                    result.substring(result.lastIndexOf(' ') + 1)));
        }
        lines.add(WorkItem.Line.of(null, "/admin/audit", "work.auditCheck"));
        return List.of(new WorkItem("audit", 10, "work.audit", List.of(entries), entries, lines, "/admin/audit"));
    }
}
