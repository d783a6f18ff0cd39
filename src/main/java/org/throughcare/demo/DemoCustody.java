package org.throughcare.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.throughcare.client.ClientQueries;
import org.throughcare.client.ReferralDayRule;
import org.throughcare.client.ClientView;
import org.throughcare.client.CustodyEventKind;
import org.throughcare.client.CustodyEvents;
import org.throughcare.client.EarlyReleaseType;
import org.throughcare.client.RecordCustodyEvent;
import org.throughcare.group.ConsentForm;
import org.throughcare.group.ConsentManagement;
import org.throughcare.group.RecordConsent;
import org.throughcare.shared.Actor;
import org.throughcare.shared.ClientId;
import org.throughcare.shared.DataCategory;

/**
 * Custody events in the demo: an early release granted, a transfer and a moved release date, so the custody history
 * has something to show and the partners' inboxes have notices of them. The client released early consents to the
 * social services knowing their custody facts, so the group's social worker is told; the client transferred has
 * given no consent yet, so the coordinator sees the social worker "not notified: consent does not cover custody
 * facts" (and the demo keeps an enrolled client whose group has no consent).
 */
@Component
class DemoCustody {

    private final CustodyEvents events;
    private final ClientQueries queries;
    private final ConsentManagement consents;
    private final Clock clock;
    private final ReferralDayRule referralDay;

    DemoCustody(CustodyEvents events, ClientQueries queries, ConsentManagement consents, Clock clock,
                ReferralDayRule referralDay) {
        this.referralDay = referralDay;
        this.events = events;
        this.queries = queries;
        this.consents = consents;
        this.clock = clock;
    }

    /** The client agreed that the social services may know their custody facts, so they hear of the event. */
    /** The demo's records of a case begin no earlier than its referral, as the application requires. */
    LocalDate notBeforeReferral(ClientId client, LocalDate wanted) {
        return referralDay.notBefore(client, wanted);
    }

    private void consentToCustodyFacts(ClientId client, UUID socialServices, Actor coordinator) {
        LocalDate today = LocalDate.now(clock);
        consents.record(client, new RecordConsent(ConsentForm.DIGITAL, notBeforeReferral(client, today.minusWeeks(4)), null, true, "2026-1",
                null, List.of(socialServices), List.of(DataCategory.BASIC_AND_CUSTODY)), null,
                coordinator);
    }

    /** The prison moved the conditional release date a week later; whether there was one to move. */
    boolean moveRelease(ClientId client, Actor coordinator) {
        ClientView view = queries.client(client, coordinator);
        LocalDate conditional = view.custody() == null ? null : view.custody().conditionalReleaseDate();
        if (conditional == null || !conditional.isAfter(LocalDate.now(clock))) {
            return false;
        }
        events.record(client, CustodyEventKind.RELEASE_DATE, new RecordCustodyEvent(conditional.plusWeeks(1), null,
                null, null, null, "The prison recalculated the sentence after a new decision", view.version()),
                coordinator);
        return true;
    }

    /** Up to three weeks early on home detention curfew, where the client's dates leave room; whether it was. */
    boolean earlyRelease(ClientId client, UUID socialServices, Actor coordinator) {
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
        consentToCustodyFacts(client, socialServices, coordinator);
        view = queries.client(client, coordinator);
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
