package org.throughcare.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.throughcare.client.CaseloadFilter;
import org.throughcare.client.CaseloadLineView;
import org.throughcare.client.ClientQueries;
import org.throughcare.client.CustodyView;
import org.throughcare.client.Stage;
import org.throughcare.meeting.MeetingGenerator;
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
 * away. Written in batches and dated as if recorded live, like the year's clients ({@link MeetingGenerator}).
 */
@Component
class DemoYearMeetings {

    static final Map<Stage, int[]> CUSTODY_AND_AFTER = Map.of(Stage.ENROLLED, new int[] {2, 0},
            Stage.RELEASED, new int[] {2, 2}, Stage.COMPLETED, new int[] {2, 3},
            Stage.RETURNED_TO_CUSTODY, new int[] {3, 0});
    static final int[] LEAD_DAYS = {240, 20, 90, 25, 60, 240, 15, 75, 100, 28, 45, 120, 10, 80, 95};
    private static final int[] AFTER_RELEASE_DAYS = {14, 60, 120};

    private final MeetingGenerator generator;
    private final ClientQueries clients;
    private final Clock clock;
    private final List<MeetingGenerator.Held> held = new ArrayList<>();

    DemoYearMeetings(MeetingGenerator generator, ClientQueries clients, Clock clock) {
        this.generator = generator;
        this.clients = clients;
        this.clock = clock;
    }

    /**
     * The meetings of each coordinator's enrolled, released, completed and returned clients; {@code prisons}, one per
     * coordinator, is where their custody meetings are held when the record names no institution.
     */
    int hold(List<Actor> coordinators, List<UUID> prisons) {
        held.clear();
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
                LocalDate releaseOn = releaseOn(custody);
                if (counts[1] == 0 || releaseOn == null || releaseOn.isAfter(today)) {
                    inCustody(client, registered.plusDays(7), today.minusDays(1), counts[0], prison, releaseOn);
                    continue;
                }
                int lead = LEAD_DAYS[released++ % LEAD_DAYS.length];
                LocalDate first = latest(releaseOn.minusDays(lead), registered.plusDays(1));
                inCustody(client, first, releaseOn.minusDays(1), counts[0], prison, releaseOn);
                for (int i = 0; i < counts[1]; i++) {
                    LocalDate on = releaseOn.plusDays(AFTER_RELEASE_DAYS[i]);
                    meeting(client, on.isBefore(today) ? on : today.minusDays(counts[1] - i), PlaceKind.PROBATION_OFFICE,
                            coordinator.unitId().value(), releaseOn);
                }
            }
        }
        return generator.write(held, coordinators.get(0).userId().value());
    }

    /** The release date a meeting booked now would be held against, as the meeting module reads it. */
    private static LocalDate releaseOn(CustodyView custody) {
        if (custody == null) {
            return null;
        }
        return custody.releasedOn() != null ? custody.releasedOn()
                : custody.earlyReleaseDate() != null ? custody.earlyReleaseDate() : custody.conditionalReleaseDate();
    }

    /** {@code count} meetings at the prison, the first on {@code first}, the rest spread evenly up to {@code last}. */
    private void inCustody(ClientId client, LocalDate first, LocalDate last, int count, UUID prison,
                           LocalDate releaseOn) {
        LocalDate start = first.isAfter(last) ? last : first;
        long span = ChronoUnit.DAYS.between(start, last);
        for (int i = 0; i < count; i++) {
            meeting(client, start.plusDays(span * i / Math.max(1, count - 1)), PlaceKind.INSTITUTION, prison,
                    releaseOn);
        }
    }

    private void meeting(ClientId client, LocalDate on, PlaceKind place, UUID placeId, LocalDate releaseOn) {
        boolean clientCame = held.size() % 7 != 6;
        held.add(new MeetingGenerator.Held(client.value(), on, LocalTime.of(9 + held.size() % 6, 0), place, placeId,
                releaseOn, clientCame, place == PlaceKind.INSTITUTION ? "Planering inför frigivningen"
                        : "Uppföljning efter frigivningen", clientCame ? null : "Klienten kom inte; nytt möte bokas."));
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
