package org.throughcare.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.throughcare.client.ReferralDayRule;
import org.throughcare.directory.ServiceManagement;
import org.throughcare.directory.ServiceSearch;
import org.throughcare.directory.ServiceView;
import org.throughcare.group.ConsentForm;
import org.throughcare.group.ConsentManagement;
import org.throughcare.group.RecordConsent;
import org.throughcare.referral.GoalOutcome;
import org.throughcare.referral.MoveReferral;
import org.throughcare.referral.ReferralManagement;
import org.throughcare.referral.ReferralStatus;
import org.throughcare.referral.ReferralTimeline;
import org.throughcare.referral.SendReferral;
import org.throughcare.referral.Urgency;
import org.throughcare.shared.Actor;
import org.throughcare.shared.ClientId;
import org.throughcare.shared.DataCategory;
import org.throughcare.shared.NeedArea;
import org.throughcare.shared.PageRequest;

/**
 * Referrals from the demo coordinator's clients with plans to Umeå's services, in every state: sent, accepted,
 * declined with a reason, waiting for 40 days, started, completed with an outcome, ended early and cancelled —
 * made through the referral module as its users would, then dated back to the weeks they were made in.
 */
@Component
class DemoReferrals {

    private final ReferralManagement referrals;
    private final ReferralTimeline timeline;
    private final ConsentManagement consents;
    private final ServiceManagement services;
    private final Clock clock;
    private final ReferralDayRule referralDay;

    DemoReferrals(ReferralManagement referrals, ReferralTimeline timeline, ConsentManagement consents,
                  ServiceManagement services, Clock clock, ReferralDayRule referralDay) {
        this.referralDay = referralDay;
        this.referrals = referrals;
        this.timeline = timeline;
        this.consents = consents;
        this.services = services;
        this.clock = clock;
    }

