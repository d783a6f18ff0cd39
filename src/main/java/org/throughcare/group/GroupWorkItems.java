package org.throughcare.group;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.throughcare.client.ClientQueries;
import org.throughcare.group.internal.GroupMembers;
import org.throughcare.shared.Actor;
import org.throughcare.shared.contribution.WorkItem;
import org.throughcare.shared.contribution.WorkItems;

/**
 * The group's part of a start page: for a partner worker, the clients newly shared with them (a group they
 * joined in the last two weeks, with consent that lets them see the client); for a manager and the national
 * analyst, how completely consent is documented per office.
 */
@Component
class GroupWorkItems implements WorkItems {

    static final int NEWLY_SHARED_DAYS = 14;

    private final GroupMembers members;
    private final ClientQueries clients;
    private final ConsentCompleteness completeness;
    private final Clock clock;

    GroupWorkItems(GroupMembers members, ClientQueries clients, ConsentCompleteness completeness, Clock clock) {
        this.members = members;
        this.clients = clients;
        this.completeness = completeness;
        this.clock = clock;
    }

    @Override
    public List<WorkItem> itemsFor(Actor actor) {
        return switch (actor.role()) {
            case PARTNER_WORKER -> newlyShared(actor);
            case MANAGER, NATIONAL_ANALYST -> consentCompleteness(actor);
            default -> List.of();
        };
    }

    private List<WorkItem> newlyShared(Actor actor) {
        LocalDate today = LocalDate.now(clock);
        List<UUID> joined = members.clientsJoinedSince(actor.userId().value(), today.minusDays(NEWLY_SHARED_DAYS),
                today);
        if (joined.isEmpty()) {
            return List.of();
        }
        Map<UUID, String> names = clients.namesThroughGroup(joined, actor, "start page");
        List<WorkItem.Line> lines = joined.stream().filter(names::containsKey)
                .map(id -> WorkItem.Line.of(names.get(id), "/clients/" + id)).toList();
        return lines.isEmpty() ? List.of()
                : List.of(WorkItem.of("newly-shared", 30, "work.newlyShared", lines.size(), lines, "/clients"));
    }

    private List<WorkItem> consentCompleteness(Actor actor) {
        List<WorkItem.Line> lines = new ArrayList<>();
        for (ConsentCompleteness.Office office : completeness.byOffice(actor)) {
            lines.add(office.percentComplete() == null
                    ? WorkItem.Line.of(office.probationOfficeName(), "/consent-completeness", "work.noGroupsYet")
                    : WorkItem.Line.of(office.probationOfficeName(), "/consent-completeness", "work.percentComplete",
                    office.percentComplete(), office.withGroup()));
        }
        return lines.isEmpty() ? List.of() : List.of(new WorkItem("consent-completeness", 20,
                "work.consentCompleteness", List.of(), lines.size(), lines, "/consent-completeness"));
    }
}
