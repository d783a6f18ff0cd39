package org.throughcare.followup.figures;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.throughcare.followup.Cohort;
import org.throughcare.followup.figures.RawFigure.Kind;
import org.throughcare.followup.outcome.Occupation;
import org.throughcare.followup.outcome.OutcomePointCounts;
import org.throughcare.followup.outcome.OutcomePoint;
import org.throughcare.followup.outcome.OutcomeTally;
import org.throughcare.followup.outcome.WhereNeeded;

/**
 * The outcome figures for the cohort's clients at release, +6 and +12 months: for each point, the clients whose
 * point had come by the reference date, how many of them have a form and how many were back in custody; and among
 * the forms, each outcome. The database groups the releases and the forms; {@link OutcomeTally} counts them by
 * the outcome module's rules, the same as for one client at a time.
 */
final class OutcomeSectionFigures {

    static final String SECTION = "outcomes";
    private static final Map<OutcomePoint, String> SUFFIX = Map.of(OutcomePoint.RELEASE, "AtRelease",
            OutcomePoint.SIX_MONTHS, "AtSixMonths", OutcomePoint.TWELVE_MONTHS, "AtTwelveMonths");

    private final JdbcClient jdbc;

    OutcomeSectionFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<RawFigure> of(Cohort cohort, LocalDate reference) {
        Map<String, Object> params = new HashMap<>();
        String facts = CohortRows.facts(cohort, reference, params);
        params.put("reference", reference);
        Map<OutcomePoint, OutcomeTally> tallies = new java.util.EnumMap<>(OutcomePoint.class);
        for (OutcomePoint point : OutcomePoint.values()) {
            OutcomeTally tally = new OutcomeTally(point);
            tallies.put(point, tally);
            params.put("last" + point.ordinal(), tally.lastReleaseDueBy(reference));
        }
        // Releases grouped by day and first return: few rows, however many clients. A client's latest release
        // and their first return after it, as the outcome forms count them (the facts' last_released_on).
        jdbc.sql("""
                        select last_released_on, returned_after_release_on, count(*) as n from followup_fact
                        where %s and last_released_on <= :reference
                        group by last_released_on, returned_after_release_on""".formatted(facts)).params(params)
                .query(rs -> {
                    LocalDate released = rs.getObject("last_released_on", LocalDate.class);
                    LocalDate returned = rs.getObject("returned_after_release_on", LocalDate.class);
                    long count = rs.getLong("n");
                    tallies.values().stream().filter(t -> t.due(released, reference))
                            .forEach(t -> t.dueClients(released, returned, count));
                });
        // Forms recorded by the reference date for a point that had come, about the client's latest release
        // (the facts keep only those), grouped by their answers.
        jdbc.sql("""
                        select point, settled_accommodation, occupation, addiction_treatment, debt_advice,
                               support_contact, count(*) as n
                        from followup_fact_outcome
                        where %s and recorded_on <= :reference
                          and ((point = 'RELEASE' and form_released_on <= :last0)
                            or (point = 'SIX_MONTHS' and form_released_on <= :last1)
                            or (point = 'TWELVE_MONTHS' and form_released_on <= :last2))
                        group by point, settled_accommodation, occupation, addiction_treatment, debt_advice,
                                 support_contact""".formatted(facts)).params(params)
                .query(rs -> {
                    tallies.get(OutcomePoint.valueOf(rs.getString("point"))).forms(
                            rs.getBoolean("settled_accommodation"), Occupation.valueOf(rs.getString("occupation")),
                            WhereNeeded.valueOf(rs.getString("addiction_treatment")),
                            WhereNeeded.valueOf(rs.getString("debt_advice")), rs.getBoolean("support_contact"),
                            rs.getLong("n"));
                });
        List<RawFigure> figures = new ArrayList<>();
        for (OutcomePoint point : OutcomePoint.values()) {
            OutcomePointCounts counts = tallies.get(point).counts();
            figures.add(followUp(point, counts));
            figures.add(outcomes(point, counts));
        }
        return figures;
    }

    /** Of the clients due at the point: with a form recorded, and back in custody by the point's due date. */
    private static RawFigure followUp(OutcomePoint point, OutcomePointCounts c) {
        return RawFigure.builder(SECTION, "outcomeFollowUp" + SUFFIX.get(point), Kind.COUNTS)
                .cell("followup.outcomes.recorded", c.recorded())
                .cell("followup.outcomes.returnedToCustody", c.returnedToCustody()).build(c.due());
    }

    /** Among the forms recorded: each outcome, help where it was needed, with the shares where needed. */
    private static RawFigure outcomes(OutcomePoint point, OutcomePointCounts c) {
        return RawFigure.builder(SECTION, "outcomes" + SUFFIX.get(point), Kind.COUNTS)
                .cell("followup.outcomes.settledAccommodation", c.settledAccommodation())
                .cell("followup.outcomes.occupied", c.occupied())
                .cell("followup.outcomes.supportContact", c.supportContact())
                .cell("followup.outcomes.addictionNeeded", c.addictionNeeded())
                .cell("followup.outcomes.addictionStarted", c.addictionStarted())
                .cell("followup.outcomes.debtNeeded", c.debtNeeded())
                .cell("followup.outcomes.debtAdvised", c.debtAdvised())
                .statistic("followup.outcomes.addictionShare", share(c.addictionStarted(), c.addictionNeeded()), -1)
                .statistic("followup.outcomes.debtShare", share(c.debtAdvised(), c.debtNeeded()), -1)
                .build(c.recorded());
    }

    private static Double share(long part, long whole) {
        return whole == 0 ? null : 100.0 * part / whole;
    }
}
