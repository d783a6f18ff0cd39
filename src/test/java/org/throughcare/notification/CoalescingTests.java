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
import org.throughcare.client.CustodyEventKind;
import org.throughcare.client.CustodyEvents;
import org.throughcare.client.EarlyReleaseType;
import org.throughcare.client.PostCustodyEvent;
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
 * entered afterwards (as the custody record says: happened, or for a date was decided, before the day it was
 * recorded) joins no chain and is left out of the acknowledgement-time figure; the same decided live still folds.
 */
@IntegrationTest
class CoalescingTests {

    private static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

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
    @Autowired
    CustodyEvents custody;

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
        publish(new ReleaseDateChanged(client, b, c, "third", coordinator(), start.plusSeconds(120), false));
        publish(new ReleaseDateChanged(client, a, b, "second", coordinator(), start.plusSeconds(60), false));
        publish(new ReleaseDateChanged(client, null, a, "first", coordinator(), start, false));

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
        publish(new ReleaseDateChanged(client, a, b, "mistake", coordinator(), start, false));
        publish(new ReleaseDateChanged(client, b, a, "undone", coordinator(), start.plusSeconds(90), false));

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
        publish(new ReleaseDateChanged(client, a, b, "moved", coordinator(), start, false));
        assertThat(inbox("partner", client)).as("told while the consent holds").singleElement()
                .satisfies(n -> assertThat(n.get("newDate")).isEqualTo(b.toString()));
        assertThat(inboxReadsAudited("partner", client)).as("the inbox's read of the client is audited").isPositive();

