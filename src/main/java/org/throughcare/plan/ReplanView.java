package org.throughcare.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What a custody event left to check in the plan, as far as the reader sees the plan: release-day arrangements
 * ({@code mayConfirm}: the reader owns the arrangement or coordinates the case) and measures at release that
 * were due on the old release date ({@code mayDecide}: the reader may edit the measure, and so move it to the
 * new date or keep it).
 */
public record ReplanView(List<Arrangement> arrangements, List<Measure> measures) {

    public record Arrangement(ReleaseDayItem item, RecheckReason reason, LocalDate oldDate, LocalDate newDate,
                              boolean mayConfirm) {
    }

    public record Measure(UUID measureId, String description, LocalDate oldDate, LocalDate newDate, long version,
                          boolean mayDecide) {
    }

    public boolean isEmpty() {
        return arrangements.isEmpty() && measures.isEmpty();
    }

    /** The checks waiting on this arrangement. */
    public List<Arrangement> of(ReleaseDayItem item) {
        return arrangements.stream().filter(a -> a.item() == item).toList();
    }
}
