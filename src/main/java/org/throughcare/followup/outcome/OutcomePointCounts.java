package org.throughcare.followup.outcome;

/**
 * One follow-up point's outcome counts for a cohort. Plain counts, unsuppressed: whoever shows them to an analyst
 * applies small-cell suppression.
 *
 * <ul>
 * <li>{@code due}: clients of the cohort whose point has come (due date on or before the day asked);</li>
 * <li>{@code recorded}: of those, with a form for the point; the shares below count among forms recorded;</li>
 * <li>{@code settledAccommodation}, {@code occupied} (work, education or training), {@code supportContact};</li>
 * <li>{@code addictionNeeded} / {@code addictionStarted}, {@code debtNeeded} / {@code debtAdvised}: among forms
 * where the help was needed, how many had it started;</li>
 * <li>{@code returnedToCustody}: of the clients due, those back in custody by the point's due date (from the
 * custody records, with or without a form).</li>
 * </ul>
 */
public record OutcomePointCounts(OutcomePoint point, long due, long recorded, long settledAccommodation, long occupied,
                                 long addictionNeeded, long addictionStarted, long debtNeeded, long debtAdvised,
                                 long supportContact, long returnedToCustody) {
}
