package org.throughcare.notification.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.throughcare.meeting.MeetingBooked;
import org.throughcare.meeting.MeetingCalendar;
import org.throughcare.meeting.MeetingCancelled;
import org.throughcare.meeting.MeetingRescheduled;
import org.throughcare.identity.IdentityManagement;
import org.throughcare.notification.mail.InvitationMail;
import org.throughcare.shared.AccessGate;
import org.throughcare.shared.AccessGate.Action;
import org.throughcare.shared.Actor;
import org.throughcare.shared.ClientId;
import org.throughcare.shared.DataCategory;

/**
 * Each invitee with an account gets a meeting's calendar invitation by e-mail when it is booked or moved, and its
 * cancellation when it is cancelled; the one who booked it too, if invited (they want it in their calendar as much as
 * anyone). Like the inbox notice, only while the gate lets them read the client's custody facts, the category a
 * meeting's time and place belong to: a refusal is audited and nothing is queued. The invitation is queued at the
 * meeting's current SEQUENCE, so a redelivered event, or a booking delivered after the move that followed it, adds
 * no second e-mail.
 */
@Component
class MeetingInvitationListener {

    private static final String PURPOSE = "calendar invitation";

    private final MeetingCalendar calendar;
    private final InvitationMail mail;
    private final IdentityManagement identity;
    private final AccessGate gate;

    MeetingInvitationListener(MeetingCalendar calendar, InvitationMail mail, IdentityManagement identity,
                              AccessGate gate) {
        this.calendar = calendar;
        this.mail = mail;
        this.identity = identity;
        this.gate = gate;
    }

    @ApplicationModuleListener
    void on(MeetingBooked event) {
        invite(event.clientId(), event.meetingId(), event.invitedUsers(), event.at());
    }

    @ApplicationModuleListener
    void on(MeetingRescheduled event) {
        invite(event.clientId(), event.meetingId(), event.invitedUsers(), event.at());
    }

    @ApplicationModuleListener
    void on(MeetingCancelled event) {
        invite(event.clientId(), event.meetingId(), event.invitedUsers(), event.at());
    }

    private void invite(ClientId client, UUID meeting, List<UUID> invited, Instant at) {
        if (!mail.enabled()) {
            return;
        }
        int sequence = calendar.sequence(meeting);
        for (UUID user : invited.stream().distinct().toList()) {
            Optional<Actor> invitee = identity.activeActor(user);
            if (invitee.isPresent()
                    && gate.check(invitee.get(), client, DataCategory.BASIC_AND_CUSTODY, Action.READ, PURPOSE).allows()) {
                mail.invited(meeting, sequence, user, at);
            }
        }
    }
}
