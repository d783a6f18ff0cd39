package org.throughcare.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.springframework.stereotype.Component;
import org.throughcare.client.ClientQueries;
import org.throughcare.meeting.BookMeeting;
import org.throughcare.meeting.MeetingManagement;
import org.throughcare.meeting.PlaceKind;
import org.throughcare.shared.Actor;
import org.throughcare.shared.ClientId;

/**
 * Meetings in the demo: for the clients with plans, one entered afterwards (an earlier system's record) and one to
 * come at the prison with the social worker invited; and, for the client about to be transferred, one booked at the
 * prison they then leave, so that it is flagged and its invitees are told.
 */
@Component
class DemoMeetings {

    private final MeetingManagement meetings;
    private final ClientQueries clients;
    private final Clock clock;

    DemoMeetings(MeetingManagement meetings, ClientQueries clients, Clock clock) {
        this.meetings = meetings;
        this.clients = clients;
        this.clock = clock;
    }

    void schedule(List<ClientId> withPlans, Actor coordinator, Actor socialWorker) {
        LocalDate today = LocalDate.now(clock);
        String invited = "user:" + socialWorker.userId();
        for (ClientId client : withPlans) {
            LocalDate registered = clients.registeredOn(client).orElse(today);
            LocalDate earlier = today.minusDays(14).isBefore(registered) ? registered : today.minusDays(14);
            meetings.book(client, new BookMeeting(earlier, LocalTime.of(9, 0), 90, PlaceKind.INSTITUTION, null,
                    "Besöksrum 2", null, "Första mötet: behov, samtycke och vem som gör vad", true, List.of(invited),
                    null, null), coordinator);
            meetings.book(client, new BookMeeting(today.plusDays(10), LocalTime.of(13, 30), 60, PlaceKind.INSTITUTION,
                    null, "Besöksrum 2", null, "Boende efter frigivningen och första dagen", true, List.of(invited),
                    null, null), coordinator);
        }
    }

    /** A meeting at the prison holding the client now, booked before they are moved. */
    void beforeTransfer(ClientId client, Actor coordinator) {
        var custody = clients.client(client, coordinator).custody();
        if (custody == null || custody.institutionId() == null) {
            return;
        }
        meetings.book(client, new BookMeeting(LocalDate.now(clock).plusDays(12), LocalTime.of(10, 0), 60,
                PlaceKind.INSTITUTION, null, "Besöksrum 1", null, "Planering inför frigivningen", true, List.of(),
                null, null), coordinator);
    }
}