    /** {@code clients}: three clients with plans; the workers answer for addiction care, social services and work. */
    void make(List<ClientId> clients, UUID addictionCare, Actor coordinator, Actor addictionWorker,
              Actor socialWorker, Actor employmentWorker) {
        if (clients.size() < 3) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        UUID addiction = service(addictionCare, "Öppenvårdsbehandling vid beroende");
        UUID debt = service(socialWorker.organisationId().value(), "Budget- och skuldrådgivning");
        UUID work = service(employmentWorker.organisationId().value(), "Arbetsträning och praktik");
        for (ClientId client : clients) {
            consents.record(client, new RecordConsent(ConsentForm.DIGITAL,
                    referralDay.notBefore(client, today.minusMonths(5)), null, true, "2026-1",
                    null, List.of(addictionCare), List.of(DataCategory.BASIC_AND_CUSTODY,
                            DataCategory.HEALTH_AND_SUBSTANCE_USE)), null, coordinator);
        }
        ClientId first = clients.get(0);
        ClientId second = clients.get(1);
        ClientId third = clients.get(2);

        UUID completed = send(first, addiction, NeedArea.SUBSTANCE_USE, "Amfetaminberoende sedan tonåren; vill inte "
                + "tillbaka till gamla umgänget efter frigivningen.", "Vill gå i grupp, inte bo på behandlingshem",
                List.of("Drogfri i tre månader", "Delta i en öppenvårdsgrupp varje vecka"), coordinator);
        move(first, completed, addictionWorker, ReferralStatus.ACCEPTED, 0);
        move(first, completed, addictionWorker, ReferralStatus.STARTED, 1);
        referrals.move(first, completed, new MoveReferral(ReferralStatus.COMPLETED, null, null,
                List.of(GoalOutcome.ACHIEVED, GoalOutcome.PARTLY_ACHIEVED),
                "Fullföljde gruppen; ett återfall vecka sex som han själv tog upp.", 2L), addictionWorker);
        timeline.dateBack(completed, 120, 115, 100, 10);

        UUID sent = send(first, debt, NeedArea.FINANCE_AND_DEBT, "Skulder hos Kronofogden som han inte har överblick "
                + "över.", null, List.of("En budget och en plan för skulderna"), coordinator);
        timeline.dateBack(sent, 3);

        UUID waiting = send(second, addiction, NeedArea.SUBSTANCE_USE, "Alkohol varje dag före gripandet; "
                + "motiverad för behandling.", "Helst kvällstid, han vill arbeta dagtid",
                List.of("Minska sitt drickande", "Ett nätverk utan alkohol"), coordinator);
        move(second, waiting, addictionWorker, ReferralStatus.ACCEPTED, 0);
        referrals.move(second, waiting, new MoveReferral(ReferralStatus.WAITING, null, today.plusDays(14), List.of(),
                null, 1L), addictionWorker);
        timeline.dateBack(waiting, 40, 36, 35);

        UUID started = send(second, work, NeedArea.EMPLOYMENT_EDUCATION_TRAINING, "Vill arbeta med händerna; "
                + "har truckkort.", null, List.of("Praktik på ett lager"), coordinator);
        move(second, started, employmentWorker, ReferralStatus.ACCEPTED, 0);
        move(second, started, employmentWorker, ReferralStatus.STARTED, 1);
        timeline.dateBack(started, 30, 28, 14);

        UUID endedEarly = send(second, debt, NeedArea.FINANCE_AND_DEBT, "Obetalda hyror och sms-lån.", null,
                List.of("En avbetalningsplan med hyresvärden"), coordinator);
        move(second, endedEarly, socialWorker, ReferralStatus.ACCEPTED, 0);
        move(second, endedEarly, socialWorker, ReferralStatus.STARTED, 1);
        referrals.move(second, endedEarly, new MoveReferral(ReferralStatus.ENDED_EARLY,
                "Slutade komma efter tre besök.", null, List.of(GoalOutcome.NOT_ACHIEVED),
                "Budgeten är gjord; planen med hyresvärden kom aldrig till stånd.", 2L), socialWorker);
        timeline.dateBack(endedEarly, 60, 58, 50, 30);

        UUID declined = send(third, addiction, NeedArea.SUBSTANCE_USE, "Cannabis dagligen; vill sluta.", null,
                List.of("Drogfri efter frigivningen"), coordinator);
        referrals.move(third, declined, new MoveReferral(ReferralStatus.DECLINED, "Han ska bo i Skellefteå efter "
                + "frigivningen; beroendevården där tar emot honom.", null, List.of(), null, 0L), addictionWorker);
        timeline.dateBack(declined, 20, 18);

        UUID accepted = send(third, debt, NeedArea.FINANCE_AND_DEBT, "Vill ansöka om skuldsanering.", null,
                List.of("En ansökan om skuldsanering"), coordinator);
        move(third, accepted, socialWorker, ReferralStatus.ACCEPTED, 0);
        timeline.dateBack(accepted, 6, 2);

        UUID cancelled = send(third, work, NeedArea.EMPLOYMENT_EDUCATION_TRAINING, "Behöver arbetslivserfarenhet.",
                null, List.of("En praktikplats"), coordinator);
        referrals.move(third, cancelled, new MoveReferral(ReferralStatus.CANCELLED, "Har fått en anställning på "
                + "egen hand.", null, List.of(), null, 0L), coordinator);
        timeline.dateBack(cancelled, 25, 12);
    }

    private UUID send(ClientId client, UUID service, NeedArea area, String reason, String wishes, List<String> goals,
                      Actor coordinator) {
        return referrals.send(client, new SendReferral(service, area, reason, Urgency.ROUTINE, wishes, goals, null,
                null), coordinator);
    }

    private void move(ClientId client, UUID referral, Actor actor, ReferralStatus to, long version) {
        referrals.move(client, referral, new MoveReferral(to, null, null, List.of(), null, version), actor);
    }

    private UUID service(UUID organisation, String name) {
        return services.search(new ServiceSearch(null, null, null, null, false, organisation, null,
                        ServiceSearch.Sort.NAME, false), PageRequest.of(0, PageRequest.MAX_SIZE)).items().stream()
                .filter(s -> s.name().equals(name)).map(ServiceView::id).findFirst().orElseThrow();
    }
}
