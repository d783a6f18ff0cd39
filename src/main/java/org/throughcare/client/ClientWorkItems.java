package org.throughcare.client;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.throughcare.shared.Actor;
import org.throughcare.shared.PageRequest;
import org.throughcare.shared.ResultPage;
import org.throughcare.shared.Role;
import org.throughcare.shared.contribution.WorkItem;
import org.throughcare.shared.contribution.WorkItems;

/**
 * The client module's part of a start page: cases whose data looks stale (a coordinator's own, a manager's
 * office's), the office's caseload per coordinator for a manager, and the target pool's counts for the
 * national analyst. The releases coming up are composed by the workspace, with what other modules flag.
 */
@Component
class ClientWorkItems implements WorkItems {

    private final ClientQueries queries;
    private final OfficeFigures figures;

    ClientWorkItems(ClientQueries queries, OfficeFigures figures) {
        this.queries = queries;
        this.figures = figures;
    }

    @Override
    public List<WorkItem> itemsFor(Actor actor) {
        List<WorkItem> items = new ArrayList<>();
        switch (actor.role()) {
            case COORDINATOR -> items.add(stale(actor, true, "/clients?scope=mine&flag=RELEASE_PASSED"));
            case MANAGER -> {
                items.add(perCoordinator(actor));
                items.add(stale(actor, false, "/clients?scope=office&flag=RELEASE_PASSED"));
            }
            case NATIONAL_ANALYST -> items.add(targetPool(actor));
            default -> {
            }
        }
        return items.stream().filter(i -> i.count() > 0).toList();
    }

    private WorkItem stale(Actor actor, boolean onlyMine, String href) {
        CaseloadFilter filter = CaseloadFilter.of(onlyMine, Stage.active(), null, CaseloadFilter.Sort.RELEASE, false)
                .withReleasePassed();
        ResultPage<CaseloadLineView> page = queries.caseload(filter, PageRequest.of(0, WorkItem.LINES_SHOWN), actor);
        List<WorkItem.Line> lines = page.items().stream().map(c -> WorkItem.Line.of(c.fullName(),
                "/clients/" + c.id(), "work.releasePassed", -c.daysToRelease())).toList();
        return WorkItem.of("stale", 40, "work.stale", page.totalItems(), lines, href);
    }

    private WorkItem perCoordinator(Actor actor) {
        List<CoordinatorLoadView> loads = figures.activeByCoordinator(actor);
        List<WorkItem.Line> lines = loads.stream().map(l -> WorkItem.Line.of(l.coordinatorName(),
                "/clients?scope=office&coordinator=" + l.coordinatorId(), "work.activeClients", l.activeClients()))
                .toList();
        return new WorkItem("per-coordinator", 0, "work.perCoordinator", List.of(), loads.size(), lines,
                "/clients?scope=office");
    }

    private WorkItem targetPool(Actor actor) {
        TargetPoolView pool = figures.targetPool(12, actor);
        return new WorkItem("target-pool", 0, "work.targetPool", List.of(pool.months()),
                pool.notScreened() + pool.eligibleNotEnrolled(), List.of(
                        WorkItem.Line.of(null, "/target-pool", "work.notScreened", pool.notScreened()),
                        WorkItem.Line.of(null, "/target-pool", "work.eligibleNotEnrolled",
                                pool.eligibleNotEnrolled())), "/target-pool");
    }
}
