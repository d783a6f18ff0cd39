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
 * The client module's part of a start page: releases coming up (a coordinator's own clients, a prison's
 * clients at the institution), cases whose data looks stale, the office's caseload per coordinator for a
 * manager, and the target pool's counts for the national analyst.
 */
@Component
class ClientWorkItems implements WorkItems {

    static final int RELEASE_WINDOW_DAYS = 90;

    private final ClientQueries queries;

    ClientWorkItems(ClientQueries queries) {
        this.queries = queries;
    }

    @Override
    public List<WorkItem> itemsFor(Actor actor) {
        List<WorkItem> items = new ArrayList<>();
        switch (actor.role()) {
            case COORDINATOR -> {
                items.add(releasesSoon(actor, true, "/clients?scope=mine&sort=release"));
                items.add(stale(actor, true, "/clients?scope=mine&flag=RELEASE_PASSED"));
            }
            case PRISON_STAFF -> items.add(releasesSoon(actor, false, "/clients?sort=release"));
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

    /** In custody and released within 90 days, soonest first; the title counts those within 14 and 30 days. */
    private WorkItem releasesSoon(Actor actor, boolean onlyMine, String href) {
        CaseloadFilter filter = CaseloadFilter.of(onlyMine, Stage.active(), null, CaseloadFilter.Sort.RELEASE, false)
                .releasedWithin(RELEASE_WINDOW_DAYS);
        ResultPage<CaseloadLineView> page = queries.caseload(filter, PageRequest.of(0, PageRequest.MAX_SIZE), actor);
        long within14 = page.items().stream().filter(c -> c.daysToRelease() <= 14).count();
        long within30 = page.items().stream().filter(c -> c.daysToRelease() <= 30).count();
        List<WorkItem.Line> lines = page.items().stream().map(c -> WorkItem.Line.of(c.fullName(),
                "/clients/" + c.id(), "client.inDays", c.daysToRelease())).toList();
        WorkItem item = WorkItem.of("releases", 0, "work.releasesSoon", page.totalItems(), lines, href);
        return new WorkItem(item.key(), item.order(), item.titleKey(), List.of(page.totalItems(), within14, within30),
                item.count(), item.lines(), item.href());
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
        List<CoordinatorLoadView> loads = queries.activeByCoordinator(actor);
        List<WorkItem.Line> lines = loads.stream().map(l -> WorkItem.Line.of(l.coordinatorName(),
                "/clients?scope=office&coordinator=" + l.coordinatorId(), "work.activeClients", l.activeClients()))
                .toList();
        return new WorkItem("per-coordinator", 0, "work.perCoordinator", List.of(), loads.size(), lines,
                "/clients?scope=office");
    }

    private WorkItem targetPool(Actor actor) {
        TargetPoolView pool = queries.targetPool(12, actor);
        return new WorkItem("target-pool", 0, "work.targetPool", List.of(pool.months()),
                pool.notScreened() + pool.eligibleNotEnrolled(), List.of(
                        WorkItem.Line.of(null, "/target-pool", "work.notScreened", pool.notScreened()),
                        WorkItem.Line.of(null, "/target-pool", "work.eligibleNotEnrolled",
                                pool.eligibleNotEnrolled())), "/target-pool");
    }
}
