package org.throughcare.followup.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.throughcare.followup.figures.RawFigure.Kind;
import org.throughcare.followup.figures.RawFigure.Label;

/**
 * Needs from each client's latest assessment on or before the reference date, and the plan's measures as they
 * stand: by owner type and status, needs that no accepted, unfinished measure owns, and work that continues
 * after release.
 */
public final class NeedsPlanFigures {

    private NeedsPlanFigures() {
    }

    /**
     * For each area, the clients by their latest assessment's rating on or before the reference date (the highest
     * version assessed by then) and those not assessed; the measures; needs without an owner; continuation.
     */
    public static List<RawFigure> of(CohortQuery cohort) {
        List<RawFigure> figures = new ArrayList<>();
        for (String area : FactColumns.AREAS) {
            RawFigure.Builder figure = RawFigure.builder("needs", "needs." + area, Kind.PARTITION);
            long assessed = 0;
            for (String rating : FactColumns.RATINGS) {
                long clients = cohort.total(FactColumns.need(area) + "_" + rating.toLowerCase(Locale.ROOT));
                assessed += clients;
                figure.cell("rating." + rating, clients);
            }
            figures.add(figure.cell("followup.notAssessed", cohort.size() - assessed).build());
        }
        figures.add(measures(cohort));
        figures.add(withoutOwner(cohort));
        figures.add(continuation(cohort));
        return figures;
    }

    private static RawFigure measures(CohortQuery cohort) {
        Map<String, Long> counts = new TreeMap<>();
        cohort.list("""
                select owner_agency_type, status, sum(measures) as measures from followup_fact_measure
                where {where} group by owner_agency_type, status""",
                (rs, n) -> counts.merge(rs.getString("owner_agency_type") + " " + rs.getString("status"),
                        rs.getLong("measures"), Long::sum));
        RawFigure.Builder figure = RawFigure.builder("plan", "measures", Kind.PARTITION);
        counts.forEach((key, count) -> {
            String[] parts = key.split(" ");
            figure.cell(Label.of("agencyType." + parts[0], "measureStatus." + parts[1]), count);
        });
        return figure.build();
    }

    /**
     * Clients with a need (some, significant, severe) in their latest assessment in an area where no measure of
     * theirs is accepted and unfinished: in any area, and in each.
     */
    private static RawFigure withoutOwner(CohortQuery cohort) {
        RawFigure.Builder figure = RawFigure.builder("plan", "withoutOwner", Kind.COUNTS)
                .cell("followup.withoutOwner.any", cohort.total("unowned_any"));
        FactColumns.AREAS.forEach(area -> figure.cell("area." + area, cohort.total(FactColumns.unowned(area))));
        return figure.build(cohort.size());
    }

    /** Released clients with a measure at or after release that was not declined or cancelled, and those without. */
    private static RawFigure continuation(CohortQuery cohort) {
        long released = cohort.released();
        long with = cohort.total("continuing");
        return RawFigure.builder("plan", "continuation", Kind.PARTITION)
                .cell("followup.continuation.with", with).cell("followup.continuation.without", released - with)
                .cell("followup.continuation.notReleased", cohort.size() - released).build();
    }
}
