package org.throughcare.meeting;

/** How an invitee took part in a held meeting; an absence has an {@link AbsenceReason}. */
public enum Attendance {
    ATTENDED, LATE, ABSENT;

    /** Present at the meeting, on time or late: counts towards the agencies present. */
    public boolean present() {
        return this != ABSENT;
    }
}
