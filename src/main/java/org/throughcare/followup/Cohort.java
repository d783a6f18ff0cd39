package org.throughcare.followup;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The clients a set of figures is about: those whose {@code basis} date falls in [{@code from}, {@code to}], at
 * the given probation offices and in the given municipalities (an empty list places no limit; both empty is
 * the whole country).
 */
public record Cohort(CohortBasis basis, LocalDate from, LocalDate to, List<UUID> offices, List<String> municipalities) {

    public Cohort {
        offices = List.copyOf(offices);
        municipalities = List.copyOf(municipalities);
    }

    public boolean national() {
        return offices.isEmpty() && municipalities.isEmpty();
    }

    /** The day "as at" figures (group, consent, needs) are taken: the period's end, or today if it is later. */
    public LocalDate referenceDate(LocalDate today) {
        return to.isAfter(today) ? today : to;
    }
}
