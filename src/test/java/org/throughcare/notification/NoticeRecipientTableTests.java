package org.throughcare.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.throughcare.IntegrationTest;
import org.throughcare.shared.NeedArea;
import org.throughcare.client.ClientManagement;
import org.throughcare.client.CustodyEventKind;
import org.throughcare.client.CustodyEvents;
import org.throughcare.client.EarlyReleaseType;
import org.throughcare.client.HandOverCase;
import org.throughcare.client.RecordCustodyEvent;
import org.throughcare.client.ReturnReason;
import org.throughcare.group.ConsentManagement;
import org.throughcare.group.GroupManagement;
import org.throughcare.group.RecordConsent;
import org.throughcare.group.WithdrawConsent;
import org.throughcare.group.internal.ConsentExpiryCheck;
import org.throughcare.identity.CreateUser;
import org.throughcare.identity.IdentityManagement;
import org.throughcare.meeting.BookMeeting;
import org.throughcare.meeting.CancelMeeting;
import org.throughcare.meeting.MeetingManagement;
import org.throughcare.meeting.PlaceKind;
import org.throughcare.plan.AssignMeasure;
import org.throughcare.plan.DeclineMeasure;
import org.throughcare.plan.MeasureType;
import org.throughcare.plan.MeasureWork;
import org.throughcare.plan.Phase;
import org.throughcare.plan.PlanFixtures;
import org.throughcare.plan.PlanManagement;
import org.throughcare.shared.Actor;
import org.throughcare.referral.GoalOutcome;
import org.throughcare.referral.MoveReferral;
import org.throughcare.referral.ReferralManagement;
import org.throughcare.referral.ReferralStatus;
import org.throughcare.referral.SendReferral;
import org.throughcare.referral.Urgency;
import org.throughcare.shared.ClientId;
import org.throughcare.shared.DataCategory;
import org.throughcare.shared.OrganisationId;
import org.throughcare.shared.Role;

/**
 * "Who is told of what" (the table in the notification module's package-info), stated here on its own and played
 * through on one client, event by event: for each kind of event, exactly the people the table names get a notice;
 * where the table says "consent decides", the one whose consent covers what the notice reveals is told, the one
 * whose consent does not is not (and the coordinator sees why, or the gate's refusal is audited). Nobody is told
 * of their own change, so each step's maker is taken out of what the table expects.
 */
@IntegrationTest
class NoticeRecipientTableTests {

    /** Whom a notice may go to. */
    enum Recipient {
        GROUP_MEMBER, COORDINATOR, OFFICE_MANAGER, RECEIVING_PRISON_STAFF, MUNICIPAL_SOCIAL_SERVICES,
        MEASURE_RESPONSIBLE, FORMER_COORDINATOR, NEW_COORDINATOR, CLIENT, MEETING_INVITEE
    }

    /** Always told (when the gate lets them read the case at all), or told only if their consent covers it. */
    enum Rule { TOLD, CONSENT_DECIDES }

    private static final Map<NoticeKind, Map<Recipient, Rule>> TABLE = new EnumMap<>(NoticeKind.class);

