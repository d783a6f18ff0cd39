package org.throughcare.followup.outcome;

import java.time.LocalDate;

/**
 * Counts one point's outcomes as {@link OutcomePointCounts} defines them, whether the clients and forms come one by one
 * (a release period of offices) or already grouped by the database with how many share each value (a cohort's
 * figures): the rules live here once. The caller hands in only clients whose point has come.
 */
public final class OutcomeTally {

    private final OutcomePoint point;
    private long due;
    private long recorded;
    private long settled;
    private long occupied;
    private long addictionNeeded;
    private long addictionStarted;
    private long debtNeeded;
    private long debtAdvised;
    private long support;
    private long returned;

    public OutcomeTally(OutcomePoint point) {
        this.point = point;
    }

    /** Whether a client released on {@code releasedOn} is due for this point by {@code asOf}. */
    public boolean due(LocalDate releasedOn, LocalDate asOf) {
        return !point.dueOn(releasedOn).isAfter(asOf);
    }

    /**
     * The latest release day whose point has come by {@code asOf}: every client released on or before it is due.
     * Found from {@link OutcomePoint#dueOn} itself, so that month ends (31 August + 6 months is 28 February) count
     * as they do for one client.
     */
    public LocalDate lastReleaseDueBy(LocalDate asOf) {
        LocalDate last = asOf.minusMonths(12).minusDays(1);
        while (due(last.plusDays(1), asOf)) {
            last = last.plusDays(1);
        }
        return last;
    }

    /** {@code count} clients due, released on {@code releasedOn}, back in custody first on {@code returnedOn}. */
    public void dueClients(LocalDate releasedOn, LocalDate returnedOn, long count) {
        due += count;
        if (returnedOn != null && !returnedOn.isAfter(point.dueOn(releasedOn))) {
            returned += count;
        }
    }

    /** {@code count} forms for this point, recorded by the day asked, of clients due, with these answers. */
    public void forms(boolean settledAccommodation, Occupation occupation, WhereNeeded addictionTreatment,
                      WhereNeeded debtAdvice, boolean supportContact, long count) {
        recorded += count;
        settled += settledAccommodation ? count : 0;
        occupied += occupation.occupied() ? count : 0;
        support += supportContact ? count : 0;
        addictionNeeded += addictionTreatment.needed() ? count : 0;
        addictionStarted += addictionTreatment == WhereNeeded.STARTED ? count : 0;
        debtNeeded += debtAdvice.needed() ? count : 0;
        debtAdvised += debtAdvice == WhereNeeded.STARTED ? count : 0;
    }

    public OutcomePointCounts counts() {
        return new OutcomePointCounts(point, due, recorded, settled, occupied, addictionNeeded,
                addictionStarted, debtNeeded, debtAdvised, support, returned);
    }
}
