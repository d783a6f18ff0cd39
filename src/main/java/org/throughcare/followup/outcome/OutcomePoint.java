package org.throughcare.followup.outcome;

import java.time.LocalDate;

/** When an outcome is followed up: on release, and 6 and 12 months after it. */
public enum OutcomePoint {
    RELEASE(0), SIX_MONTHS(6), TWELVE_MONTHS(12);

    /** A form is overdue this many days after its point has come without one. */
    public static final int GRACE_DAYS = 30;

    private final int monthsAfterRelease;

    OutcomePoint(int monthsAfterRelease) {
        this.monthsAfterRelease = monthsAfterRelease;
    }

    public LocalDate dueOn(LocalDate releasedOn) {
        return releasedOn.plusMonths(monthsAfterRelease);
    }

    /**
     * The earliest date a form for this point may carry: the release itself, or a month before a later point
     * (a follow-up meeting a few weeks early still answers "how is it going half a year on").
     */
    public LocalDate earliestOn(LocalDate releasedOn) {
        return this == RELEASE ? releasedOn : dueOn(releasedOn).minusDays(GRACE_DAYS);
    }

    public LocalDate overdueAfter(LocalDate releasedOn) {
        return dueOn(releasedOn).plusDays(GRACE_DAYS);
    }
}
