package org.throughcare.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.throughcare.client.CaseloadFilter;
import org.throughcare.client.CaseloadLineView;
import org.throughcare.client.ClientQueries;
import org.throughcare.client.CustodyView;
import org.throughcare.client.Stage;
import org.throughcare.meeting.BookMeeting;
import org.throughcare.meeting.HoldMeeting;
import org.throughcare.meeting.MeetingHolding;
import org.throughcare.meeting.MeetingManagement;
import org.throughcare.meeting.PlaceKind;
import org.throughcare.shared.Actor;
import org.throughcare.shared.ClientId;
import org.throughcare.shared.PageRequest;

/**
 * The trial year's meetings, held on their own past days by each office's coordinator: two in custody for every
 * enrolled client, then two after release for the released, three for those who completed, and three for the two
 * back in custody — 17 in Umeå, 4 in Norrköping, 53 in Göteborg (74, seven in ten in one city, 44 in custody).
 * The first meeting comes at a lead time before release taken in turn from {@link #LEAD_DAYS} (as the Swedish
 * evaluation found: three months on average, two at eight months, five under one month), never before the client
 * was registered: the generated clients come late, so the leads run from 10 days to six months. Every seventh meeting the client stayed
 * away. Booked on a past day, each is marked as entered afterwards, which is what it is.
 */
@Component
class DemoYearMeetings {

    static final Map<Stage, int[]> CUSTODY_AND_AFTER = Map.of(Stage.ENROLLED, new int[] {2, 0},
            Stage.RELEASED, new int[] {2, 2}, Stage.COMPLETED, new int[] {2, 3},
            Stage.RETURNED_TO_CUSTODY, new int[] {3, 0});
    static final int[] LEAD_DAYS = {240, 20, 90, 25, 60, 240, 15, 75, 100, 28, 45, 120, 10, 80, 95};
    private static final int[] AFTER_RELEASE_DAYS = {14, 60, 120};

    private final MeetingManagement meetings;
    private final MeetingHolding holding;
    private final ClientQueries clients;
    private final Clock clock;
    private int held;

    DemoYearMeetings(MeetingManagement meetings, MeetingHolding holding, ClientQueries clients, Clock clock) {
        this.meetings = meetings;
        this.holding = holding;
        this.clients = clients;
        this.clock = clock;
    }

    /**
     * The meetings of each coordinator's enrolled, released, completed and returned clients; {@code prisons}, one per
     * coordinator, is where their custody meetings are held when the record names no institution.
     */
    void hold(List<Actor> coordinators, List<UUID> prisons) {
        LocalDate today = LocalDate.now(clock);
        int released = 0;
        for (int c = 0; c < coordinators.size(); c++) {
            Actor coordinator = coordinators.get(c);
            List<CaseloadLineView> caseload = clients.caseload(CaseloadFilter.of(true, CUSTODY_AND_AFTER.keySet(), null,
                    CaseloadFilter.Sort.NAME, false), PageRequest.of(0, PageRequest.MAX_SIZE), coordinator).items();
            for (CaseloadLineView line : caseload) {
                ClientId client = new ClientId(line.id());
                int[] counts = CUSTODY_AND_AFTER.get(line.stage());
                LocalDate registered = clients.registeredOn(client).orElse(today.minusMonths(6));
                CustodyView custody = clients.client(client, coordinator).custody();
                UUID prison = custody != null && custody.institutionId() != null ? custody.institutionId()
                        : prisons.get(c);
                LocalDate releasedOn = counts[1] == 0 || custody == null ? null
                        : custody.releasedOn() != null ? custody.releasedOn() : custody.conditionalReleaseDate();
                if (releasedOn == null || releasedOn.isAfter(today)) {
                    inCustody(client, registered.plusDays(7), today.minusDays(1), counts[0], prison, coordinator);
                    continue;
                }
                int lead = LEAD_DAYS[released++ % LEAD_DAYS.length];
                LocalDate first = latest(releasedOn.minusDays(lead), registered.plusDays(1));
                inCustody(client, first, releasedOn.minusDays(1), counts[0], prison, coordinator);
                for (int i = 0; i < counts[1]; i++) {
                    LocalDate on = releasedOn.plusDays(AFTER_RELEASE_DAYS[i]);
                    meeting(client, on.isBefore(today) ? on : today.minusDays(counts[1] - i), PlaceKind.PROBATION_OFFICE,
                            null, coordinator);
                }
            }
        }
    }

    /** How many the last {@link #hold} held: for the log and the tests. */
    int held() {
        return held;
    }

    /** {@code count} meetings at the prison, the first on {@code first}, the rest spread evenly up to {@code last}. */
    private void inCustody(ClientId client, LocalDate first, LocalDate last, int count, UUID prison,
                           Actor coordinator) {
        LocalDate start = first.isAfter(last) ? last : first;
        long span = ChronoUnit.DAYS.between(start, last);
        for (int i = 0; i < count; i++) {
            meeting(client, start.plusDays(span * i / Math.max(1, count - 1)), PlaceKind.INSTITUTION, prison,
                    coordinator);
        }
    }

    private void meeting(ClientId client, LocalDate on, PlaceKind place, UUID placeId, Actor coordinator) {
        LocalTime at = LocalTime.of(9 + held % 6, 0);
        UUID id = meetings.book(client, new BookMeeting(on, at, 60, place, placeId,
                place == PlaceKind.INSTITUTION ? "Besöksrum 1" : null, null,
                place == PlaceKind.INSTITUTION ? "Planering inför frigivningen" : "Uppföljning efter frigivningen",
                true, List.of(), null, null), coordinator);
        boolean clientCame = held % 7 != 6;
        holding.hold(client, id, new HoldMeeting(clientCame, List.of(), clientCame ? null
                : "Klienten kom inte; nytt möte bokas.", null, 0L), coordinator);
        held++;
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
