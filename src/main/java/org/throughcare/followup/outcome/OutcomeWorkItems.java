package org.throughcare.followup.outcome;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.throughcare.client.CaseloadFilter;
import org.throughcare.client.CaseloadLineView;
import org.throughcare.client.ClientQueries;
import org.throughcare.shared.Actor;
import org.throughcare.shared.PageRequest;
import org.throughcare.shared.contribution.WorkItem;
import org.throughcare.shared.contribution.WorkItems;

/**
 * The follow-up forms coming due (two weeks ahead) or overdue on a coordinator's start page, for their own
 * clients, and on a manager's for the office: each line names the client (read through the caseload, which
 * audits it) and leads to the client's outcome page.
 */
@Component
class OutcomeWorkItems implements WorkItems {

    private final OutcomeManagement outcomes;
    private final ClientQueries clients;

    OutcomeWorkItems(OutcomeManagement outcomes, ClientQueries clients) {
        this.outcomes = outcomes;
        this.clients = clients;
    }

    @Override
    public List<WorkItem> itemsFor(Actor actor) {
        List<OutcomeManagement.DuePoint> due = outcomes.due(actor);
        if (due.isEmpty()) {
            return List.of();
        }
        List<OutcomeManagement.DuePoint> shown = due.subList(0, Math.min(WorkItem.LINES_SHOWN, due.size()));
        Set<UUID> ids = shown.stream().map(OutcomeManagement.DuePoint::clientId).collect(Collectors.toCollection(
                LinkedHashSet::new));
        Map<UUID, String> names = clients.caseload(CaseloadFilter.of(false, Set.of(), null, CaseloadFilter.Sort.NAME,
                        false).onlyClients(ids), PageRequest.of(0, PageRequest.MAX_SIZE), actor).items().stream()
                .collect(Collectors.toMap(CaseloadLineView::id, CaseloadLineView::fullName, (a, b) -> a));
        List<WorkItem.Line> lines = shown.stream().filter(d -> names.containsKey(d.clientId()))
                .map(d -> WorkItem.Line.of(names.get(d.clientId()), "/clients/" + d.clientId() + "/outcomes",
                        (d.overdue() ? "work.outcomeOverdue." : "work.outcomeDue.") + d.point().name(), d.dueOn()))
                .toList();
        return List.of(WorkItem.of("outcome-forms", 35, "work.outcomeForms", due.size(), lines,
                actor.role() == org.throughcare.shared.Role.MANAGER
                ? "/clients?scope=office&flag=" + OutcomeClientFlags.OUTCOME_OVERDUE
                : "/clients?scope=mine&flag=" + OutcomeClientFlags.OUTCOME_OVERDUE));
    }

}
