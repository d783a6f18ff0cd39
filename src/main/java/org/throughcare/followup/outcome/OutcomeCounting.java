package org.throughcare.followup.outcome;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.throughcare.followup.outcome.internal.OutcomeForms;

/** Counts a cohort's outcomes per point, client by client, as {@link OutcomeTally} counts them. */
final class OutcomeCounting {

    private OutcomeCounting() {
    }

    static List<OutcomeFigures.PointCounts> count(List<OutcomeForms.Release> cohort,
                                                   Map<UUID, List<OutcomeForms.Form>> forms, LocalDate asOf) {
        List<OutcomeFigures.PointCounts> counts = new ArrayList<>();
        for (OutcomePoint point : OutcomePoint.values()) {
            OutcomeTally tally = new OutcomeTally(point);
            for (OutcomeForms.Release r : cohort) {
                if (!tally.due(r.releasedOn(), asOf)) {
                    continue;
                }
                tally.dueClients(r.releasedOn(), r.returnedOn(), 1);
                forms.getOrDefault(r.clientId(), List.of()).stream()
                        .filter(x -> x.point() == point && !x.recordedOn().isAfter(asOf)).findFirst()
                        .ifPresent(f -> tally.forms(f.settledAccommodation(), f.occupation(), f.addictionTreatment(),
                                f.debtAdvice(), f.supportContact(), 1));
            }
            counts.add(tally.counts());
        }
        return counts;
    }
}
