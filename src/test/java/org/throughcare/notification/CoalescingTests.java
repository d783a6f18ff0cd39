package org.throughcare.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.throughcare.IntegrationTest;
import org.throughcare.client.ClientManagement;
import org.throughcare.client.ClientTransferred;
import org.throughcare.client.ReleaseDateChanged;
import org.throughcare.group.ConsentManagement;
import org.throughcare.group.GroupManagement;
import org.throughcare.group.WithdrawConsent;
import org.throughcare.plan.PlanFixtures;
import org.throughcare.shared.ClientId;
import org.throughcare.shared.DataCategory;
import org.throughcare.shared.UserId;

/**
 * Quick successive changes of one client's release date, as the inbox shows them: the in-app notices are made at
 * once, the inbox shows the latest with the history (whatever order the events arrived in), acknowledging it covers
 * the chain, and a change moved back within the window is shown as undone with nothing to acknowledge. A fact
 * entered afterwards joins no chain.
 */
@IntegrationTest
class CoalescingTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ClientManagement clients;
    @Autowired
    GroupManagement groups;
    @Autowired
    ConsentManagement consents;
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
    }

    @Test
    void changesArrivingOutOfOrderShowTheLatestWithTheHistoryAndOneAcknowledgementCoversThem() throws Exception {
        ClientId client = clientWithPartner("Chain Client Olof");
        LocalDate a = LocalDate.now().plusDays(60);
        LocalDate b = LocalDate.now().plusDays(61);
        LocalDate c = LocalDate.now().plusDays(62);
        Instant start = Instant.now().plus(Duration.ofHours(1));
        // The last change is delivered first: the chain is ordered by when each change was made.
        publish(new ReleaseDateChanged(client, b, c, "third", coordinator(), start.plusSeconds(120)));
        publish(new ReleaseDateChanged(client, a, b, "second", coordinator(), start.plusSeconds(60)));
        publish(new ReleaseDateChanged(client, null, a, "first", coordinator(), start));

        List<Map<String, Object>> shown = inbox("partner", client);
        assertThat(shown).as("one notice for the chain").hasSize(1);
        assertThat(shown.get(0).get("newDate")).isEqualTo(c.toString());
        assertThat(shown.get(0).get("reversed")).isEqualTo(false);
        assertThat(JsonPath.<List<String>>read(shown.get(0), "$.history[*].newDate"))
                .containsExactly(a.toString(), b.toString());
        assertThat(notices.noticesOf("partner", client)).as("each change made its notice at once").hasSize(3);

        mvc.perform(post("/api/v1/notifications/" + shown.get(0).get("id") + "/acknowledgement")
                .with(httpBasic("partner", "demo"))).andExpect(status().isNoContent());
        assertThat(jdbc.sql("""
                        select count(*) from notice n join notice_event e on e.id = n.event_id
                        join app_user u on u.id = n.recipient_id
                        where u.username = 'partner' and e.client_id = :c and n.acknowledged_at is null""")
                .param("c", client.value()).query(Long.class).single()).as("the whole chain acknowledged").isZero();
        assertThat(jdbc.sql("select count(*) from notice_event where client_id = :c and coalesced_into is null"
                + " and withdrawn_at is null and new_date = :d").param("c", client.value()).param("d", c)
                .query(Long.class).single()).as("only the latest still to send").isEqualTo(1);
    }

    @Test
    void aDateMovedAndMovedBackIsShownUndoneAndAsksForNothing() throws Exception {
        ClientId client = clientWithPartner("Chain Client Reversed");
        LocalDate a = LocalDate.now().plusDays(70);
        LocalDate b = LocalDate.now().plusDays(80);
        Instant start = Instant.now().plus(Duration.ofHours(2));
        publish(new ReleaseDateChanged(client, a, b, "mistake", coordinator(), start));
        publish(new ReleaseDateChanged(client, b, a, "undone", coordinator(), start.plusSeconds(90)));

        List<Map<String, Object>> shown = inbox("partner", client);
        assertThat(shown).hasSize(1);
        assertThat(shown.get(0).get("reversed")).isEqualTo(true);
        assertThat(shown.get(0).get("needsAcknowledgement")).isEqualTo(false);
        assertThat(jdbc.sql("select count(*) from notice_event where client_id = :c and new_date in (:a, :b)"
                + " and withdrawn_at is null").param("c", client.value()).param("a", a).param("b", b)
                .query(Long.class).single()).as("nothing of it to send").isZero();
        String unacknowledged = mvc.perform(get("/api/v1/notifications?show=unacknowledged&client=" + client)
                .with(httpBasic("partner", "demo"))).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<Object>>read(unacknowledged, "$.items")).isEmpty();
    }

    @Test
    void aMemberWhoseConsentWasWithdrawnSeesTheNoticeWithheldAndIsNotToldItWasUndone() throws Exception {
        ClientId client = fixtures.clientInCustody("Chain Client Consent Withdrawn", 90);
        notices.awaitDelivered();
        fixtures.join(client, "partner");
        UUID consent = fixtures.consent(client, "partner", DataCategory.BASIC_AND_CUSTODY);
        notices.awaitDelivered();
        LocalDate a = LocalDate.now().plusDays(75);
        LocalDate b = LocalDate.now().plusDays(85);
        Instant start = Instant.now().plus(Duration.ofHours(4));
        publish(new ReleaseDateChanged(client, a, b, "moved", coordinator(), start));
        assertThat(inbox("partner", client)).as("told while the consent holds").singleElement()
                .satisfies(n -> assertThat(n.get("newDate")).isEqualTo(b.toString()));
        assertThat(inboxReadsAudited("partner", client)).as("the inbox's read of the client is audited").isPositive();

        consents.withdraw(client, consent, new WithdrawConsent(LocalDate.now(), "by phone"), fixtures.actor("coordinator"));
        notices.awaitDelivered();
        publish(new ReleaseDateChanged(client, b, a, "moved back", coordinator(), start.plusSeconds(90)));

        List<Map<String, Object>> shown = inbox("partner", client);
        assertThat(shown).as("only the change told while the consent held").hasSize(1);
        String body = mvc.perform(get("/api/v1/notifications?size=100").with(httpBasic("partner", "demo")))
                .andReturn().getResponse().getContentAsString();
        assertThat(body).as("what the notice said is no longer theirs to read")
                .doesNotContain("Chain Client Consent Withdrawn").doesNotContain(b.toString());
        assertThat(shown.get(0).get("withheld")).isEqualTo(true);
        assertThat(shown.get(0).get("newDate")).isNull();
        assertThat(shown.get(0).get("reversed")).as("moved back after the consent ended: not theirs to know")
                .isEqualTo(false);
        assertThat(shown.get(0).get("needsAcknowledgement")).isEqualTo(true);
        String unacknowledged = mvc.perform(get("/api/v1/notifications?show=unacknowledged&client=" + client)
                .with(httpBasic("partner", "demo"))).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<Object>>read(unacknowledged, "$.items")).hasSize(1);
    }

    private long inboxReadsAudited(String username, ClientId client) {
        return jdbc.sql("""
                        select count(*) from audit_entry where subject_type = 'client' and subject_id = :c
                          and purpose = 'inbox' and actor_username = :u and outcome = 'ALLOWED'""")
                .param("c", client.value().toString()).param("u", username).query(Long.class).single();
    }

    @Test
    void changesFurtherApartThanTheWindowStaySeparate() throws Exception {
        ClientId client = clientWithPartner("Chain Client Apart");
        Instant start = Instant.now().plus(Duration.ofHours(3));
        publish(new ReleaseDateChanged(client, null, LocalDate.now().plusDays(50), "one", coordinator(), start));
        publish(new ReleaseDateChanged(client, LocalDate.now().plusDays(50), LocalDate.now().plusDays(51), "two",
                coordinator(), start.plus(Duration.ofMinutes(6))));
        assertThat(inbox("partner", client)).hasSize(2)
                .allSatisfy(n -> assertThat(JsonPath.<List<Object>>read(n, "$.history")).isEmpty());
    }

    @Test
    void aTransferEnteredAfterwardsBesideALiveChangeIsToldOnItsOwnAndLeftOutOfTheAcknowledgementFigure()
            throws Exception {
        ClientId client = clientWithPartner("Chain Client Afterwards");
        // An hour on, clear of the release date the fixture set, as in the tests above.
        Instant now = Instant.now().plus(Duration.ofHours(1));
        LocalDate today = LocalDate.ofInstant(now, ZoneId.of("Europe/Stockholm"));
        publish(new ReleaseDateChanged(client, null, today.plusDays(40), "live", coordinator(), now));
        // Typed in a minute later, two transfers that happened on days of their own, months ago.
        publish(new ClientTransferred(UUID.randomUUID(), client, null, UUID.randomUUID(), today.minusDays(200),
                coordinator(), now.plusSeconds(60)));
        publish(new ClientTransferred(UUID.randomUUID(), client, null, UUID.randomUUID(), today.minusDays(150),
                coordinator(), now.plusSeconds(90)));

        assertThat(inbox("partner", client)).as("three notices, none folded into another").hasSize(3)
                .allSatisfy(n -> assertThat(JsonPath.<List<Object>>read(n, "$.history")).isEmpty());
        assertThat(jdbc.sql("select count(*) from notice_event where client_id = :c and entered_afterwards")
                .param("c", client.value()).query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("select kind from followup_acknowledgement where client_id = :c")
                .param("c", client.value()).query(String.class).list())
                .as("only the live changes are measured: the fixture's release date and this one")
                .containsExactly("RELEASE_DATE_CHANGED", "RELEASE_DATE_CHANGED");
    }

    private ClientId clientWithPartner(String name) {
        return notices.clientWithCoveredMember(fixtures, name, "partner");
    }

    private UserId coordinator() {
        return fixtures.actor("coordinator").userId();
    }

    private void publish(Object event) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> events.publishEvent(event));
        notices.awaitDelivered();
    }

    private List<Map<String, Object>> inbox(String username, ClientId client) throws Exception {
        String body = mvc.perform(get("/api/v1/notifications?size=100&client=" + client)
                .with(httpBasic(username, "demo"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        return JsonPath.read(body, "$.items[*]");
    }
}
