package org.throughcare.followup.radar;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.throughcare.audit.AuditEvent;
import org.throughcare.audit.AuditLog;
import org.throughcare.client.CaseloadFilter;
import org.throughcare.client.CaseloadLineView;
import org.throughcare.client.ClientQueries;
import org.throughcare.client.Stage;
import org.throughcare.directory.DirectoryManagement;
import org.throughcare.followup.radar.RadarView.RadarSort;
import org.throughcare.followup.radar.internal.RadarGaps;
import org.throughcare.shared.AccessGate;
import org.throughcare.shared.AccessRefusedException;
import org.throughcare.shared.Actor;
import org.throughcare.shared.InvalidInputException;
import org.throughcare.shared.PageRequest;
import org.throughcare.shared.ResultPage;
import org.throughcare.shared.Role;
import org.throughcare.shared.contribution.ClientFlags;

/**
 * The backslide-zone radar (the Norwegian <i>glippsoner</i>) of an office, for its manager: every gap the modules
 * flag on the office's cases — a need without an owner, a measure overdue, no continuation after release, a meeting
 * schedule slipping, a custody notice not acknowledged, a group agency without consent, a release coming with
 * release-day items missing, an outcome form overdue — with its owner and its age. It reuses the modules' caseload
 * flags ({@link ClientFlags}): a module that flags a new kind of gap (the referral module's unanswered referrals)
 * appears here with no change to this class. The age counts from the first daily snapshot that saw the gap.
 */
@Service
public class RadarManagement {

    /** The stages whose cases can have gaps: those in the programme's work, and completed ones still followed up. */
    static final Set<Stage> WATCHED = watched();
    /** How many days back the trend table reaches. */
    public static final int TREND_DAYS = 56;

    private final List<ClientFlags> sources;
    private final ClientQueries clients;
    private final DirectoryManagement directory;
    private final RadarGaps memory;
    private final AuditLog audit;
    private final Clock clock;

    RadarManagement(List<ClientFlags> sources, ClientQueries clients, DirectoryManagement directory, RadarGaps memory,
                    AuditLog audit, Clock clock) {
        this.sources = sources;
        this.audit = audit;
        this.clients = clients;
        this.directory = directory;
        this.memory = memory;
        this.clock = clock;
    }

    /** One gap as a module raised it, and where it is put right. */
    public record Gap(UUID clientId, String kind, String href) {
    }

    /** Every kind of gap the modules raise, in a stable order. */
    public List<String> kinds() {
        return sources.stream().flatMap(s -> s.kinds().stream()).collect(Collectors.toCollection(TreeSet::new))
                .stream().toList();
    }

    @Transactional(readOnly = true)
    public RadarView radar(Actor actor, String kind, RadarSort sort, boolean descending, PageRequest page) {
        if (actor.role() != Role.MANAGER || actor.unitId() == null) {
            // The radar names clients: a refusal is audited like any refused read of client data.
            audit.recordAccess(List.of(new AuditEvent("READ", AuditEvent.Outcome.DENIED, "radar",
                    actor.unitId() == null ? null : actor.unitId().value().toString(), "backslide radar", null, actor,
                    null)));
            throw new AccessRefusedException(AccessGate.Ground.NO_CLIENT_DATA_FOR_ROLE, "error.radar.managersOnly");
        }
        List<String> kinds = kinds();
        String wanted = kind == null || kind.isBlank() ? null : kind.strip();
        if (wanted != null && !kinds.contains(wanted)) {
            throw new InvalidInputException("kind", "validation.filter.unknown", wanted);
        }
        UUID office = actor.unitId().value();
        LocalDate today = LocalDate.now(clock);
        List<Gap> open = openGaps(actor);
        Map<RadarGaps.Key, LocalDate> seen = memory.firstSeen(office);
        Map<String, Long> openByKind = new TreeMap<>(open.stream().collect(Collectors.groupingBy(Gap::kind,
                Collectors.counting())));
        Function<Gap, LocalDate> since = g -> seen.getOrDefault(new RadarGaps.Key(g.clientId(), g.kind()), today);
        // By age, descending (the default) is the oldest gap first; by kind, ascending is A to Z, oldest first.
        Comparator<Gap> order = sort == RadarSort.KIND
                ? Comparator.comparing(Gap::kind).thenComparing(since).thenComparing(g -> g.clientId().toString())
                : Comparator.comparing(since).thenComparing(Gap::kind).thenComparing(g -> g.clientId().toString());
        boolean reversed = sort == RadarSort.KIND ? descending : !descending;
        if (reversed) {
            order = order.reversed();
        }
        List<Gap> selected = open.stream().filter(g -> wanted == null || g.kind().equals(wanted)).sorted(order).toList();
        List<Gap> shown = selected.stream().skip(page.offset()).limit(page.size()).toList();
        Map<UUID, CaseloadLineView> lines = lines(shown, actor);
        List<RadarGapView> views = shown.stream().map(g -> {
            CaseloadLineView line = lines.get(g.clientId());
            LocalDate first = since.apply(g);
            return new RadarGapView(g.clientId(), line == null ? null : line.fullName(),
                    line == null ? null : line.coordinatorName(), g.kind(), first,
                    ChronoUnit.DAYS.between(first, today), g.href());
        }).toList();
        List<RadarView.TrendDay> trend = memory.trend(office, today.minusDays(TREND_DAYS)).stream()
                .map(e -> new RadarView.TrendDay(e.getKey(), e.getValue())).toList();
        return new RadarView(office, directory.unitName(actor.unitId()).orElse(null), wanted,
                sort == null ? RadarSort.AGE : sort, descending,
                new ResultPage<>(views, page.number(), page.size(), selected.size()), openByKind, kinds, trend);
    }

    /** The gaps the modules flag now on the cases the actor is responsible for (an office's, for its manager). */
    List<Gap> openGaps(Actor actor) {
        Set<UUID> cases = clients.responsibleCases(CaseloadFilter.of(false, WATCHED, null, CaseloadFilter.Sort.RELEASE,
                false), actor);
        List<Gap> gaps = new ArrayList<>();
        for (ClientFlags source : sources) {
            source.flagsFor(cases, actor).forEach((client, kinds) -> new LinkedHashSet<>(kinds).forEach(kind ->
                    gaps.add(new Gap(client, kind, source.hrefFor(kind, client)))));
        }
        return gaps;
    }

    /** The shown clients' names and coordinators, read through the caseload: only those the reader may see, audited. */
    private Map<UUID, CaseloadLineView> lines(List<Gap> shown, Actor actor) {
        Set<UUID> ids = shown.stream().map(Gap::clientId).collect(Collectors.toSet());
        if (ids.isEmpty()) {
            return Map.of();
        }
        return clients.caseload(CaseloadFilter.of(false, Set.of(), null, CaseloadFilter.Sort.NAME, false)
                        .onlyClients(ids), PageRequest.of(0, PageRequest.MAX_SIZE), actor).items().stream()
                .collect(Collectors.toMap(CaseloadLineView::id, l -> l, (a, b) -> a));
    }

    private static Set<Stage> watched() {
        Set<Stage> stages = EnumSet.copyOf(Stage.active());
        stages.add(Stage.COMPLETED);
        return stages;
    }
}
