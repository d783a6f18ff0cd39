package org.throughcare.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.throughcare.client.CaseloadFilter;
import org.throughcare.client.ClientQueries;
import org.throughcare.client.Stage;
import org.throughcare.plan.internal.Measures;
import org.throughcare.shared.AccessGate;
import org.throughcare.shared.Actor;
import org.throughcare.shared.ClientId;
import org.throughcare.shared.DataCategory;
import org.throughcare.shared.PageRequest;
import org.throughcare.shared.Role;
import org.throughcare.shared.contribution.WorkItem;
import org.throughcare.shared.contribution.WorkItems;

/**
 * The plan's part of a start page. For an organisation's worker: the measures waiting for their organisation's
 * answer, and those due within two weeks. For a coordinator: their clients' measures that were declined or are
 * overdue; for a manager, those of the office's clients.
 */
@Component
class PlanWorkItems implements WorkItems {

    static final int DUE_SOON_DAYS = 14;

    private final PlanQueries plans;
    private final Measures measures;
    private final ClientQueries clients;
    private final AccessGate gate;
    private final Clock clock;

    PlanWorkItems(PlanQueries plans, Measures measures, ClientQueries clients, AccessGate gate, Clock clock) {
        this.plans = plans;
        this.measures = measures;
        this.clients = clients;
        this.gate = gate;
        this.clock = clock;
    }

    @Override
    public List<WorkItem> itemsFor(Actor actor) {
        return switch (actor.role()) {
            case PARTNER_WORKER, PRISON_STAFF -> ownersWork(actor);
            case COORDINATOR, MANAGER -> List.of(declinedOrOverdue(actor)).stream().filter(i -> i.count() > 0).toList();
            default -> List.of();
        };
    }

    private List<WorkItem> ownersWork(Actor actor) {
        LocalDate today = LocalDate.now(clock);
        List<OwnedMeasureView> owned = plans.ownedByMyOrganisation(actor);
        List<WorkItem.Line> waiting = new ArrayList<>();
        List<WorkItem.Line> dueSoon = new ArrayList<>();
        for (OwnedMeasureView o : owned) {
            MeasureView m = o.measure();
            String text = (o.clientName() == null ? "" : o.clientName() + ": ") + m.description();
            String href = "/clients/" + o.clientId() + "/plan/measures/" + m.id();
            if (m.status() == MeasureStatus.PROPOSED) {
                waiting.add(WorkItem.Line.of(text, href, "area." + m.area()));
            } else if (m.status().activeAndAccepted() && m.dueOn() != null
                    && !m.dueOn().isAfter(today.plusDays(DUE_SOON_DAYS))) {
                dueSoon.add(WorkItem.Line.of(text, href, "work.dueOn", m.dueOn()));
            }
        }
        List<WorkItem> items = new ArrayList<>();
        if (!waiting.isEmpty()) {
            items.add(WorkItem.of("measures-waiting", 10, "work.measuresWaiting", waiting.size(), waiting, "/measures"));
        }
        if (!dueSoon.isEmpty()) {
            items.add(WorkItem.of("measures-due", 20, "work.measuresDue", dueSoon.size(), dueSoon, "/measures"));
        }
        return items;
    }

    private WorkItem declinedOrOverdue(Actor actor) {
        LocalDate today = LocalDate.now(clock);
        // A coordinator's own clients; a manager's office (the coordinators' open items).
        boolean onlyMine = actor.role() == Role.COORDINATOR;
        // Every case, not the caseload's first page: in an office of more than a page of clients the manager
        // missed the measures of the rest. Names are then read, a page at a time, only for the clients listed.
        CaseloadFilter cases = CaseloadFilter.of(onlyMine, Stage.active(), null, null, false);
        List<Measures.Row> rows = measures.declinedOrOverdue(clients.responsibleCases(cases, actor), today);
        List<UUID> listed = rows.stream().map(Measures.Row::clientId).distinct().toList();
        Map<UUID, String> names = new java.util.HashMap<>();
        for (int from = 0; from < listed.size(); from += PageRequest.MAX_SIZE) {
            Set<UUID> chunk = Set.copyOf(listed.subList(from, Math.min(listed.size(), from + PageRequest.MAX_SIZE)));
            clients.caseload(cases.onlyClients(chunk), PageRequest.of(0, PageRequest.MAX_SIZE), actor).items()
                    .forEach(line -> names.put(line.id(), line.fullName()));
        }
        gate.listed(actor, rows.stream().map(Measures.Row::clientId).distinct().map(ClientId::new).toList(),
                DataCategory.PLAN_AND_MEASURES, "start page");
        // A declined measure may have no due date; only an overdue one is dated by definition.
        List<WorkItem.Line> lines = rows.stream().map(m -> {
            String text = names.get(m.clientId()) + ": " + m.description();
            String href = "/clients/" + m.clientId() + "/plan/measures/" + m.id();
            return m.status() == MeasureStatus.DECLINED ? WorkItem.Line.of(text, href, "work.declined")
                    : WorkItem.Line.of(text, href, "work.overdueSince", m.dueOn());
        }).toList();
        return WorkItem.of("measures-attention", 30, "work.measuresAttention", lines.size(), lines, "/clients");
    }
}
