package org.throughcare.followup.figures;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.throughcare.followup.Cohort;
import org.throughcare.followup.figures.RawFigure.Kind;
import org.throughcare.followup.figures.RawFigure.Label;

/**
 * The referral figures (issue 15) from the cohort's referrals as the referral module's view {@code followup_referrals}
 * gives them (kept in {@code followup_fact_referral}): the referrals sent
 * for the cohort's clients by the end of the reference date, where each stood then, by need area, declines,
 * waiting from sending to start and the outcome of those run to their end. Counted by the database in a few
 * grouped queries; a referral's state on the reference date comes from its dated changes, so a change after
 * it does not count.
 */
final class ReferralFigures {

    static final String SECTION = "referrals";
    /** Where a referral stood on the reference date, in the order of the figure's lines. */
    static final List<String> STATES = List.of("SENT", "ACCEPTED", "STARTED", "COMPLETED", "ENDED_EARLY", "DECLINED",
            "CANCELLED");
    static final List<String> OUTCOMES = List.of("ACHIEVED", "PARTLY_ACHIEVED", "NOT_ACHIEVED");
    /** Waiting bands' lower bounds in days from sending to start: under 7, 7–13, 14–29, 30–89, 90 and more. */
    static final int[] WAITING_BANDS = {0, 7, 14, 30, 90};

    private final JdbcClient jdbc;
    private final ZoneId zone;

    ReferralFigures(JdbcClient jdbc, ZoneId zone) {
        this.jdbc = jdbc;
        this.zone = zone;
    }

    /** A group of referrals alike in what the figures ask, with how many there are. */
    record Group(String needArea, String state, String declineReason, String outcome, boolean ended, boolean started,
                 boolean accepted, long count) {

        /** The state on the reference date: the final one if it was reached by then, else how far it had come. */
        String stateThen() {
            return ended ? state : started ? "STARTED" : accepted ? "ACCEPTED" : "SENT";
        }
    }

    List<RawFigure> of(Cohort cohort, CohortQuery data) {
        LocalDate reference = data.referenceDate();
        Map<String, Object> params = new HashMap<>();
        String facts = CohortRows.facts(cohort, reference, params);
        // Changes are stamped with their moment: the reference date ends at midnight in the application's zone.
        params.put("end", OffsetDateTime.ofInstant(reference.plusDays(1).atStartOfDay(zone).toInstant(),
                ZoneOffset.UTC));
        List<Group> groups = jdbc.sql("""
                        select need_area, state, decline_reason_code, outcome, ended, started, accepted, count(*) as n
                        from (select need_area, state, decline_reason_code, outcome,
                                     case when ended_at < :end then 1 else 0 end as ended,
                                     case when started_at < :end then 1 else 0 end as started,
                                     case when accepted_at < :end then 1 else 0 end as accepted
                              from followup_fact_referral where %s and sent_at < :end) r
                        group by need_area, state, decline_reason_code, outcome, ended, started, accepted"""
                        .formatted(facts)).params(params)
                .query((rs, n) -> new Group(rs.getString("need_area"), rs.getString("state"),
                        rs.getString("decline_reason_code"), rs.getString("outcome"), rs.getInt("ended") == 1,
                        rs.getInt("started") == 1, rs.getInt("accepted") == 1, rs.getLong("n"))).list();
        return List.of(states(groups), reached(groups), byNeed(groups), declines(groups),
                waiting(waitingDays(facts, params)), outcomes(groups), clients(data));
    }

    private static RawFigure states(List<Group> groups) {
        Map<String, Long> counts = new LinkedHashMap<>();
        STATES.forEach(s -> counts.put(s, 0L));
        groups.forEach(g -> counts.merge(g.stateThen(), g.count(), Long::sum));
        RawFigure.Builder figure = RawFigure.builder(SECTION, "referralStates", Kind.PARTITION);
        counts.forEach((state, count) -> figure.cell("followup.referrals.state." + state, count));
        return figure.build();
    }

