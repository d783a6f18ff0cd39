package org.throughcare.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.throughcare.client.ClientQueries;
import org.throughcare.meeting.Attendance;
import org.throughcare.meeting.BookMeeting;
import org.throughcare.meeting.HoldMeeting;
import org.throughcare.meeting.MeetingHolding;
import org.throughcare.meeting.MeetingOutcomeView;
import org.throughcare.meeting.MeetingOutcomes;
import org.throughcare.meeting.RecordDecision;
import org.throughcare.plan.AssignMeasure;
import org.throughcare.plan.MeasureWork;
import org.throughcare.plan.MeasureType;
import org.throughcare.plan.Phase;
import org.throughcare.shared.InvalidInputException;
import org.throughcare.shared.NeedArea;
import org.throughcare.meeting.MeetingManagement;
import org.throughcare.meeting.PlaceKind;
import org.throughcare.shared.Actor;
import org.throughcare.shared.ClientId;

/**
 * Meetings in the demo: for the clients with plans, one entered afterwards (an earlier system's record), held with
 * minutes and a decision that became the social services' measure, and one to come at the prison with the social
 * worker invited; and, for the client about to be transferred, one booked at the
 * prison they then leave, so that it is flagged and its invitees are told.
 */
@Component
class DemoMeetings {

    private final MeetingManagement meetings;
    private final MeetingHolding holding;
    private final MeetingOutcomes outcomes;
    private final MeasureWork work;
    private final ClientQueries clients;
    private final Clock clock;

    DemoMeetings(MeetingManagement meetings, MeetingHolding holding, MeetingOutcomes outcomes, MeasureWork work,
                 ClientQueries clients, Clock clock) {
        this.outcomes = outcomes;
        this.work = work;
        this.meetings = meetings;
        this.holding = holding;
        this.clients = clients;
        this.clock = clock;
    }

    void schedule(List<ClientId> withPlans, Actor coordinator, Actor socialWorker) {
        LocalDate today = LocalDate.now(clock);
        String invited = "user:" + socialWorker.userId();
        for (ClientId client : withPlans) {
            LocalDate registered = clients.registeredOn(client).orElse(today);
            LocalDate earlier = today.minusDays(14).isBefore(registered) ? registered : today.minusDays(14);
            String karin = "user:" + coordinator.userId();
            UUID first = meetings.book(client, new BookMeeting(earlier, LocalTime.of(9, 0), 90, PlaceKind.INSTITUTION,
                    null, "Besöksrum 2", null, "Första mötet: behov, samtycke och vem som gör vad", true,
                    List.of(invited, karin), null, null), coordinator);
            if (LocalDateTime.of(earlier, LocalTime.of(9, 0)).isBefore(LocalDateTime.now(clock))) {
                held(client, first, invited, karin, coordinator, socialWorker, today);
            }
            meetings.book(client, new BookMeeting(today.plusDays(10), LocalTime.of(13, 30), 60, PlaceKind.INSTITUTION,
                    null, "Besöksrum 2", null, "Boende efter frigivningen och första dagen", true, List.of(invited),
                    null, null), coordinator);
        }
    }

    /**
     * The first meeting as it was held: both came, the client too, with minutes; it decided that the social services
     * help the client apply for financial assistance for the first month, a measure of theirs in the plan. Should the
     * consent not let the social services own it, the decision is kept without the measure.
     */
    private void held(ClientId client, UUID meeting, String invited, String karin, Actor coordinator,
                      Actor socialWorker, LocalDate today) {
        holding.hold(client, meeting, new HoldMeeting(true, List.of(
                new HoldMeeting.Entry(invited, Attendance.ATTENDED, null),
                new HoldMeeting.Entry(karin, Attendance.ATTENDED, null)),
                "Klienten berättade om sin situation och vad han oroar sig mest för inför frigivningen: pengar den "
                        + "första månaden och var han ska bo. Socialtjänsten tar med sig frågan om ekonomiskt bistånd.",
                null, 0L), coordinator);
        String decision = "Socialtjänsten hjälper klienten att ansöka om ekonomiskt bistånd för första månaden";
        try {
            holding.decide(client, meeting, new RecordDecision(decision, null, new AssignMeasure(
                    NeedArea.IDENTITY_DOCUMENTS_AND_BENEFITS, "Ansökan om ekonomiskt bistånd för första månaden",
                    MeasureType.BENEFITS, socialWorker.organisationId().value(), socialWorker.userId().value(), null,
                    Phase.IN_CUSTODY, today, today.plusWeeks(3), null)), coordinator);
            // Agreed at the table: the social services accepted it there and then.
            outcomes.outcome(client, meeting, coordinator).decisions().stream()
                    .filter(MeetingOutcomeView.Decision::measureNew).findFirst()
                    .ifPresent(d -> work.accept(client, d.measureId(), null, socialWorker));
        } catch (InvalidInputException e) {
            holding.decide(client, meeting, new RecordDecision(decision, null, null), coordinator);
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
