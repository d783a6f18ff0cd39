package org.throughcare.plan.internal;

import java.time.Instant;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.throughcare.audit.AuditEvent;
import org.throughcare.audit.AuditLog;
import org.throughcare.shared.Actor;
import org.throughcare.shared.ClientId;

/** Every change to a plan, in one place: appended to the plan's history and written to the audit log. */
@Component
public class PlanHistory {

    private final PlanChanges changes;
    private final AuditLog audit;

    PlanHistory(PlanChanges changes, AuditLog audit) {
        this.changes = changes;
        this.audit = audit;
    }

    /** {@code subject}: the goal or measure changed; {@code item}: the release-day item, where that changed. */
    public void record(ClientId client, UUID subject, String item, String kind, String detail, Actor actor, Instant at) {
        String shortened = detail == null || detail.length() <= 2000 ? detail : detail.substring(0, 1999) + "…";
        changes.append(new PlanChanges.Row(client.value(), subject, item, kind, shortened, actor.userId().value(), at));
        audit.record(AuditEvent.change(kind, "client", client, subject == null ? item : subject.toString()));
    }
}
