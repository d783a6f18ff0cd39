package org.throughcare.followup.figures;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.throughcare.followup.figures.RawFigure.Kind;

/**
 * Custody events and the notices they caused: how often release dates moved, how many clients were released
 * early, transferred or returned to custody, and how long it took until every member told had acknowledged.
 */
public final class CustodyFigures {

    private CustodyFigures() {
    }

    public static List<RawFigure> of(CohortQuery cohort, ZoneId zone) {
        RawFigure dateChanges = Distributions.of("custody", "dateChanges",
                cohort.histogram("date_changes"), 3);
        // Back in custody: the client's stage says so, or a custody event does (the facts' returned_to_custody).
        RawFigure events = RawFigure.builder("custody", "custodyEvents", Kind.COUNTS)
                .cell("followup.custody.earlyRelease", cohort.total("early_release"))
                .cell("followup.custody.transfer", cohort.total("transferred"))
                .cell("followup.custody.returned", cohort.total("returned_to_custody"))
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