    static {
        Map<Recipient, Rule> custody = Map.of(Recipient.GROUP_MEMBER, Rule.CONSENT_DECIDES,
                Recipient.COORDINATOR, Rule.TOLD, Recipient.OFFICE_MANAGER, Rule.TOLD, Recipient.CLIENT, Rule.TOLD);
        TABLE.put(NoticeKind.RELEASE_DATE_CHANGED, custody);
        TABLE.put(NoticeKind.EARLY_RELEASE_SET, custody);
        TABLE.put(NoticeKind.CLIENT_RELEASED, custody);
        TABLE.put(NoticeKind.RETURNED_TO_CUSTODY, custody);
        TABLE.put(NoticeKind.CLIENT_TRANSFERRED, with(custody, Recipient.RECEIVING_PRISON_STAFF, Rule.TOLD));
        TABLE.put(NoticeKind.RESPONSIBLE_MUNICIPALITY_CHANGED,
                with(custody, Recipient.MUNICIPAL_SOCIAL_SERVICES, Rule.CONSENT_DECIDES));
        TABLE.put(NoticeKind.MEASURE_ASSIGNED, Map.of(Recipient.MEASURE_RESPONSIBLE, Rule.CONSENT_DECIDES));
        TABLE.put(NoticeKind.MEASURE_ACCEPTED, Map.of(Recipient.COORDINATOR, Rule.TOLD));
        TABLE.put(NoticeKind.MEASURE_DECLINED, Map.of(Recipient.COORDINATOR, Rule.TOLD));
        TABLE.put(NoticeKind.COORDINATOR_HANDED_OVER, Map.of(Recipient.FORMER_COORDINATOR, Rule.TOLD,
                Recipient.NEW_COORDINATOR, Rule.TOLD, Recipient.OFFICE_MANAGER, Rule.TOLD));
        TABLE.put(NoticeKind.CONSENT_WITHDRAWN, Map.of(Recipient.COORDINATOR, Rule.TOLD,
                Recipient.OFFICE_MANAGER, Rule.TOLD));
        TABLE.put(NoticeKind.CONSENT_EXPIRING, Map.of(Recipient.COORDINATOR, Rule.TOLD,
                Recipient.OFFICE_MANAGER, Rule.TOLD));
        Map<Recipient, Rule> invitees = Map.of(Recipient.MEETING_INVITEE, Rule.CONSENT_DECIDES);
        TABLE.put(NoticeKind.MEETING_BOOKED, invitees);
        TABLE.put(NoticeKind.MEETING_RESCHEDULED, invitees);
        TABLE.put(NoticeKind.MEETING_CANCELLED, invitees);
        TABLE.put(NoticeKind.MEETING_NO_LONGER_FITS, Map.of(Recipient.MEETING_INVITEE, Rule.CONSENT_DECIDES,
                Recipient.COORDINATOR, Rule.TOLD, Recipient.OFFICE_MANAGER, Rule.TOLD));
        // The referrer and the coordinator: here one person, who is not told of their own change.
        for (NoticeKind kind : NoticeKind.values()) {
            if (kind.name().startsWith("REFERRAL_")) {
                TABLE.put(kind, Map.of(Recipient.COORDINATOR, Rule.TOLD));
            }
        }
    }

    private static Map<Recipient, Rule> with(Map<Recipient, Rule> row, Recipient recipient, Rule rule) {
        Map<Recipient, Rule> more = new EnumMap<>(row);
        more.put(recipient, rule);
        return more;
    }

    /** Who plays each part: the one who is told; for "consent decides", also one who is not. */
    private static final Map<Recipient, String> TOLD = Map.of(Recipient.GROUP_MEMBER, "partner",
            Recipient.COORDINATOR, "coordinator", Recipient.OFFICE_MANAGER, "manager",
            Recipient.RECEIVING_PRISON_STAFF, "prison.skanninge", Recipient.MUNICIPAL_SOCIAL_SERVICES, "partner",
            Recipient.MEASURE_RESPONSIBLE, "partner", Recipient.FORMER_COORDINATOR, "coordinator",
            Recipient.NEW_COORDINATOR, "manager", Recipient.MEETING_INVITEE, "partner");
    private static final Map<Recipient, String> NOT_COVERED = Map.of(Recipient.GROUP_MEMBER, "employment",
            Recipient.MUNICIPAL_SOCIAL_SERVICES, "social.norrkoping", Recipient.MEASURE_RESPONSIBLE, "employment",
            Recipient.MEETING_INVITEE, "employment");

    @Autowired
    JdbcClient jdbc;
    @Autowired
    ClientManagement clients;
    @Autowired
    GroupManagement groups;
    @Autowired
    ConsentManagement consents;
    @Autowired
    CustodyEvents custody;
    @Autowired
    PlanManagement plans;
    @Autowired
    MeasureWork measureWork;
    @Autowired
    ConsentExpiryCheck expiryCheck;
    @Autowired
    IdentityManagement identity;
    @Autowired
    MeetingManagement meetings;
    @Autowired
    ReferralManagement referrals;

    PlanFixtures fixtures;
    NoticeFixtures notices;
    ClientId client;

