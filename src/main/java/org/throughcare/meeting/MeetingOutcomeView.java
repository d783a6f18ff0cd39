package org.throughcare.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What became of a meeting, as the reader may see it. That it was held and who attended is a custody fact, shown to
 * everyone who may see the meeting; the minutes, the decisions and the reasons for corrections are what was said,
 * shown only with meeting-minutes consent ({@code minutesReadable}; otherwise null and empty). {@code current} is the
 * latest record (null: not recorded), {@code earlier} the records it corrected, newest first. {@code mayRecord}: the
 * reader manages the case and the meeting has started and was not cancelled, so it can be recorded or corrected. {@code nextMeetingId}/{@code nextMeetingOn}: the client's next meeting still to come after
 * this one (null: none booked).
 */
public record MeetingOutcomeView(UUID meetingId, MeetingStatus status, boolean minutesReadable, Record current,
                                 List<Record> earlier, List<Decision> decisions, boolean mayRecord,
                                 UUID nextMeetingId, LocalDate nextMeetingOn) {

    /** One revision of what happened; {@code minutes} and {@code correction} only with minutes consent. */
    public record Record(int revision, boolean clientAttended, List<Attended> attendance, String minutes,
                         String correction, String recordedBy, Instant recordedAt) {
    }

    /** One invitee's attendance; the invitee named as the meeting's invitee list names them to this reader. */
    public record Attended(InviteeView invitee, Attendance attendance, AbsenceReason absenceReason) {
    }

    /** A decision; {@code measureId} the measure it created ({@code measureNew}) or changed. */
    public record Decision(UUID id, String text, UUID measureId, boolean measureNew, String decidedBy,
                           Instant decidedAt) {
    }
}