    /** Of the referrals sent, those accepted and those started by the reference date (whatever came after). */
    private static RawFigure reached(List<Group> groups) {
        long sent = groups.stream().mapToLong(Group::count).sum();
        return RawFigure.builder(SECTION, "referralsReached", Kind.COUNTS)
                .cell("followup.referrals.accepted", groups.stream().filter(Group::accepted).mapToLong(Group::count).sum())
                .cell("followup.referrals.started", groups.stream().filter(Group::started).mapToLong(Group::count).sum())
                .build(sent);
    }

    private static RawFigure byNeed(List<Group> groups) {
        Map<String, Long> counts = new java.util.TreeMap<>();
        groups.forEach(g -> counts.merge(g.needArea(), g.count(), Long::sum));
        RawFigure.Builder figure = RawFigure.builder(SECTION, "referralsByNeed", Kind.PARTITION);
        counts.forEach((area, count) -> figure.cell("area." + area, count));
        return figure.build();
    }

    /** The referral module keeps a decline's reason as free text, which figures never read: given or not. */
    private static RawFigure declines(List<Group> groups) {
        long given = 0;
        long none = 0;
        for (Group g : groups) {
            if ("DECLINED".equals(g.stateThen())) {
                if (g.declineReason() != null) {
                    given += g.count();
                } else {
                    none += g.count();
                }
            }
        }
        return RawFigure.builder(SECTION, "referralDeclines", Kind.PARTITION)
                .cell("followup.referrals.reasonGiven", given).cell("followup.notRecorded", none).build();
    }

    /** Of the referrals run to their end by the reference date: completed or ended early, by their outcome. */
    private static RawFigure outcomes(List<Group> groups) {
        RawFigure.Builder figure = RawFigure.builder(SECTION, "referralOutcomes", Kind.PARTITION);
        for (String end : List.of("COMPLETED", "ENDED_EARLY")) {
            List<Group> ended = groups.stream().filter(g -> end.equals(g.stateThen())).toList();
            for (String outcome : OUTCOMES) {
                figure.cell(Label.of("referralStatus." + end, "goalOutcome." + outcome), ended.stream()
                        .filter(g -> outcome.equals(g.outcome())).mapToLong(Group::count).sum());
            }
            figure.cell(Label.of("referralStatus." + end, "followup.notRecorded"), ended.stream()
                    .filter(g -> g.outcome() == null || !OUTCOMES.contains(g.outcome())).mapToLong(Group::count).sum());
        }
        return figure.build();
    }

    /**
     * Calendar days (in the application's zone) from sending to start of each referral started by the reference
     * date, as a histogram.
     */
    private Map<Long, Long> waitingDays(String facts, Map<String, Object> params) {
        Map<Long, Long> days = new HashMap<>();
        jdbc.sql("""
                        select waiting_days, count(*) as n from followup_fact_referral
                        where %s and started_at < :end group by waiting_days""".formatted(facts)).params(params)
                .query(rs -> {
                    days.merge(rs.getLong("waiting_days"), rs.getLong("n"), Long::sum);
                });
        return days;
    }

    private static RawFigure waiting(Map<Long, Long> days) {
        long[] bands = new long[WAITING_BANDS.length];
        days.forEach((value, count) -> {
            int band = WAITING_BANDS.length - 1;
            while (band > 0 && value < WAITING_BANDS[band]) {
                band--;
            }
            bands[band] += count;
        });
        RawFigure.Builder figure = RawFigure.builder(SECTION, "referralWaiting", Kind.PARTITION);
        String[] labels = {"under7", "7to13", "14to29", "30to89", "90plus"};
        for (int i = 0; i < bands.length; i++) {
            figure.cell("followup.referrals.wait." + labels[i], bands[i]);
        }
        Histogram histogram = new Histogram();
        days.forEach(histogram::add);
        return figure.statistic("followup.meetings.meanDays", histogram.mean(), -1)
                .statistic("followup.meetings.medianDays", histogram.median(), -1).build();
    }

    /** Of the cohort's clients: those with a referral sent, and with one started, by the reference date. */
    private static RawFigure clients(CohortQuery cohort) {
        return RawFigure.builder(SECTION, "referralClients", Kind.COUNTS)
                .cell("followup.referrals.clientsReferred", cohort.total("referred_clients"))
                .cell("followup.referrals.clientsStarted", cohort.total("started_clients")).build(cohort.size());
    }
}
