package org.throughcare.meeting.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import org.throughcare.meeting.AbsenceReason;
import org.throughcare.meeting.Attendance;
import org.throughcare.meeting.HoldMeeting;
import org.throughcare.meeting.MeetingOutcomeView;
import org.throughcare.shared.InvalidInputException;

/**
 * The record of a held meeting as a page sends it: one choice per invitee, {@code <invitee key>|<answer>}, where the
 * answer is ATTENDED, LATE or ABSENT:<reason>, and an empty answer leaves the invitee unrecorded.
 */
record RecordForm(@NotNull Boolean clientAttended, List<@Size(max = 120) String> attendance,
                  @Size(max = 8000) String minutes, @Size(max = 1000) String correction, @NotNull Long version) {

    static final String SEPARATOR = "|";

    /** The answers a page offers for one invitee, in order. */
    static List<String> answers() {
        List<String> answers = new ArrayList<>(List.of(Attendance.ATTENDED.name(), Attendance.LATE.name()));
        for (AbsenceReason reason : AbsenceReason.values()) {
            answers.add(Attendance.ABSENT.name() + ":" + reason.name());
        }
        return answers;
    }

    /** The form for a meeting: what is recorded now, or everyone invited as attended. */
    static RecordForm of(List<String> keys, MeetingOutcomeView outcome, long version) {
        List<String> chosen = new ArrayList<>();
        MeetingOutcomeView.Record current = outcome.current();
        for (int i = 0; i < keys.size(); i++) {
            String answer = Attendance.ATTENDED.name();
            if (current != null) {
                answer = "";
                for (MeetingOutcomeView.Attended a : current.attendance()) {
                    if (keys.get(i).equals(org.throughcare.meeting.InviteeView.key(a.invitee().userId(),
                            a.invitee().contactId()))) {
                        answer = a.attendance() == Attendance.ABSENT
                                ? Attendance.ABSENT.name() + ":" + a.absenceReason().name() : a.attendance().name();
                    }
                }
            }
            chosen.add(keys.get(i) + SEPARATOR + answer);
        }
        return new RecordForm(current == null || current.clientAttended(), chosen,
                current == null ? null : current.minutes(), null, version);
    }

    HoldMeeting toCommand() {
        List<HoldMeeting.Entry> entries = new ArrayList<>();
        for (String value : attendance == null ? List.<String>of() : attendance) {
            int at = value == null ? -1 : value.lastIndexOf(SEPARATOR);
            if (at < 0) {
                throw new InvalidInputException("attendance", "validation.meeting.attendeeNotInvited");
            }
            String answer = value.substring(at + 1);
            if (answer.isEmpty()) {
                continue;
            }
            entries.add(entry(value.substring(0, at), answer));
        }
        return new HoldMeeting(clientAttended, entries, minutes, correction, version);
    }

    private static HoldMeeting.Entry entry(String key, String answer) {
        try {
            if (answer.startsWith(Attendance.ABSENT.name() + ":")) {
                return new HoldMeeting.Entry(key, Attendance.ABSENT,
                        AbsenceReason.valueOf(answer.substring(Attendance.ABSENT.name().length() + 1)));
            }
            return new HoldMeeting.Entry(key, Attendance.valueOf(answer), null);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("attendance", "validation.meeting.absenceReasonMissing");
        }
    }
}
