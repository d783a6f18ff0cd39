package org.throughcare.workspace.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.throughcare.client.CaseloadFilter;
import org.throughcare.client.CaseloadLineView;
import org.throughcare.client.ClientQueries;
import org.throughcare.client.Stage;
import org.throughcare.identity.IdentityManagement;
import org.throughcare.identity.UserSummaryView;
import org.throughcare.shared.Actor;
import org.throughcare.shared.PageRequest;
import org.throughcare.shared.ResultPage;
import org.throughcare.shared.Role;
import org.throughcare.shared.UnitId;
import org.throughcare.shared.contribution.ClientFlags;

/**
 * The caseload: active clients by default, soonest release first, each line naming the flags the modules
 * raise for those responsible for the case; filtered by stage, flag, coordinator (for managers) or name.
 * A filter value it does not know is answered 400 with the message at that field.
 */
@Controller
class CaseloadController {

    /** Raised from the line itself: the release date has passed while the client still counts as in custody. */
    static final String RELEASE_PASSED = "RELEASE_PASSED";

    private final ClientQueries clients;
    private final List<ClientFlags> flagSources;
    private final IdentityManagement identity;
    private final MessageSource messages;

    CaseloadController(ClientQueries clients, List<ClientFlags> flagSources, IdentityManagement identity,
                       MessageSource messages) {
        this.clients = clients;
        this.flagSources = flagSources;
        this.identity = identity;
        this.messages = messages;
    }

    /** A caseload line with the kinds of flag raised on it. */
    record Line(CaseloadLineView client, List<String> flags) {
    }

    @GetMapping("/clients")
    String caseload(@RequestParam(required = false) String scope, @RequestParam(required = false) String stage,
                    @RequestParam(required = false) String flag, @RequestParam(required = false) String coordinator,
                    @RequestParam(required = false) String q, @RequestParam(required = false) String sort,
                    @RequestParam(required = false) String dir, @RequestParam(required = false) Integer page,
                    @RequestHeader(name = "HX-Request", required = false) String htmx,
                    @RequestHeader(name = "HX-History-Restore-Request", required = false) String historyRestore,
                    Actor actor, HttpServletResponse response, Model model) {
        List<UserSummaryView> coordinators = actor.role() == Role.MANAGER && actor.unitId() != null
                ? identity.usersAt(actor.unitId(), Role.COORDINATOR) : List.of();
        FilterParameters params = new FilterParameters();
        // Coordinators start with their own clients; managers with their whole office.
        boolean onlyMine = params.choice("scope", scope, Set.of("mine", "office"))
                .map("mine"::equals).orElse(actor.role() == Role.COORDINATOR);
        Set<Stage> stages = params.parse(() -> CaseloadFilter.stagesOf(stage), Stage.active());
        String flagKind = params.choice("flag", flag, flagKinds()).orElse(null);
        UUID coordinatorId = params.choice("coordinator", coordinator,
                coordinators.stream().map(u -> u.id().toString()).collect(Collectors.toSet()))
                .map(UUID::fromString).orElse(null);
        CaseloadFilter.Sort order = params.parse(() -> CaseloadFilter.sortOf(sort), CaseloadFilter.Sort.RELEASE);
        boolean descending = params.parse(() -> CaseloadFilter.descending(dir), false);

        CaseloadFilter filter = new CaseloadFilter(onlyMine, stages, coordinatorId, q, order, descending,
                RELEASE_PASSED.equals(flagKind), null, null);
        ResultPage<Line> results;
        if (params.refused()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            results = new ResultPage<>(List.of(), 0, PageRequest.of(0, null).size(), 0);
        } else {
            if (flagKind != null && !RELEASE_PASSED.equals(flagKind)) {
                filter = filter.onlyClients(flagged(flagKind, clients.responsibleCases(filter, actor), actor));
            }
            results = lines(clients.caseload(filter, PageRequest.of(page == null ? 0 : page - 1, null), actor), actor);
        }
        model.addAttribute("filter", filter);
        model.addAttribute("stageValue", stage == null || stage.isBlank() ? "active" : stage);
        model.addAttribute("flagValue", flagKind);
        model.addAttribute("flagKinds", flagKinds());
        model.addAttribute("coordinators", coordinators);
        model.addAttribute("stages", Stage.values());
        Locale locale = LocaleContextHolder.getLocale();
        Map<String, String> errors = new LinkedHashMap<>();
        params.errors().forEach((field, message) -> errors.put(field, messages.getMessage(message, locale)));
        model.addAttribute("filterErrors", errors);
        model.addAttribute("results", results);
        response.addHeader(HttpHeaders.VARY, "HX-Request");
        return htmx != null && historyRestore == null ? "workspace/caseload :: results" : "workspace/caseload";
    }

    private Set<String> flagKinds() {
        Set<String> kinds = new TreeSet<>();
        kinds.add(RELEASE_PASSED);
        flagSources.forEach(source -> kinds.addAll(source.kinds()));
        return kinds;
    }

    private Set<UUID> flagged(String kind, Set<UUID> candidates, Actor actor) {
        Set<UUID> flagged = new java.util.HashSet<>();
        flagSources.stream().filter(source -> source.kinds().contains(kind)).forEach(source ->
                source.flagsFor(candidates, actor).forEach((id, kinds) -> {
                    if (kinds.contains(kind)) {
                        flagged.add(id);
                    }
                }));
        return flagged;
    }

    /** The modules' flags for the lines whose case the reader is responsible for; the line's own for everyone. */
    private ResultPage<Line> lines(ResultPage<CaseloadLineView> page, Actor actor) {
        List<UUID> responsible = page.items().stream().filter(CaseloadLineView::responsible).map(CaseloadLineView::id)
                .toList();
        Map<UUID, List<String>> raised = new LinkedHashMap<>();
        if (!responsible.isEmpty()) {
            flagSources.forEach(source -> source.flagsFor(responsible, actor).forEach((id, kinds) ->
                    raised.computeIfAbsent(id, k -> new ArrayList<>()).addAll(kinds)));
        }
        List<Line> lines = page.items().stream().map(c -> {
            List<String> flags = new ArrayList<>();
            if (c.releasePassed()) {
                flags.add(RELEASE_PASSED);
            }
            flags.addAll(raised.getOrDefault(c.id(), List.of()));
            return new Line(c, flags);
        }).toList();
        return new ResultPage<>(lines, page.number(), page.size(), page.totalItems());
    }
}
