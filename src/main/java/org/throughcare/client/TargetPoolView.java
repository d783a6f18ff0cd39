package org.throughcare.client;

import java.time.LocalDate;
import java.util.List;

/**
 * The people the programme could reach (D1): in custody with a conditional release in the next
 * {@code months} months and not yet screened, and those screened eligible but not yet enrolled. Counts per
 * office and month of release; {@code people} lists names only for users who may see them.
 */
public record TargetPoolView(int months, LocalDate from, LocalDate until, List<Count> counts, int notScreened,
                         int eligibleNotEnrolled, List<CaseloadLineView> people) {

    public record Count(String probationOfficeName, int year, int month, int notScreened, int eligibleNotEnrolled) {
    }
}
