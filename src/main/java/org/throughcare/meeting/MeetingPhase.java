package org.throughcare.meeting;

import java.time.LocalDate;

/** Whether a meeting falls in custody or after release, decided against the release date known at the time. */
public enum MeetingPhase {
    IN_CUSTODY, AFTER_RELEASE;

    /** Before the release day is in custody; the release day itself and later are after release. */
    public static MeetingPhase of(LocalDate day, LocalDate releaseOn) {
        return releaseOn == null || day.isBefore(releaseOn) ? IN_CUSTODY : AFTER_RELEASE;
    }
}
