package org.throughcare.followup.figures;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.throughcare.followup.figures.CohortData.MeasureRow;
import org.throughcare.followup.figures.CohortData.RatingRow;
import org.throughcare.followup.figures.RawFigure.Kind;
import org.throughcare.followup.figures.RawFigure.Label;

/**
 * Needs from each client's latest assessment on or before the reference date, and the plan's measures as they
 * stand: by owner type and status, needs that no accepted, unfinished measure owns, and work that continues
 * after release.
 */
public final class NeedsPlanFigures {

    static final List<String> AREAS = List.of("ACCOMMODATION", "EMPLOYMENT_EDUCATION_TRAINING", "FINANCE_AND_DEBT",
            "SUBSTANCE_USE", "MENTAL_HEALTH", "PHYSICAL_HEALTH", "FAMILY_AND_RELATIONSHIPS",
            "ATTITUDES_AND_CRIMINAL_BEHAVIOUR", "IDENTITY_DOCUMENTS_AND_BENEFITS", "SOCIAL_NETWORK_AND_LEISURE");
    static final List<String> RATINGS = List.of("NO_NEED", "SOME", "SIGNIFICANT", "SEVERE");
    private static final Set<String> OWNING = Set.of("ACCEPTED", "IN_PROGRESS");
    private static final Set<String> NOT_CARRIED_OUT = Set.of("DECLINED", "CANCELLED");

    private NeedsPlanFigures() {
    }

    public static List<RawFigure> of(CohortData data) {
        Map<UUID, Map<String, String>> latest = latestRatings(data);
        List<RawFigure> figures = new ArrayList<>();
        for (String area : AREAS) {
            RawFigure.Builder figure = RawFigure.builder("needs", "needs." + area, Kind.PARTITION);
            for (String rating : RATINGS) {
                figure.cell("rating." + rating, data.clients().stream()
                        .filter(c -> rating.equals(latest.getOrDefault(c.id(), Map.of()).get(area))).count());
            }
            figures.add(figure.cell("followup.notAssessed", data.clients().stream()
                    .filter(c -> !latest.getOrDefault(c.id(), Map.of()).containsKey(area)).count()).build());
        }
        figures.add(measures(data));
        figures.add(withoutOwner(data, latest));
        figures.add(continuation(data));
        return figures;
    }

    private static Map<UUID, Map<String, String>> latestRatings(CohortData data) {
        Map<UUID, Integer> newest = new HashMap<>();
        data.ratings().stream().filter(r -> data.happened(r.assessed()))
                .forEach(r -> newest.merge(r.client(), r.version(), Math::max));
        Map<UUID, Map<String, String>> latest = new HashMap<>();
        for (RatingRow r : data.ratings()) {
            if (data.happened(r.assessed()) && newest.get(r.client()) == r.version()) {
                latest.computeIfAbsent(r.client(), k -> new HashMap<>()).put(r.area(), r.rating());
            }
        }
        return latest;
    }

    private static RawFigure measures(CohortData data) {
        Map<String, Long> counts = new TreeMap<>();
        for (MeasureRow m : data.measures()) {
            counts.merge(m.ownerType() + " " + m.status(), 1L, Long::sum);
        }
        RawFigure.Builder figure = RawFigure.builder("plan", "measures", Kind.PARTITION);
        counts.forEach((key, count) -> {
            String[] parts = key.split(" ");
            figure.cell(Label.of("agencyType." + parts[0], "measureStatus." + parts[1]), count);
        });
        return figure.build();
    }

    /** Clients with a need (some, significant, severe) in an area where no measure is accepted and unfinished. */
    private static RawFigure withoutOwner(CohortData data, Map<UUID, Map<String, String>> latest) {
        Map<UUID, Set<String>> owned = new HashMap<>();
        data.measures().stream().filter(m -> OWNING.contains(m.status()))
                .forEach(m -> owned.computeIfAbsent(m.client(), k -> new HashSet<>()).add(m.area()));
        Map<String, Long> perArea = new HashMap<>();
        long any = 0;
        for (CohortData.ClientRow c : data.clients()) {
            boolean orphan = false;
            for (Map.Entry<String, String> rating : latest.getOrDefault(c.id(), Map.of()).entrySet()) {
                if (!"NO_NEED".equals(rating.getValue())
                        && !owned.getOrDefault(c.id(), Set.of()).contains(rating.getKey())) {
                    perArea.merge(rating.getKey(), 1L, Long::sum);
                    orphan = true;
                }
            }
            any += orphan ? 1 : 0;
        }
        RawFigure.Builder figure = RawFigure.builder("plan", "withoutOwner", Kind.COUNTS)
                .cell("followup.withoutOwner.any", any);
        AREAS.forEach(area -> figure.cell("area." + area, perArea.getOrDefault(area, 0L)));
        return figure.build(data.clients().size());
    }

    /** Released clients with a measure at or after release that was not declined or cancelled, and those without. */
    private static RawFigure continuation(CohortData data) {
        Set<UUID> continued = new HashSet<>();
        data.measures().stream().filter(m -> !"IN_CUSTODY".equals(m.phase()) && !NOT_CARRIED_OUT.contains(m.status()))
                .forEach(m -> continued.add(m.client()));
        long notReleased = 0;
        long with = 0;
        long without = 0;
        for (CohortData.ClientRow c : data.clients()) {
            if (!data.happened(c.released())) {
                notReleased++;
            } else if (continued.contains(c.id())) {
                with++;
            } else {
                without++;
            }
        }
        return RawFigure.builder("plan", "continuation", Kind.PARTITION)
                .cell("followup.continuation.with", with).cell("followup.continuation.without", without)
                .cell("followup.continuation.notReleased", notReleased).build();
    }
}
