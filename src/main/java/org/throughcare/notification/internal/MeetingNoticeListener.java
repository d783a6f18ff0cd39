package org.throughcare.notification.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.throughcare.meeting.MeetingBooked;
import org.throughcare.meeting.MeetingCancelled;
import org.throughcare.meeting.MeetingNoLongerFits;
import org.throughcare.meeting.MeetingRescheduled;
import org.throughcare.notification.NoticeKind;
import org.throughcare.notification.internal.Notifier.Happening;
import org.throughcare.notification.internal.Notifier.Person;
import org.throughcare.shared.ClientId;
import org.throughcare.shared.UserId;

/**
 * Each invitee with an account is told of a meeting booked, moved or cancelled, or no longer fitting the custody
 * facts (with the case's managers), in the inbox, if the gate lets them
 * read the client's custody facts. The key is the meeting and the moment of the change, so a redelivery tells
 * nobody again. The notice names the day; the agenda stays behind the gate on the meeting page.
 */
@Component
class MeetingNoticeListener {

    private final Notifier notifier;
    private final NoticeListener recipients;

    MeetingNoticeListener(Notifier notifier, NoticeListener recipients) {
        this.notifier = notifier;
        this.recipients = recipients;
    }

    /** The invitees and the case's managers: a meeting that no longer fits is the coordinator's to put right. */
    @ApplicationModuleListener
    void on(MeetingNoLongerFits event) {
        List<Person> people = new java.util.ArrayList<>(event.invitedUsers().stream().map(Person::user).toList());
        people.addAll(recipients.caseManagers(event.clientId()));
        notifier.tell(new Happening("meeting-no-longer-fits:" + event.meetingId() + ":" + event.cause(),
                NoticeKind.MEETING_NO_LONGER_FITS, event.clientId(), null, event.on(), event.meetingId(), null, null),
                people);
    }

    @ApplicationModuleListener
    void on(MeetingBooked event) {
        tell("meeting-booked", NoticeKind.MEETING_BOOKED, event.clientId(), event.meetingId(), event.on(),
                event.invitedUsers(), event.by(), event.at());
    }

    @ApplicationModuleListener
    void on(MeetingRescheduled event) {
        tell("meeting-rescheduled", NoticeKind.MEETING_RESCHEDULED, event.clientId(), event.meetingId(), event.on(),
                event.invitedUsers(), event.by(), event.at());
    }

    @ApplicationModuleListener
    void on(MeetingCancelled event) {
        tell("meeting-cancelled", NoticeKind.MEETING_CANCELLED, event.clientId(), event.meetingId(), event.on(),
                event.invitedUsers(), event.by(), event.at());
    }

    private void tell(String prefix, NoticeKind kind, ClientId client, UUID meeting, java.time.LocalDate on,
                      List<UUID> invited, UserId by, java.time.Instant at) {
        notifier.tell(new Happening(prefix + ":" + meeting + ":" + at, kind, client, null, on, meeting, by, null),
                invited.stream().map(Person::user).toList());
    }
}
