package org.throughcare.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.throughcare.IntegrationTest;
import org.throughcare.client.ClientManagement;
import org.throughcare.client.ClientTransferred;
import org.throughcare.client.CustodyEventKind;
import org.throughcare.client.CustodyEvents;
import org.throughcare.client.EarlyReleaseType;
import org.throughcare.client.RecordCustodyEvent;
import org.throughcare.client.ReturnReason;
import org.throughcare.group.ConsentManagement;
import org.throughcare.group.GroupManagement;
import org.throughcare.identity.CreateUser;
import org.throughcare.identity.IdentityManagement;
import org.throughcare.plan.PlanFixtures;
import org.throughcare.shared.ClientId;
import org.throughcare.shared.DataCategory;
import org.throughcare.shared.OrganisationId;
import org.throughcare.shared.Role;

/**
 * The custody events reach whom the rules name, once: every member covered for custody facts and the office
 * manager, the receiving prison's staff on a transfer, the client in their language; a member whose consent does
 * not cover custody facts gets none, and a redelivered event tells nobody again.
 */
@IntegrationTest
class CustodyNoticeTests {

    private static final String RECEIVING_STAFF = "prison.skanninge";

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
    IdentityManagement identity;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    PlatformTransactionManager transactions;

    PlanFixtures fixtures;
    NoticeFixtures notices;

    @BeforeEach
    void setUp() {
        fixtures = new PlanFixtures(jdbc, clients, groups, consents);
        notices = new NoticeFixtures(jdbc, clients);
        if (jdbc.sql("select count(*) from app_user where username = :u").param("u", RECEIVING_STAFF)
                .query(Long.class).single() == 0) {
            identity.createUser(new CreateUser(RECEIVING_STAFF, "Sara Lind", null, "demo", Role.PRISON_STAFF,
                    new OrganisationId(fixtures.organisation("Anstalten Skänninge")), null));
        }
    }

    private ClientId groupWithPartialConsent(String name) {
        ClientId client = fixtures.clientInCustody(name, 90);
        notices.awaitDelivered();
        fixtures.join(client, "partner");
        fixtures.consent(client, "partner", DataCategory.BASIC_AND_CUSTODY);
        fixtures.join(client, "employment");
        fixtures.consent(client, "employment", DataCategory.PLAN_AND_MEASURES);
        notices.awaitDelivered();
        return client;
    }

    private void record(ClientId client, CustodyEventKind kind, RecordCustodyEvent event) {
        custody.record(client, kind, event, fixtures.actor("coordinator"));
        notices.awaitDelivered();
    }

    private long version(ClientId client) {
        return jdbc.sql("select version from client where id = :id").param("id", client.value())
                .query(Long.class).single();
    }

    private List<String> recipients(ClientId client, String kind) {
        return jdbc.sql("""
                        select u.username from notice n join notice_event e on e.id = n.event_id
                        join app_user u on u.id = n.recipient_id where e.client_id = :c and e.kind = :k
                        order by u.username""").param("c", client.value()).param("k", kind)
                .query(String.class).list();
    }

    private List<String> outcomes(ClientId client, String kind) {
        return jdbc.sql("""
                        select u.username || ' ' || o.outcome from notice_outcome o join app_user u on u.id = o.person_id
                        where o.event_id = :e order by u.username""").param("e", notices.eventId(client, kind))
                .query(String.class).list();
    }

    private String clientNotice(ClientId client, String kind) {
        return jdbc.sql("select language || ' ' || text from client_notice where event_id = :e")
                .param("e", notices.eventId(client, kind)).query(String.class).single();
    }

