package org.throughcare.followup.figures;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.throughcare.followup.figures.RawFigure.Kind;

/**
 * Custody events and the notices they caused: how often release dates moved, how many clients were released
 * early, transferred or returned to custody, and how long it took until every member told had acknowledged.
 */
public final class CustodyFigures {

    private CustodyFigures() {
    }

    public static List<RawFigure> of(CohortQuery cohort, ZoneId zone) {
        RawFigure dateChanges = Distributions.of("custody", "dateChanges", cohort.perClient("""
                select client_id, count(*) as n from followup_release_date_change
                where changed_on <= :ref and client_id in ({members}) group by client_id"""), 3);

        Map<String, Long> byKind = new HashMap<>();
        cohort.list("""
                select kind, count(distinct client_id) as clients from followup_custody_event
                where effective_on <= :ref and kind in ('EARLY_RELEASE', 'TRANSFER') and client_id in ({members})
                group by kind""", (rs, n) -> byKind.put(rs.getString("kind"), rs.getLong("clients")));
        // Back in custody: the client's stage says so, or a custody event does.
        long returned = cohort.count("""
                select count(*) from followup_client where {where}
                and (returned_on <= :ref or client_id in (select client_id from followup_custody_event
                     where kind = 'RETURNED_TO_CUSTODY' and effective_on <= :ref))""");
        RawFigure events = RawFigure.builder("custody", "custodyEvents", Kind.COUNTS)
                .cell("followup.custody.earlyRelease", byKind.getOrDefault("EARLY_RELEASE", 0L))
                .cell("followup.custody.transfer", byKind.getOrDefault("TRANSFER", 0L))
                .cell("followup.custody.returned", returned)
                .build(cohort.size());
        return List.of(dateChanges, events, acknowledgements(cohort, zone));
    }

    /** One notice that asked to be acknowledged: by how many, and when the last of them did. */
    private record Acknowledgement(Instant created, int recipients, int acknowledged, Instant lastAcknowledged) {
    }

    /**
     * Of the notices that asked to be acknowledged (created by the end of the reference date): those every
     * recipient acknowledged, and those acknowledged by all within 24 hours; the median hours until the last.
     * One row per such notice (a few per released client), as the hours are not whole numbers.
     */
    private static RawFigure acknowledgements(CohortQuery cohort, ZoneId zone) {
        Instant end = cohort.referenceDate().plusDays(1).atStartOfDay(zone).toInstant();
        List<Acknowledgement> rows = cohort.list("""
                select created_at, recipients, acknowledged, last_acknowledged_at from followup_acknowledgement
                where client_id in ({members})""", (rs, n) -> new Acknowledgement(instant(rs.getTimestamp(
                "created_at")), rs.getInt("recipients"), rs.getInt("acknowledged"),
                instant(rs.getTimestamp("last_acknowledged_at"))));
        long asked = 0;
        long all = 0;
        long within = 0;
        List<Double> hours = new ArrayList<>();
        for (Acknowledgement row : rows) {
            if (!row.created().isBefore(end)) {
                continue;
            }
            asked++;
            if (row.acknowledged() == row.recipients() && row.lastAcknowledged() != null) {
                all++;
                Duration taken = Duration.between(row.created(), row.lastAcknowledged());
                hours.add(taken.toMinutes() / 60.0);
                within += taken.compareTo(Duration.ofHours(24)) <= 0 ? 1 : 0;
            }
        }
        Double share = asked == 0 ? null : 100.0 * within / asked;
        return RawFigure.builder("custody", "acknowledgements", Kind.COUNTS)
                .cell("followup.acknowledgement.all", all).cell("followup.acknowledgement.within24h", within)
                .statistic("followup.acknowledgement.medianHours", RawFigure.median(hours), 0)
                .statistic("followup.acknowledgement.shareWithin24h", share, 1)
                .build(asked);
    }

    private static Instant instant(Timestamp value) {
        return value == null ? null : value.toInstant();
    }
}
