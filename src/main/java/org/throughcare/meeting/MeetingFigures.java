package org.throughcare.meeting;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The meeting figures the Swedish trial's evaluation compared offices by, for one client or one probation office:
 * meetings held, in custody and after release, the first meeting's lead time in days before release (a client's own;
 * an office's average over its clients who had one; null: none), the share of held meetings the client attended and
 * the average number of agencies present (null: nothing held). {@code perMeeting} lists a client's held meetings;
 * for an office it is empty and {@code clients} counts the clients with a meeting held.
 */
public record MeetingFigures(int clients, int meetingsHeld, int heldInCustody, int heldAfterRelease,
                             Double firstMeetingLeadDays, Double clientAttendanceRate, Double agenciesPresentAverage,
                             List<HeldMeeting> perMeeting) {

    /** One held meeting: its day, phase, whether the client attended, and how many agencies were present. */
    public record HeldMeeting(UUID meetingId, LocalDate heldOn, MeetingPhase phase, boolean clientAttended,
                              int agenciesPresent) {
    }
}