        consents.withdraw(client, consent, new WithdrawConsent(LocalDate.now(), "by phone"), fixtures.actor("coordinator"));
        notices.awaitDelivered();
        publish(new ReleaseDateChanged(client, b, a, "moved back", coordinator(), start.plusSeconds(90), false));

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
        publish(new ReleaseDateChanged(client, null, LocalDate.now().plusDays(50), "one", coordinator(), start, false));
        publish(new ReleaseDateChanged(client, LocalDate.now().plusDays(50), LocalDate.now().plusDays(51), "two",
                coordinator(), start.plus(Duration.ofMinutes(6)), false));
        assertThat(inbox("partner", client)).hasSize(2)
                .allSatisfy(n -> assertThat(JsonPath.<List<Object>>read(n, "$.history")).isEmpty());
    }

    @Test
    void transfersEnteredAfterwardsBesideALiveChangeAreToldOnTheirOwnAndLeftOutOfTheAcknowledgementFigure()
            throws Exception {
        ClientId client = clientWithPartner("Chain Client Afterwards");
        LocalDate today = LocalDate.now(ZONE);
        Instant now = Instant.now();
        custodyEvent(client, CustodyEventKind.RELEASE_DATE, today.plusDays(40), now, null, null);
        // Typed in just after, two transfers that happened on days of their own, months ago.
        custodyEvent(client, CustodyEventKind.TRANSFER, today.minusDays(200), now.minus(Duration.ofDays(200)),
                fixtures.organisation("Anstalten Skänninge"), null);
        custodyEvent(client, CustodyEventKind.TRANSFER, today.minusDays(150), now.minus(Duration.ofDays(150)),
                fixtures.organisation("Anstalten Umeå"), null);

        assertThat(chains(client)).as("the live date folded into the fixture's; the transfers on their own")
                .containsExactly("RELEASE_DATE_CHANGED live folded", "RELEASE_DATE_CHANGED live head",
                        "CLIENT_TRANSFERRED afterwards alone", "CLIENT_TRANSFERRED afterwards alone");
        assertThat(inbox("partner", client)).as("the partner's live notice and the two transfers").hasSize(3)
                .filteredOn(n -> n.get("kind").equals("CLIENT_TRANSFERRED")).hasSize(2)
                .allSatisfy(n -> assertThat(JsonPath.<List<Object>>read(n, "$.history")).isEmpty());
        assertThat(measured(client)).as("only the live chain is measured").containsExactly("RELEASE_DATE_CHANGED");
    }

    @Test
    void anEarlyReleaseAndAReleaseDateDecidedDaysBeforeTheyWereRecordedAreToldOnTheirOwn() throws Exception {
        ClientId client = clientWithPartner("Chain Client Decided Earlier");
        LocalDate today = LocalDate.now(ZONE);
        Instant now = Instant.now();
        // Recorded within seconds of the fixture's release date, each decided days before: new dates still ahead.
        custodyEvent(client, CustodyEventKind.RELEASE_DATE, today.plusDays(60), now.minus(Duration.ofDays(5)), null,
                null);
        custodyEvent(client, CustodyEventKind.EARLY_RELEASE, today.plusDays(30), now.minus(Duration.ofDays(4)), null,
                EarlyReleaseType.ELECTRONIC_MONITORING);

        assertThat(chains(client)).as("the fixture's live date; the two decided earlier, each on its own")
                .containsExactly("RELEASE_DATE_CHANGED live alone", "RELEASE_DATE_CHANGED afterwards alone",
                        "EARLY_RELEASE_SET afterwards alone");
        assertThat(jdbc.sql("select entered_afterwards from custody_event where client_id = :c")
                .param("c", client.value()).query(Boolean.class).list())
                .as("the custody record says the same").containsExactly(true, true);
        assertThat(inbox("partner", client)).as("two notices, neither folded into the other").hasSize(2)
                .allSatisfy(n -> assertThat(JsonPath.<List<Object>>read(n, "$.history")).isEmpty());
        assertThat(measured(client)).as("only the fixture's live date is measured")
                .containsExactly("RELEASE_DATE_CHANGED");
    }

    @Test
    void anEarlyReleaseAndAReleaseDateDecidedAsTheyAreRecordedStillFoldIntoOneChain() throws Exception {
        ClientId client = clientWithPartner("Chain Client Decided Now");
        LocalDate today = LocalDate.now(ZONE);
        Instant now = Instant.now();
        custodyEvent(client, CustodyEventKind.RELEASE_DATE, today.plusDays(60), now, null, null);
        custodyEvent(client, CustodyEventKind.EARLY_RELEASE, today.plusDays(30), now, null,
                EarlyReleaseType.ELECTRONIC_MONITORING);

        assertThat(chains(client)).as("one chain with the fixture's date, the early release its head")
                .containsExactly("RELEASE_DATE_CHANGED live folded", "RELEASE_DATE_CHANGED live folded",
                        "EARLY_RELEASE_SET live head");
        assertThat(inbox("partner", client)).as("the chain shown once").singleElement()
                .satisfies(n -> assertThat(n.get("kind")).isEqualTo("EARLY_RELEASE_SET"));
        assertThat(measured(client)).as("the chain measured once, by its head").containsExactly("EARLY_RELEASE_SET");
    }

    /** As an agency's system sends it, so that the client module decides whether it was entered afterwards. */
    private void custodyEvent(ClientId client, CustodyEventKind kind, LocalDate effectiveOn, Instant occurredAt,
                              UUID institution, EarlyReleaseType type) {
        custody.post(new PostCustodyEvent(UUID.randomUUID().toString(), client.value(), kind, effectiveOn,
                occurredAt, institution, null, type, null, "as decided"), fixtures.actor("coordinator"));
        notices.awaitDelivered();
    }

    /**
     * The client's notice events in the order the changes were made: kind, whether entered afterwards, and its place
     * in a chain (folded into another, the head others were folded into, or alone).
     */
    private List<String> chains(ClientId client) {
        return jdbc.sql("""
                        select e.kind || ' ' || case when e.entered_afterwards then 'afterwards' else 'live' end || ' '
                          || case when e.coalesced_into is not null then 'folded'
                                  when exists (select 1 from notice_event f where f.coalesced_into = e.id) then 'head'
                                  else 'alone' end
                        from notice_event e where e.client_id = :c and e.withdrawn_at is null
                        order by e.occurred_at, e.created_at""")
                .param("c", client.value()).query(String.class).list();
    }

    /** The kinds of the client's notices the acknowledgement-time figure counts. */
    private List<String> measured(ClientId client) {
        return jdbc.sql("select kind from followup_acknowledgement where client_id = :c order by created_at")
                .param("c", client.value()).query(String.class).list();
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
