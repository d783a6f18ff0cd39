package org.throughcare.plan.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.throughcare.audit.AuditEvent;
import org.throughcare.audit.AuditLog;
import org.throughcare.plan.PlanFact;
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

    /**
     * {@code subject}: the goal or measure changed; {@code item}: the release-day item, where that changed;
     * {@code facts}: what changed, field by field (free texts are shortened so that they fit the column).
     */
    public void record(ClientId client, UUID subject, String item, String kind, List<PlanFact> facts, Actor actor,
                       Instant at) {
        record(client, subject, item, kind, facts, actor.userId().value(), at);
    }

    /** As above, for a change another module's event makes on someone's behalf ({@code by}: who made it there). */
    public void record(ClientId client, UUID subject, String item, String kind, List<PlanFact> facts, UUID by,
                       Instant at) {
        List<PlanFact> fitting = facts.stream().map(f -> new PlanFact(f.field(), shortened(f.before()),
                shortened(f.after()))).toList();
        changes.append(new PlanChanges.Row(client.value(), subject, item, kind, null, PlanFacts.write(fitting),
                by, at));
        audit.record(AuditEvent.change(kind, "client", client, subject == null ? item : subject.toString()));
    }

    /** Encoded, a character takes up to nine: 1,000 for each value leave room for a whole change in the column. */
    private static String shortened(String value) {
        return value == null || value.length() <= 1000 ? value : value.substring(0, 999) + "…";
    }
}
