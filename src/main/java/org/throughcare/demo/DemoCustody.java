package org.throughcare.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.throughcare.client.ClientQueries;
import org.throughcare.client.ClientView;
import org.throughcare.client.CustodyEventKind;
import org.throughcare.client.CustodyEvents;
import org.throughcare.client.EarlyReleaseType;
import org.throughcare.client.RecordCustodyEvent;
import org.throughcare.shared.Actor;
import org.throughcare.shared.ClientId;

/** Custody events in the demo: an early release granted and a transfer, so the custody history has something to show. */
@Component
class DemoCustody {

    private final CustodyEvents events;
    private final ClientQueries queries;
    private final Clock clock;

    DemoCustody(CustodyEvents events, ClientQueries queries, Clock clock) {
        this.events = events;
        this.queries = queries;
        this.clock = clock;
    }

    /** Up to three weeks early on home detention curfew, where the client's dates leave room; whether it was. */
    boolean earlyRelease(ClientId client, Actor coordinator) {
        ClientView view = queries.client(client, coordinator);
        LocalDate today = LocalDate.now(clock);
        LocalDate conditional = view.custody() == null ? null : view.custody().conditionalReleaseDate();
        if (conditional == null || !conditional.isAfter(today.plusDays(1))) {
            return false;
        }
        LocalDate start = view.custody().sentenceStart();
        LocalDate early = conditional.minusDays(21).isAfter(today) ? conditional.minusDays(21) : today.plusDays(1);
        if (start != null && !early.isAfter(start)) {
            return false;
        }
        events.record(client, CustodyEventKind.EARLY_RELEASE, new RecordCustodyEvent(early, null, null,
                EarlyReleaseType.HOME_DETENTION_CURFEW, null, "Granted home detention curfew by the prison",
                view.version()), coordinator);
        return true;
    }

    /**
     * Moved to the other of the two prisons a few days ago: its staff now see the client, the first's no longer.
     * Whether it was (a client at neither is not moved).
     */
    boolean transfer(ClientId client, UUID onePrison, UUID otherPrison, Actor coordinator) {
        ClientView view = queries.client(client, coordinator);
        UUID at = view.custody() == null ? null : view.custody().institutionId();
        UUID to = onePrison.equals(at) ? otherPrison : otherPrison.equals(at) ? onePrison : null;
        if (to == null) {
            return false;
        }
        LocalDate on = LocalDate.now(clock).minusDays(3);
        if (view.custody().sentenceStart() != null && on.isBefore(view.custody().sentenceStart())) {
            return false;
        }
        events.record(client, CustodyEventKind.TRANSFER, new RecordCustodyEvent(on, to, null, null, null,
                "Moved to take part in a treatment programme", view.version()), coordinator);
        return true;
    }
}