    @Test
    void aTransferTellsTheCoveredMembersTheManagerAndTheReceivingPrisonOnceAndAsksForAcknowledgement() {
        ClientId client = groupWithPartialConsent("Transfer Notice Client");
        UUID skanninge = fixtures.organisation("Anstalten Skänninge");
        record(client, CustodyEventKind.TRANSFER, new RecordCustodyEvent(LocalDate.now(), skanninge, null, null, null,
                "programme", version(client)));

        assertThat(recipients(client, "CLIENT_TRANSFERRED")).as("not employment (not covered), not the recorder")
                .containsExactly("manager", "partner", RECEIVING_STAFF);
        assertThat(outcomes(client, "CLIENT_TRANSFERRED")).containsExactly("employment NOT_COVERED", "partner NOTIFIED");
        assertThat(notices.noticesOf("partner", client)).first().asString().endsWith(" null")
                .as("the reason stays behind the gate").doesNotContain("programme");
        assertThat(jdbc.sql("select needs_acknowledgement from notice_event where id = :e")
                .param("e", notices.eventId(client, "CLIENT_TRANSFERRED")).query(Boolean.class).single()).isTrue();
        assertThat(clientNotice(client, "CLIENT_TRANSFERRED")).startsWith("sv Du flyttas till en annan anstalt");
        assertThat(jdbc.sql("""
                        select count(*) from audit_entry where subject_type = 'client' and subject_id = :c
                          and purpose = 'notice disclosure' and actor_username = :u and outcome = 'ALLOWED'""")
                .param("c", client.toString()).param("u", RECEIVING_STAFF).query(Long.class).single())
                .as("the receiving prison's disclosure is audited").isPositive();

        // The event delivered again (a redelivery from the registry) tells nobody a second time.
        UUID custodyEventId = jdbc.sql("""
                        select id from custody_event where client_id = :c and kind = 'TRANSFER'""")
                .param("c", client.value()).query(UUID.class).single();
        ClientTransferred again = new ClientTransferred(custodyEventId, client, null, skanninge, LocalDate.now(),
                fixtures.actor("coordinator").userId(), Instant.now(), false);
        new TransactionTemplate(transactions).executeWithoutResult(s -> events.publishEvent(again));
        notices.awaitDelivered();
        assertThat(recipients(client, "CLIENT_TRANSFERRED")).containsExactly("manager", "partner", RECEIVING_STAFF);
        assertThat(jdbc.sql("select count(*) from notice_event where client_id = :c and kind = 'CLIENT_TRANSFERRED'")
                .param("c", client.value()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void anEarlyReleaseAReleaseAReturnAndAMunicipalityChangeEachReachTheCoveredMembersAndTheManager() {
        ClientId client = groupWithPartialConsent("Release Notice Client");
        LocalDate early = LocalDate.now().plusDays(30);
        record(client, CustodyEventKind.EARLY_RELEASE, new RecordCustodyEvent(early, null, null,
                EarlyReleaseType.values()[0], null, "curfew", version(client)));
        record(client, CustodyEventKind.RELEASED, new RecordCustodyEvent(LocalDate.now(), null, null, null, null,
                "out", version(client)));
        record(client, CustodyEventKind.RETURNED_TO_CUSTODY, new RecordCustodyEvent(LocalDate.now(),
                fixtures.organisation("Anstalten Umeå"), null, null, ReturnReason.values()[0], "recall",
                version(client)));
        String other = "0581";
        UUID norrkoping = fixtures.organisation("Socialtjänsten Norrköping");
        if (jdbc.sql("select count(*) from app_user where username = 'social.norrkoping'").query(Long.class)
                .single() == 0) {
            identity.createUser(new CreateUser("social.norrkoping", "Nils Ek", null, "demo", Role.PARTNER_WORKER,
                    new OrganisationId(norrkoping), null));
        }
        record(client, CustodyEventKind.MUNICIPALITY, new RecordCustodyEvent(LocalDate.now(), null, other, null, null,
                "moved", version(client)));

        for (String kind : List.of("EARLY_RELEASE_SET", "CLIENT_RELEASED", "RETURNED_TO_CUSTODY",
                "RESPONSIBLE_MUNICIPALITY_CHANGED")) {
            assertThat(recipients(client, kind)).as(kind).containsExactly("manager", "partner");
            assertThat(outcomes(client, kind)).as(kind).containsExactly("employment NOT_COVERED", "partner NOTIFIED");
            assertThat(clientNotice(client, kind)).as(kind).startsWith("sv ");
        }
        assertThat(jdbc.sql("select kind from notice_event where client_id = :c and needs_acknowledgement order by kind")
                .param("c", client.value()).query(String.class).list()).as("an early release needs acknowledging")
                .contains("EARLY_RELEASE_SET").doesNotContain("CLIENT_RELEASED", "RETURNED_TO_CUSTODY",
                        "RESPONSIBLE_MUNICIPALITY_CHANGED");
        assertThat(notices.noticesOf("employment", client)).as("consent does not cover custody facts").isEmpty();
        // The new municipality's social services were considered and refused by the gate: not in the group.
        assertThat(jdbc.sql("""
                        select distinct outcome from audit_entry where subject_type = 'client' and subject_id = :c
                          and purpose = 'notice disclosure' and actor_username = 'social.norrkoping'""")
                .param("c", client.toString()).query(String.class).list()).containsExactly("DENIED");
        assertThat(recipients(client, "RESPONSIBLE_MUNICIPALITY_CHANGED")).doesNotContain("social.norrkoping");
    }
}
