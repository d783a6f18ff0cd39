package org.throughcare.followup.figures;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
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

    static final List<String> AREAS = List.of("ACCOMMODATION", "EMPLOYMENT_EDUCATION_TRAINING", "FINANCE_AND_DEBT",
            "SUBSTANCE_USE", "MENTAL_HEALTH", "PHYSICAL_HEALTH", "FAMILY_AND_RELATIONSHIPS",
            "ATTITUDES_AND_CRIMINAL_BEHAVIOUR", "IDENTITY_DOCUMENTS_AND_BENEFITS", "SOCIAL_NETWORK_AND_LEISURE");
    static final List<String> RATINGS = List.of("NO_NEED", "SOME", "SIGNIFICANT", "SEVERE");

    /**
     * The latest assessment's ratings (the highest version assessed by the reference date; every assessment rates
     * every area, so the latest assessment is the latest with ratings) counted
     * by area and rating; the needs (any rating but "no need") no accepted or in-progress measure of the client's
     * owns, by area; and how many clients have at least one such need. The latest ratings are read once.
     */
    private static final String NEEDS = """
            with latest as (
                select r.client_id, r.area, r.rating
                from followup_assessment_rating r
                join (select a.client_id, a.version_number from followup_assessment a
                      where a.assessed_on <= :ref and a.client_id in ({members})
                        and not exists (select 1 from followup_assessment b where b.client_id = a.client_id
                                        and b.assessed_on <= :ref and b.version_number > a.version_number)) newest
                  on newest.client_id = r.client_id and newest.version_number = r.version_number),
            orphan as (
                select l.client_id, l.area from latest l
                where (l.rating is null or l.rating <> 'NO_NEED')
                  and not exists (select 1 from followup_measure m where m.client_id = l.client_id
                                  and m.area = l.area and m.status in ('ACCEPTED', 'IN_PROGRESS')))
            select 'rating' as part, area, rating, count(*) as clients from latest group by area, rating
            union all select 'orphan', area, null, count(*) from orphan group by area
            union all select 'any', null, null, count(distinct client_id) from orphan""";

    private NeedsPlanFigures() {
    }

    private record Count(String part, String area, String rating, long clients) {
    }

    public static List<RawFigure> of(CohortQuery cohort) {
        List<Count> counts = cohort.list(NEEDS, (rs, n) -> new Count(rs.getString("part"), rs.getString("area"),
                rs.getString("rating"), rs.getLong("clients")));
        List<RawFigure> figures = new ArrayList<>();
        for (String area : AREAS) {
            RawFigure.Builder figure = RawFigure.builder("needs", "needs." + area, Kind.PARTITION);
            long assessed = 0;
            for (Count c : counts) {
                assessed += "rating".equals(c.part()) && area.equals(c.area()) ? c.clients() : 0;
            }
            for (String rating : RATINGS) {
                figure.cell("rating." + rating, counts.stream().filter(c -> "rating".equals(c.part())
                        && area.equals(c.area()) && rating.equals(c.rating())).mapToLong(Count::clients).sum());
            }
            figures.add(figure.cell("followup.notAssessed", cohort.size() - assessed).build());
        }
        figures.add(measures(cohort));
        figures.add(withoutOwner(cohort, counts));
        figures.add(continuation(cohort));
        return figures;
    }

    private static RawFigure measures(CohortQuery cohort) {
        Map<String, Long> counts = new TreeMap<>();
        cohort.list("""
                select owner_agency_type, status, count(*) as measures from followup_measure
                where client_id in ({members}) group by owner_agency_type, status""",
                (rs, n) -> counts.merge(rs.getString("owner_agency_type") + " " + rs.getString("status"),
                        rs.getLong("measures"), Long::sum));
        RawFigure.Builder figure = RawFigure.builder("plan", "measures", Kind.PARTITION);
        counts.forEach((key, count) -> {
            String[] parts = key.split(" ");
            figure.cell(Label.of("agencyType." + parts[0], "measureStatus." + parts[1]), count);
        });
        return figure.build();
    }

    /** Clients with a need (some, significant, severe) in an area where no measure is accepted and unfinished. */
    private static RawFigure withoutOwner(CohortQuery cohort, List<Count> counts) {
        Map<String, Long> perArea = new HashMap<>();
        long any = 0;
        for (Count c : counts) {
            if ("orphan".equals(c.part())) {
                perArea.merge(c.area(), c.clients(), Long::sum);
            } else if ("any".equals(c.part())) {
                any += c.clients();
            }
        }
        RawFigure.Builder figure = RawFigure.builder("plan", "withoutOwner", Kind.COUNTS)
                .cell("followup.withoutOwner.any", any);
        AREAS.forEach(area -> figure.cell("area." + area, perArea.getOrDefault(area, 0L)));
        return figure.build(cohort.size());
    }

    /** Released clients with a measure at or after release that was not declined or cancelled, and those without. */
    private static RawFigure continuation(CohortQuery cohort) {
        long released = cohort.released();
        long with = cohort.count("""
                select count(*) from followup_client where {where} and released_on <= :ref
                and client_id in (select client_id from followup_measure
                                  where (phase is null or phase <> 'IN_CUSTODY')
                                    and (status is null or status not in ('DECLINED', 'CANCELLED')))""");
        return RawFigure.builder("plan", "continuation", Kind.PARTITION)
                .cell("followup.continuation.with", with).cell("followup.continuation.without", released - with)
                .cell("followup.continuation.notReleased", cohort.size() - released).build();
    }
}
