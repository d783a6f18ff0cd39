package org.throughcare.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.throughcare.assessment.AssessmentFacts;
import org.throughcare.assessment.Rating;
import org.throughcare.client.ClientQueries;
import org.throughcare.plan.internal.Measures;
import org.throughcare.plan.internal.ReleaseDayItems;
import org.throughcare.plan.internal.ReplanChecks;
import org.throughcare.shared.AccessGate;
import org.throughcare.shared.Actor;
import org.throughcare.shared.ClientId;
import org.throughcare.shared.DataCategory;
import org.throughcare.shared.contribution.ClientFlags;

/**
 * Gives caseload lines the plan's backslide zones: needs without an owner, custody measures with no
 * continuation, a release coming up with no first night arranged, and what a custody event left to check
 * (release-day arrangements, measures due on the old release date), and measures open past their due date.
 */
@Component
class PlanClientFlags implements ClientFlags {

    /** A release this close with no first night arranged is flagged: the start page's horizon of releases. */
    static final int FIRST_NIGHT_HORIZON_DAYS = 90;
    static final String NO_FIRST_NIGHT = "NO_FIRST_NIGHT";
    /** A release-day arrangement to check after the release date moved or the client was transferred. */
    static final String RELEASE_DAY_TO_CHECK = "RELEASE_DAY_TO_CHECK";
    /** A measure at release due on the old release date: to be moved to the new date or kept. */
    static final String MEASURE_DATE_TO_CHECK = "MEASURE_DATE_TO_CHECK";
    /** A measure still open past its due date (the backslide radar's "measure overdue"). */
    static final String MEASURE_OVERDUE = "MEASURE_OVERDUE";

    private final AssessmentFacts assessments;
    private final ReleaseDayItems releaseDay;
    private final ReplanChecks checks;
    private final ClientQueries clients;
    private final AccessGate gate;
    private final Measures measures;
    private final Clock clock;

    PlanClientFlags(AssessmentFacts assessments, ReleaseDayItems releaseDay, ReplanChecks checks, ClientQueries clients,
                    AccessGate gate, Measures measures, Clock clock) {
        this.measures = measures;
        this.clock = clock;
        this.assessments = assessments;
        this.releaseDay = releaseDay;
        this.checks = checks;
        this.clients = clients;
        this.gate = gate;
    }

    @Override
    public Set<String> kinds() {
        return Set.of(PlanFlag.Kind.NO_OWNER.name(), PlanFlag.Kind.NO_CONTINUATION.name(), NO_FIRST_NIGHT,
                RELEASE_DAY_TO_CHECK, MEASURE_DATE_TO_CHECK, MEASURE_OVERDUE);
    }

    @Override
    public Map<UUID, List<String>> flagsFor(Collection<UUID> ids, Actor actor) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        // The flags are derived from each plan read for these lines.
        gate.listed(actor, ids.stream().map(ClientId::new).toList(), DataCategory.PLAN_AND_MEASURES,
                "caseload flags");
        Map<UUID, List<String>> kinds = new LinkedHashMap<>();
        orphanNeeds(ids).forEach((id, flags) -> kinds.put(id,
                new ArrayList<>(flags.stream().map(f -> f.kind().name()).distinct().toList())));
        Map<UUID, Integer> days = clients.daysToRelease(ids, actor, "caseload flags");
        Set<UUID> soon = new java.util.HashSet<>();
        days.forEach((id, d) -> {
            if (d >= 0 && d <= FIRST_NIGHT_HORIZON_DAYS) {
                soon.add(id);
            }
        });
        Set<UUID> arranged = releaseDay.arranged(soon, ReleaseDayItem.FIRST_NIGHT);
        soon.stream().filter(id -> !arranged.contains(id))
                .forEach(id -> kinds.computeIfAbsent(id, k -> new ArrayList<>()).add(NO_FIRST_NIGHT));
        checks.kindsFor(ids, RELEASE_DAY_TO_CHECK, MEASURE_DATE_TO_CHECK)
                .forEach((id, found) -> kinds.computeIfAbsent(id, k -> new ArrayList<>()).addAll(found));
        measures.declinedOrOverdue(ids, LocalDate.now(clock)).stream()
                .filter(m -> m.status() != MeasureStatus.DECLINED).map(Measures.Row::clientId).distinct()
                .forEach(id -> kinds.computeIfAbsent(id, k -> new ArrayList<>()).add(MEASURE_OVERDUE));
        return kinds;
    }

    @Override
    public String hrefFor(String kind, UUID client) {
        return NO_FIRST_NIGHT.equals(kind) || RELEASE_DAY_TO_CHECK.equals(kind)
                ? "/clients/" + client + "/plan/release-day" : "/clients/" + client + "/plan";
    }

    /** Needs without an owner and custody measures without continuation, from the latest ratings and the measures. */
    private Map<UUID, List<PlanFlag>> orphanNeeds(Collection<UUID> ids) {
        Map<UUID, Map<org.throughcare.shared.NeedArea, Rating>> ratings = assessments.latestRatings(ids);
        Map<UUID, List<OrphanNeeds.Measure>> byClient = measures.forFlags(ids);
        Map<UUID, List<PlanFlag>> flags = new java.util.HashMap<>();
        for (UUID id : ids) {
            List<PlanFlag> found = OrphanNeeds.flags(ratings.getOrDefault(id, Map.of()), byClient.getOrDefault(id, List.of()));
            if (!found.isEmpty()) {
                flags.put(id, found);
            }
        }
        return flags;
    }
}
