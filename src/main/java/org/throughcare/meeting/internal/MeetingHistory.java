package org.throughcare.meeting.internal;

import java.util.UUID;
import org.springframework.stereotype.Component;
import org.throughcare.audit.AuditEvent;
import org.throughcare.audit.AuditLog;
import org.throughcare.shared.ClientId;

/** Every change to a meeting, in one place: appended to the meeting's history and written to the audit log. */
@Component
public class MeetingHistory {

    private final Meetings meetings;
    private final AuditLog audit;

    MeetingHistory(Meetings meetings, AuditLog audit) {
        this.meetings = meetings;
        this.audit = audit;
    }

    /** Audited as {@code MEETING_<kind>} (MEETING_BOOKED, MEETING_RESCHEDULED, …) about the client. */
    public void record(ClientId client, UUID meeting, Meetings.Change change) {
        meetings.recordChange(meeting, change);
        audit.record(AuditEvent.change("MEETING_" + change.kind(), "client", client, meeting.toString()));
    }
}
