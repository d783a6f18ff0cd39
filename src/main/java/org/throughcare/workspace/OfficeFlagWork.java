package org.throughcare.workspace;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.throughcare.client.CaseloadFilter;
import org.throughcare.client.ClientQueries;
import org.throughcare.client.Stage;
import org.throughcare.shared.Actor;
import org.throughcare.shared.Role;
import org.throughcare.shared.contribution.ClientFlags;
import org.throughcare.shared.contribution.WorkItem;
import org.throughcare.shared.contribution.WorkItems;

/**
 * The office's flags by kind on a manager's start page: of the office's active clients, how many each module
 * flags for each kind (no owner for a need, no first night, consent not documented…), each linking to the
 * caseload filtered by that kind. Composed here from every module's flags; each module audits what it read.
 */
@Component
class OfficeFlagWork implements WorkItems {

    private final ClientQueries clients;
    private final List<ClientFlags> flagSources;
    private final MessageSource messages;

    OfficeFlagWork(ClientQueries clients, List<ClientFlags> flagSources, MessageSource messages) {
        this.clients = clients;
        this.flagSources = flagSources;
        this.messages = messages;
    }

    @Override
    public List<WorkItem> itemsFor(Actor actor) {
        if (actor.role() != Role.MANAGER) {
            return List.of();
        }
        Set<UUID> office = clients.responsibleCases(
                CaseloadFilter.of(false, Stage.active(), null, CaseloadFilter.Sort.RELEASE, false), actor);
        Map<String, Set<UUID>> byKind = new TreeMap<>();
        for (ClientFlags source : flagSources) {
            source.flagsFor(office, actor).forEach((id, kinds) -> kinds.forEach(kind ->
                    byKind.computeIfAbsent(kind, k -> new HashSet<>()).add(id)));
        }
        if (byKind.isEmpty()) {
            return List.of();
        }
        List<WorkItem.Line> lines = byKind.entrySet().stream().map(e -> WorkItem.Line.of(
                messages.getMessage("flag." + e.getKey(), null, LocaleContextHolder.getLocale()),
                "/clients?scope=office&flag=" + e.getKey(), "caseload.count", e.getValue().size())).toList();
        // Every kind is one line: the item's count is the number of kinds, all of them shown.
        return List.of(new WorkItem("flags-by-kind", 10, "work.flagsByKind", List.of(), lines.size(), lines,
                "/clients?scope=office"));
    }
}