    @Test
    void everyKindOfEventReachesExactlyWhomTheTableNames() {
        assertThat(TABLE.keySet()).as("the table has a row for every kind of notice").containsAll(
                Set.of(NoticeKind.values()));
        fixtures = new PlanFixtures(jdbc, clients, groups, consents);
        notices = new NoticeFixtures(jdbc, clients);
        account("prison.skanninge", "Sara Lind", Role.PRISON_STAFF, "Anstalten Skänninge");
        account("social.norrkoping", "Nils Ek", Role.PARTNER_WORKER, "Socialtjänsten Norrköping");
        client = fixtures.clientInCustody("Table Client", 120);
        notices.awaitDelivered();
        fixtures.join(client, "partner");
        fixtures.join(client, "employment");
        fixtures.consent(client, "partner", DataCategory.BASIC_AND_CUSTODY, DataCategory.PLAN_AND_MEASURES);
        UUID employmentConsent = fixtures.consent(client, "employment", DataCategory.PLAN_AND_MEASURES);
        notices.awaitDelivered();

        notices.moveRelease(client, LocalDate.now().plusDays(110), "moved", "prison");
        check(NoticeKind.RELEASE_DATE_CHANGED, "prison");
        record(CustodyEventKind.EARLY_RELEASE, new RecordCustodyEvent(LocalDate.now().plusDays(90), null, null,
                EarlyReleaseType.HOME_DETENTION_CURFEW, null, "curfew", version()), "prison");
        check(NoticeKind.EARLY_RELEASE_SET, "prison");
        record(CustodyEventKind.MUNICIPALITY, new RecordCustodyEvent(LocalDate.now(), null, "0581", null, null,
                "moved", version()), "prison");
        check(NoticeKind.RESPONSIBLE_MUNICIPALITY_CHANGED, "prison");
        record(CustodyEventKind.TRANSFER, new RecordCustodyEvent(LocalDate.now(),
                fixtures.organisation("Anstalten Skänninge"), null, null, null, "programme", version()), "prison");
        check(NoticeKind.CLIENT_TRANSFERRED, "prison");
        record(CustodyEventKind.RELEASED, new RecordCustodyEvent(LocalDate.now(), null, null, null, null, "out",
                version()), "prison.skanninge");
        check(NoticeKind.CLIENT_RELEASED, "prison.skanninge");
        record(CustodyEventKind.RETURNED_TO_CUSTODY, new RecordCustodyEvent(LocalDate.now(),
                fixtures.organisation("Anstalten Umeå"), null, null, ReturnReason.values()[0], "recall", version()),
                "coordinator");
        check(NoticeKind.RETURNED_TO_CUSTODY, "coordinator");

        Actor partner = fixtures.actor("partner");
        Actor employment = fixtures.actor("employment");
        UUID toPartner = measure("Housing visit", partner);
        check(NoticeKind.MEASURE_ASSIGNED, "coordinator");
        measure("Job club", employment);
        notices.awaitDelivered();
        assertThat(kindsOf("employment")).as("consent decides: the employment service's does not cover custody facts")
                .doesNotContain(NoticeKind.MEASURE_ASSIGNED.name());
        measureWork.accept(client, toPartner, null, partner);
        check(NoticeKind.MEASURE_ACCEPTED, "partner");
        measureWork.decline(client, measure("Debt advice", partner), new DeclineMeasure("no places", null), partner);
        check(NoticeKind.MEASURE_DECLINED, "partner");

        consents.withdraw(client, employmentConsent, new WithdrawConsent(LocalDate.now(), "by phone"),
                fixtures.actor("manager"));
        check(NoticeKind.CONSENT_WITHDRAWN, "manager");
        consents.record(client, new RecordConsent(org.throughcare.group.ConsentForm.DIGITAL,
                LocalDate.now(), null, true, "2026-1", LocalDate.now().plusDays(9),
                List.of(partner.organisationId().value()), List.of(DataCategory.NEEDS_ASSESSMENT)), null,
                fixtures.actor("coordinator"));
        expiryCheck.announceExpiring();
        check(NoticeKind.CONSENT_EXPIRING, null);

        // Meetings: both members invited; the employment service's consent (withdrawn above) covers no custody facts.
        Actor coordinator = fixtures.actor("coordinator");
        List<String> both = List.of("user:" + partner.userId(), "user:" + employment.userId());
        UUID byPhone = meetings.book(client, new BookMeeting(LocalDate.now().plusDays(10), LocalTime.of(10, 0), 60,
                PlaceKind.PHONE, null, null, null, null, false, both, null, null), coordinator);
        check(NoticeKind.MEETING_BOOKED, "coordinator");
        meetings.reschedule(client, byPhone, new BookMeeting(LocalDate.now().plusDays(11), LocalTime.of(10, 0), 60,
                PlaceKind.PHONE, null, null, null, null, false, both, null, 0L), coordinator);
        check(NoticeKind.MEETING_RESCHEDULED, "coordinator");
        meetings.cancel(client, byPhone, new CancelMeeting("ill", 1L), coordinator);
        check(NoticeKind.MEETING_CANCELLED, "coordinator");
        meetings.book(client, new BookMeeting(LocalDate.now().plusDays(12), LocalTime.of(10, 0), 60,
                PlaceKind.INSTITUTION, null, null, null, null, false, both, null, null), coordinator);
        notices.awaitDelivered();
        record(CustodyEventKind.TRANSFER, new RecordCustodyEvent(LocalDate.now(),
                fixtures.organisation("Anstalten Skänninge"), null, null, null, "programme", version()), "coordinator");
        // Announced by the meeting module's own listener, then told: wait for the event before checking it.
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60)).until(() -> jdbc.sql(
                "select count(*) from notice_event where client_id = :c and kind = 'MEETING_NO_LONGER_FITS'")
                .param("c", client.value()).query(Long.class).single() > 0);
        check(NoticeKind.MEETING_NO_LONGER_FITS, null);

        referralsTold(partner, coordinator);

        clients.handOver(client, new HandOverCase(fixtures.actor("manager").userId().value(), LocalDate.now(),
                "leave", version()), fixtures.actor("manager"));
        check(NoticeKind.COORDINATOR_HANDED_OVER, "manager");
    }

    /** Referrals to the social services' debt advice, moved through every state by the service and the coordinator. */
    private void referralsTold(Actor partner, Actor coordinator) {
        fixtures.consent(client, "partner", DataCategory.FINANCES_AND_DEBT);
        UUID debtAdvice = jdbc.sql("""
                select s.id from service s join organisation o on o.id = s.organisation_id
                where o.name = 'Socialtjänsten Umeå' and s.name = 'Budget- och skuldrådgivning'""")
                .query(UUID.class).single();
        SendReferral send = new SendReferral(debtAdvice, NeedArea.FINANCE_AND_DEBT, "Debts from before custody",
                Urgency.ROUTINE, null, List.of("A repayment plan"), null, "Keeps his Umeå debt adviser");
        UUID done = referrals.send(client, send, coordinator);
        check(NoticeKind.REFERRAL_SENT, "coordinator");
        referrals.move(client, done, move(ReferralStatus.ACCEPTED, null, null, List.of(), 0), partner);
        check(NoticeKind.REFERRAL_ACCEPTED, "partner");
        referrals.move(client, done, move(ReferralStatus.WAITING, null, LocalDate.now().plusDays(5), List.of(), 1),
                partner);
        check(NoticeKind.REFERRAL_WAITING, "partner");
        referrals.move(client, done, move(ReferralStatus.STARTED, null, null, List.of(), 2), partner);
        check(NoticeKind.REFERRAL_STARTED, "partner");
        referrals.move(client, done, move(ReferralStatus.COMPLETED, null, null, List.of(GoalOutcome.ACHIEVED), 3),
                partner);
        check(NoticeKind.REFERRAL_COMPLETED, "partner");
        referrals.move(client, referrals.send(client, send, coordinator),
                move(ReferralStatus.DECLINED, "no time slots", null, List.of(), 0), partner);
        check(NoticeKind.REFERRAL_DECLINED, "partner");
        referrals.move(client, referrals.send(client, send, coordinator),
                move(ReferralStatus.CANCELLED, "paid off", null, List.of(), 0), coordinator);
        check(NoticeKind.REFERRAL_CANCELLED, "coordinator");
        UUID early = referrals.send(client, send, coordinator);
        referrals.move(client, early, move(ReferralStatus.ACCEPTED, null, null, List.of(), 0), partner);
        referrals.move(client, early, move(ReferralStatus.STARTED, null, null, List.of(), 1), partner);
        referrals.move(client, early, move(ReferralStatus.ENDED_EARLY, "stopped coming", null,
                List.of(GoalOutcome.NOT_ACHIEVED), 2), partner);
        check(NoticeKind.REFERRAL_ENDED_EARLY, "partner");
    }

    private static MoveReferral move(ReferralStatus to, String reason, LocalDate start, List<GoalOutcome> outcomes,
                                     long version) {
        return new MoveReferral(to, reason, start, outcomes, outcomes.isEmpty() ? null : "closed", version);
    }

    /** The latest event of this kind told exactly the table's people (less the maker), and no one else. */
    private void check(NoticeKind kind, String maker) {
        notices.awaitDelivered();
        UUID event = notices.eventId(client, kind.name());
        Set<String> expected = new TreeSet<>();
        TABLE.get(kind).keySet().stream().filter(r -> r != Recipient.CLIENT).map(TOLD::get).forEach(expected::add);
        if (maker != null) {
            expected.remove(maker);
        }
        assertThat(recipients(event)).as("%s: who is told", kind).containsExactlyElementsOf(expected);
        assertThat(jdbc.sql("select count(*) from client_notice where event_id = :e").param("e", event)
                .query(Long.class).single()).as("%s: the client's own notice", kind)
                .isEqualTo(TABLE.get(kind).containsKey(Recipient.CLIENT) ? 1 : 0);
        TABLE.get(kind).forEach((recipient, rule) -> {
            if (rule == Rule.CONSENT_DECIDES && recipient != Recipient.MEASURE_RESPONSIBLE) {
                String uncovered = NOT_COVERED.get(recipient);
                assertThat(recipients(event)).as("%s: %s's consent does not cover it", kind, uncovered)
                        .doesNotContain(uncovered);
                assertThat(considered(event, uncovered)).as("%s: the refusal of %s is recorded", kind, uncovered)
                        .isTrue();
            }
        });
    }

    /** The coordinator sees why a member was not told, or the gate audited its refusal of someone outside. */
    private boolean considered(UUID event, String username) {
        return jdbc.sql("""
                        select count(*) from notice_outcome o join app_user u on u.id = o.person_id
                        where o.event_id = :e and u.username = :u and o.outcome = 'NOT_COVERED'""")
                .param("e", event).param("u", username).query(Long.class).single() == 1
                || jdbc.sql("""
                        select count(*) from audit_entry where subject_id = :c and actor_username = :u
                          and purpose = 'notice disclosure' and outcome <> 'ALLOWED'""")
                .param("c", client.toString()).param("u", username).query(Long.class).single() > 0;
    }

    private List<String> recipients(UUID event) {
        return jdbc.sql("""
                        select u.username from notice n join app_user u on u.id = n.recipient_id
                        where n.event_id = :e order by u.username""").param("e", event).query(String.class).list();
    }

    private List<String> kindsOf(String username) {
        return notices.noticesOf(username, client).stream().map(n -> n.split(" ")[0]).toList();
    }

    private UUID measure(String title, Actor responsible) {
        return plans.addMeasure(client, new AssignMeasure(NeedArea.EMPLOYMENT_EDUCATION_TRAINING, title,
                MeasureType.OTHER, responsible.organisationId().value(), responsible.userId().value(), null,
                Phase.AFTER_RELEASE, null, null, null), fixtures.actor("coordinator"));
    }

    private void record(CustodyEventKind kind, RecordCustodyEvent event, String maker) {
        custody.record(client, kind, event, fixtures.actor(maker));
    }

    private long version() {
        return jdbc.sql("select version from client where id = :id").param("id", client.value())
                .query(Long.class).single();
    }

    private void account(String username, String name, Role role, String organisation) {
        if (jdbc.sql("select count(*) from app_user where username = :u").param("u", username).query(Long.class)
                .single() == 0) {
            identity.createUser(new CreateUser(username, name, null, "demo", role,
                    new OrganisationId(fixtures.organisation(organisation)), null));
        }
    }
}
