package org.throughcare.followup.outcome;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.throughcare.followup.outcome.internal.OutcomeForms;

/** Counts a cohort's outcomes per point, as {@link OutcomeFigures} defines them. */
final class OutcomeCounting {

    private OutcomeCounting() {
    }

    static List<OutcomeFigures.PointCounts> count(List<OutcomeForms.Release> cohort,
                                                   Map<UUID, List<OutcomeForms.Form>> forms, LocalDate asOf) {
        List<OutcomeFigures.PointCounts> counts = new ArrayList<>();
        for (OutcomePoint point : OutcomePoint.values()) {
            long due = 0, recorded = 0, settled = 0, occupied = 0, addictionNeeded = 0, addictionStarted = 0;
            long debtNeeded = 0, debtAdvised = 0, support = 0, returned = 0;
            for (OutcomeForms.Release r : cohort) {
                LocalDate dueOn = point.dueOn(r.releasedOn());
                if (dueOn.isAfter(asOf)) {
                    continue;
                }
                due++;
                if (r.returnedOn() != null && !r.returnedOn().isAfter(dueOn)) {
                    returned++;
                }
                OutcomeForms.Form f = forms.getOrDefault(r.clientId(), List.of()).stream()
                        .filter(x -> x.point() == point && !x.recordedOn().isAfter(asOf)).findFirst().orElse(null);
                if (f == null) {
                    continue;
                }
                recorded++;
                settled += f.settledAccommodation() ? 1 : 0;
                occupied += f.occupation().occupied() ? 1 : 0;
                support += f.supportContact() ? 1 : 0;
                addictionNeeded += f.addictionTreatment().needed() ? 1 : 0;
                addictionStarted += f.addictionTreatment() == WhereNeeded.STARTED ? 1 : 0;
                debtNeeded += f.debtAdvice().needed() ? 1 : 0;
                debtAdvised += f.debtAdvice() == WhereNeeded.STARTED ? 1 : 0;
            }
            counts.add(new OutcomeFigures.PointCounts(point, due, recorded, settled, occupied, addictionNeeded,
                    addictionStarted, debtNeeded, debtAdvised, support, returned));
        }
        return counts;
    }
}
