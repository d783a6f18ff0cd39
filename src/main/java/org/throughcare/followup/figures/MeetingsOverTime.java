package org.throughcare.followup.figures;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.throughcare.followup.Cohort;
import org.throughcare.followup.figures.RawFigure.Kind;
import org.throughcare.followup.figures.RawFigure.Label;

/**
 * Meetings over time (issue 15, the charts): the cohort's meetings held by the reference date, per month of the
 * cohort period and in custody or after release; those held before the period (a release cohort's custody
 * months) on lines of their own, so that the lines add up to the meetings held.
 */
final class MeetingsOverTime {

    static final List<String> PHASES = List.of("IN_CUSTODY", "AFTER_RELEASE");
    private static final Map<String, String> PHASE_LABELS = Map.of("IN_CUSTODY", "followup.meetings.inCustody",
            "AFTER_RELEASE", "followup.meetings.afterRelease");

    private final JdbcClient jdbc;

    MeetingsOverTime(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    RawFigure of(Cohort cohort, LocalDate reference) {
        Map<String, Object> params = new HashMap<>();
        String facts = CohortRows.facts(cohort, reference, params);
        Map<String, Long> counts = new HashMap<>();
        jdbc.sql("""
                        select meeting_year, meeting_month, phase, sum(meetings) as n from followup_fact_meeting
                        where %s group by meeting_year, meeting_month, phase""".formatted(facts)).params(params)
                .query(rs -> {
                    YearMonth month = YearMonth.of(rs.getInt("meeting_year"), rs.getInt("meeting_month"));
                    counts.merge(key(month, rs.getString("phase")), rs.getLong("n"), Long::sum);
                });
        YearMonth first = YearMonth.from(cohort.from());
        RawFigure.Builder figure = RawFigure.builder(MeetingFigures.SECTION, "meetingsOverTime", Kind.PARTITION);
        for (String phase : PHASES) {
            long earlier = counts.entrySet().stream()
                    .filter(e -> e.getKey().endsWith(" " + phase) && month(e.getKey()).isBefore(first))
                    .mapToLong(Map.Entry::getValue).sum();
            figure.cell(Label.of("followup.meetingsOverTime.earlier", PHASE_LABELS.get(phase)), earlier);
        }
        for (YearMonth month = first; !month.isAfter(YearMonth.from(reference)); month = month.plusMonths(1)) {
            for (String phase : PHASES) {
                // A month is no message key: it is shown as it stands, before the phase's words.
                figure.cell(Label.of(month.toString(), PHASE_LABELS.get(phase)),
                        counts.getOrDefault(key(month, phase), 0L));
            }
        }
        return figure.build();
    }

    private static String key(YearMonth month, String phase) {
        return month + " " + phase;
    }

    private static YearMonth month(String key) {
        return YearMonth.parse(key.substring(0, key.indexOf(' ')));
    }
}
