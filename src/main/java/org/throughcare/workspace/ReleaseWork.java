package org.throughcare.workspace;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.throughcare.client.CaseloadFilter;
import org.throughcare.client.ClientQueries;
import org.throughcare.client.CaseloadLineView;
import org.throughcare.client.Stage;
import org.throughcare.shared.Actor;
import org.throughcare.shared.PageRequest;
import org.throughcare.shared.ResultPage;
import org.throughcare.shared.Role;
import org.throughcare.shared.contribution.ClientFlags;
import org.throughcare.shared.contribution.WorkItem;
import org.throughcare.shared.contribution.WorkItems;

/**
 * The releases coming up, with what is still missing for each: composed here because the release is the
 * client module's and what is missing is the other modules' (no first night in the plan, no owner for a need,
 * an agency in the group without consent). A coordinator sees their own clients, a manager the office's (the
 * coordinators' open items), prison staff their institution's; the missing things only where the reader is
 * responsible for the case, since only they are shown the modules' flags.
 */
@Component
class ReleaseWork implements WorkItems {

    static final int RELEASE_WINDOW_DAYS = 90;

    private final ClientQueries clients;
    private final List<ClientFlags> flagSources;

    ReleaseWork(ClientQueries clients, List<ClientFlags> flagSources) {
        this.clients = clients;
        this.flagSources = flagSources;
    }

    @Override
    public List<WorkItem> itemsFor(Actor actor) {
        return switch (actor.role()) {
            case COORDINATOR -> releases(actor, true, "/clients?scope=mine&sort=release");
            case MANAGER -> releases(actor, false, "/clients?scope=office&sort=release");
            case PRISON_STAFF -> releases(actor, false, "/clients?sort=release");
            default -> List.of();
        };
    }

    /** In custody and released within 90 days, soonest first; the title counts those within 14 and 30 days. */
    private List<WorkItem> releases(Actor actor, boolean onlyMine, String href) {
        CaseloadFilter filter = CaseloadFilter.of(onlyMine, Stage.active(), null, CaseloadFilter.Sort.RELEASE, false)
                .releasedWithin(RELEASE_WINDOW_DAYS);
        ResultPage<CaseloadLineView> page = clients.caseload(filter, PageRequest.of(0, PageRequest.MAX_SIZE), actor);
        if (page.totalItems() == 0) {
            return List.of();
        }
        long within14 = page.items().stream().filter(c -> c.daysToRelease() <= 14).count();
        long within30 = page.items().stream().filter(c -> c.daysToRelease() <= 30).count();
        List<CaseloadLineView> shown = page.items().size() > WorkItem.LINES_SHOWN
                ? page.items().subList(0, WorkItem.LINES_SHOWN) : page.items();
        Map<UUID, List<WorkItem.Missing>> missing = missing(shown, actor);
        boolean manager = actor.role() == Role.MANAGER;
        List<WorkItem.Line> lines = shown.stream().map(c -> WorkItem.Line.of(
                        manager && c.coordinatorName() != null ? c.fullName() + " (" + c.coordinatorName() + ")"
                                : c.fullName(), "/clients/" + c.id(), "client.inDays", c.daysToRelease())
                .missing(missing.getOrDefault(c.id(), List.of()))).toList();
        return List.of(new WorkItem("releases", 0, "work.releasesSoon", List.of(page.totalItems(), within14, within30),
                page.totalItems(), lines, href));
    }

    /** What the modules flag for the lines whose case the reader is responsible for; each module audits its read. */
    private Map<UUID, List<WorkItem.Missing>> missing(List<CaseloadLineView> shown, Actor actor) {
        List<UUID> responsible = shown.stream().filter(CaseloadLineView::responsible).map(CaseloadLineView::id).toList();
        Map<UUID, List<WorkItem.Missing>> missing = new LinkedHashMap<>();
        if (responsible.isEmpty()) {
            return missing;
        }
        for (ClientFlags source : flagSources) {
            source.flagsFor(responsible, actor).forEach((id, kinds) -> kinds.forEach(kind ->
                    missing.computeIfAbsent(id, k -> new ArrayList<>())
                            .add(new WorkItem.Missing(kind, source.hrefFor(kind, id)))));
        }
        return missing;
    }
}
