package org.throughcare.followup.figures;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.throughcare.followup.figures.RawFigure.Kind;

/**
 * Custody events and the notices they caused: how often release dates moved, how many clients were released
 * early, transferred or returned to custody, and how long it took until every member told had acknowledged.
 */
public final class CustodyFigures {

    private CustodyFigures() {
    }

    public static List<RawFigure> of(CohortData data, ZoneId zone) {
        Map<UUID, Integer> changes = new HashMap<>();
        data.dateChanges().stream().filter(d -> data.happened(d.on()))
                .forEach(d -> changes.merge(d.client(), 1, Integer::sum));
        RawFigure dateChanges = Distributions.of("custody", "dateChanges",
                data.clients().stream().map(c -> changes.getOrDefault(c.id(), 0)).toList(), 3);

        Map<String, Set<UUID>> byKind = new HashMap<>();
        data.custodyEvents().stream().filter(e -> data.happened(e.on()))
                .forEach(e -> byKind.computeIfAbsent(e.kind(), k -> new HashSet<>()).add(e.client()));
        Set<UUID> returned = new HashSet<>(byKind.getOrDefault("RETURNED_TO_CUSTODY", Set.of()));
        data.clients().stream().filter(c -> data.happened(c.returned())).forEach(c -> returned.add(c.id()));
        RawFigure events = RawFigure.builder("custody", "custodyEvents", Kind.COUNTS)
                .cell("followup.custody.earlyRelease", byKind.getOrDefault("EARLY_RELEASE", Set.of()).size())
                .cell("followup.custody.transfer", byKind.getOrDefault("TRANSFER", Set.of()).size())
                .cell("followup.custody.returned", returned.size())
                .build(data.clients().size());
        return List.of(dateChanges, events, acknowledgements(data, zone));
    }

    /**
     * Of the notices that asked to be acknowledged (created by the end of the reference date): those every
     * recipient acknowledged, and those acknowledged by all within 24 hours; the median hours until the last.
     */
    private static RawFigure acknowledgements(CohortData data, ZoneId zone) {
        Instant end = data.referenceDate().plusDays(1).atStartOfDay(zone).toInstant();
        long asked = 0;
        long all = 0;
        long within = 0;
        List<Double> hours = new ArrayList<>();
        for (CohortData.AcknowledgementRow row : data.acknowledgements()) {
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
}
