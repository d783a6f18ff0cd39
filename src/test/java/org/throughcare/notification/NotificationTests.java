package org.throughcare.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.throughcare.IntegrationTest;
import org.throughcare.client.ClientManagement;
import org.throughcare.group.ConsentManagement;
import org.throughcare.group.GroupManagement;
import org.throughcare.plan.PlanFixtures;
import org.throughcare.shared.ClientId;
import org.throughcare.shared.DataCategory;

/**
 * A moved release date, told to the group as the rules say: each member whose consent covers custody facts
 * once, with what the gate lets them read, audited as a disclosure; a member whose consent does not cover them
 * not at all, and the coordinator sees why; the client in their own language. Then the inbox: filters, reading,
 * acknowledging, and nobody reaching another's notice.
 */
@IntegrationTest
class NotificationTests {

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
    UserDetailsService accounts;

    PlanFixtures fixtures;
    NoticeFixtures notices;

    @BeforeEach
    void setUp() {
        fixtures = new PlanFixtures(jdbc, clients, groups, consents);
        notices = new NoticeFixtures(jdbc, clients);
    }

    /** A client (Swedish-speaking) with partner covered for custody facts and employment covered for the plan only. */
    private ClientId groupWithPartialConsent(String name) {
        ClientId client = fixtures.clientInCustody(name, 90);
        // The first release date is told before anyone joins, so that what follows is about the move alone.
        notices.awaitDelivered();
        fixtures.join(client, "partner");
        fixtures.consent(client, "partner", DataCategory.BASIC_AND_CUSTODY);
        fixtures.join(client, "employment");
        fixtures.consent(client, "employment", DataCategory.PLAN_AND_MEASURES);
        notices.awaitDelivered();
        return client;
    }

    @Test
    void aMovedReleaseDateTellsEachCoveredMemberOnceWithWhatTheyMayReadAndTheClientInTheirLanguage() throws Exception {
        ClientId client = groupWithPartialConsent("Notice Client Anders");
        LocalDate moved = LocalDate.now().plusDays(120);
        notices.moveRelease(client, moved, "hdcreasonword", "coordinator");
        notices.awaitDelivered();

        assertThat(notices.noticesOf("partner", client)).as("a member covered for custody facts, without the reason")
                .containsExactly("RELEASE_DATE_CHANGED Notice Client Anders " + moved + " null");
        assertThat(notices.noticesOf("manager", client)).as("the office manager, who manages the case, with the reason")
                .first().isEqualTo("RELEASE_DATE_CHANGED Notice Client Anders " + moved + " hdcreasonword");
        assertThat(notices.noticesOf("employment", client)).as("a member whose consent does not cover custody").isEmpty();
        assertThat(notices.noticesOf("coordinator", client)).as("nobody is told of their own change").isEmpty();

        UUID event = notices.eventId(client, "RELEASE_DATE_CHANGED");
        assertThat(jdbc.sql("""
                        select u.username || ' ' || o.outcome from notice_outcome o join app_user u on u.id = o.person_id
                        where o.event_id = :e order by u.username""").param("e", event).query(String.class).list())
                .containsExactly("employment NOT_COVERED", "partner NOTIFIED");
        // The disclosure is audited for each member as the gate decided it, allowed or refused.
        assertThat(jdbc.sql("""
                        select actor_username || ' ' || outcome from audit_entry
                        where subject_type = 'client' and subject_id = :c and purpose = 'notice disclosure'
                          and actor_username in ('partner', 'employment') and details like 'category=BASIC_AND_CUSTODY%'
                        order by actor_username""").param("c", client.toString()).query(String.class).list())
                .containsExactly("employment DENIED", "partner ALLOWED");

        String swedishDate = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.forLanguageTag("sv"))
                .format(moved);
        assertThat(jdbc.sql("select language || ' ' || text from client_notice where event_id = :e").param("e", event)
                .query(String.class).single()).startsWith("sv Ditt datum för villkorlig frigivning är nu " + swedishDate);
    }

    @Test
    void theCoordinatorSeesPerMemberWhoWasToldReadAndAcknowledgedAndMarksTheClientTold() throws Exception {
        ClientId client = groupWithPartialConsent("Notice Client Bertil");
        notices.moveRelease(client, LocalDate.now().plusDays(100), "moved", "coordinator");
        notices.awaitDelivered();
        UUID event = notices.eventId(client, "RELEASE_DATE_CHANGED");
        String page = "/notifications/events/" + event;

        mvc.perform(get(page).with(signedIn("coordinator"))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Not notified: consent does not cover custody facts")))
                .andExpect(content().string(Matchers.containsString("Omar Hassan")))
                .andExpect(content().string(Matchers.containsString("The client still has to be told")));
        mvc.perform(get(page).with(signedIn("partner"))).andExpect(status().isForbidden());
        mvc.perform(get(page).with(signedIn("employment"))).andExpect(status().isForbidden());

        UUID partnersNotice = notices.noticeId("partner", client, "RELEASE_DATE_CHANGED");
        mvc.perform(post("/api/v1/notifications/" + partnersNotice + "/read").with(httpBasic("partner", "demo")))
                .andExpect(status().isNoContent());
        assertThat(state(event, "partner")).isEqualTo("READ");
        mvc.perform(post("/api/v1/notifications/" + partnersNotice + "/acknowledgement").with(httpBasic("partner", "demo")))
                .andExpect(status().isNoContent());
        mvc.perform(get(page).with(signedIn("coordinator")))
                .andExpect(content().string(Matchers.containsString("Acknowledged")));

        mvc.perform(post(page + "/told").with(signedIn("partner")).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post(page + "/told").with(signedIn("coordinator")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select told_at is not null from client_notice where event_id = :e").param("e", event)
                .query(Boolean.class).single()).isTrue();
        mvc.perform(get("/clients/" + client + "/notices").with(signedIn("coordinator")))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("2 told, 1 acknowledged")));
        mvc.perform(get("/clients/" + client + "/notices").with(signedIn("partner")))
                .andExpect(status().isForbidden());
    }

    private String state(UUID event, String username) {
        return jdbc.sql("""
                        select case when n.acknowledged_at is not null then 'ACKNOWLEDGED'
                                    when n.read_at is not null then 'READ' else 'NOTIFIED' end
                        from notice n join app_user u on u.id = n.recipient_id
                        where n.event_id = :e and u.username = :u""").param("e", event).param("u", username)
                .query(String.class).single();
    }

    @Test
    void theInboxFiltersMarksReadAcknowledgesAndCountsUnreadInTheHeader() throws Exception {
        ClientId client = groupWithPartialConsent("Notice Client Cecilia");
        notices.moveRelease(client, LocalDate.now().plusDays(101), "moved", "coordinator");
        notices.awaitDelivered();
        UUID notice = notices.noticeId("partner", client, "RELEASE_DATE_CHANGED");

        mvc.perform(get("/api/v1/notifications?client=" + client).with(httpBasic("partner", "demo")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.totalItems").value(1))
                .andExpect(jsonPath("$.items[0].id").value(notice.toString()))
                .andExpect(jsonPath("$.items[0].clientName").value("Notice Client Cecilia"))
                .andExpect(jsonPath("$.items[0].needsAcknowledgement").value(true))
                .andExpect(jsonPath("$.items[0].detail").doesNotExist());
        long unread = unread("partner");
        mvc.perform(get("/").with(signedIn("partner")))
                .andExpect(content().string(Matchers.containsString("Notices: " + unread + " unread")));

        mvc.perform(get("/api/v1/notifications?show=sometimes").with(httpBasic("partner", "demo")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("show"));
        mvc.perform(get("/api/v1/notifications?client=not-an-id").with(httpBasic("partner", "demo")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("client"));
        mvc.perform(get("/notifications?show=sometimes").with(signedIn("partner")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("is not one of the choices here")));

        // Another's notice is not found, for reading and for acknowledging alike.
        mvc.perform(post("/api/v1/notifications/" + notice + "/read").with(httpBasic("manager", "demo")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/notifications/" + notice + "/acknowledgement").with(httpBasic("employment", "demo")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/notifications/" + notice + "/acknowledgement").with(signedIn("manager")).with(csrf()))
                .andExpect(status().isNotFound());

        mvc.perform(get("/api/v1/notifications?show=unread&client=" + client).with(httpBasic("partner", "demo")))
                .andExpect(jsonPath("$.totalItems").value(1));
        mvc.perform(post("/notifications/" + notice + "/read").with(signedIn("partner")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(unread("partner")).isEqualTo(unread - 1);
        mvc.perform(get("/api/v1/notifications?show=unread&client=" + client).with(httpBasic("partner", "demo")))
                .andExpect(jsonPath("$.totalItems").value(0));
        mvc.perform(get("/api/v1/notifications?show=unacknowledged&client=" + client).with(httpBasic("partner", "demo")))
                .andExpect(jsonPath("$.totalItems").value(1));
        mvc.perform(post("/api/v1/notifications/" + notice + "/acknowledgement").with(httpBasic("partner", "demo")))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/notifications?show=unacknowledged&client=" + client).with(httpBasic("partner", "demo")))
                .andExpect(jsonPath("$.totalItems").value(0));
        mvc.perform(get("/api/v1/notifications?client=" + client).with(httpBasic("partner", "demo")))
                .andExpect(jsonPath("$.items[0].acknowledgedAt").isNotEmpty());
    }

    @Test
    void aNoticeThatAsksForNoAcknowledgementIsRefusedOne() throws Exception {
        ClientId client = groupWithPartialConsent("Notice Client Doris");
        UUID consent = jdbc.sql("select id from consent where client_id = :c order by documented_at limit 1")
                .param("c", client.value()).query(UUID.class).single();
        mvc.perform(post("/api/v1/clients/" + client + "/consents/" + consent + "/withdrawal")
                .with(httpBasic("coordinator", "demo")).contentType("application/json")
                .content("{\"on\":\"" + LocalDate.now() + "\",\"how\":\"by phone\"}")).andExpect(status().is2xxSuccessful());
        notices.awaitDelivered();
        UUID notice = notices.noticeId("manager", client, "CONSENT_WITHDRAWN");
        mvc.perform(post("/api/v1/notifications/" + notice + "/acknowledgement").with(httpBasic("manager", "demo")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("id"));
        mvc.perform(post("/notifications/" + notice + "/acknowledgement").with(signedIn("manager")).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("does not ask for an acknowledgement")));
    }

    @Test
    void theStartPageShowsWhoHasNotAcknowledgedADayLaterAndWhatIsStillToTellTheClient() throws Exception {
        ClientId client = groupWithPartialConsent("Notice Client Einar");
        notices.moveRelease(client, LocalDate.now().plusDays(102), "moved", "coordinator");
        notices.awaitDelivered();
        UUID event = notices.eventId(client, "RELEASE_DATE_CHANGED");
        mvc.perform(get("/").with(signedIn("coordinator")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("work-notices-unacknowledged"))));
        jdbc.sql("update notice_event set created_at = :at where id = :e")
                .param("at", java.sql.Timestamp.from(java.time.Instant.now().minus(java.time.Duration.ofHours(25))))
                .param("e", event).update();
        mvc.perform(get("/").with(signedIn("coordinator"))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Notices not acknowledged after 24 hours")))
                .andExpect(content().string(Matchers.containsString("/notifications/events/" + event
                        + "\">Notice Client Einar</a>\n                    \n                    <span class=\"detail\">2 not acknowledged")))
                .andExpect(content().string(Matchers.containsString("Notices to tell the client")));
        mvc.perform(get("/").with(signedIn("partner")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Notices not acknowledged"))));
        jdbc.sql("update notice set acknowledged_at = created_at where event_id = :e").param("e", event).update();
        mvc.perform(get("/").with(signedIn("coordinator")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("work-notices-unacknowledged"))));
    }

    @Test
    void theInboxAndItsOperationsAreInTheOpenApiDocument() throws Exception {
        mvc.perform(get("/v3/api-docs").with(signedIn("coordinator")))
                .andExpect(jsonPath("$.paths['/api/v1/notifications'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/notifications/{noticeId}/read'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/notifications/{noticeId}/acknowledgement'].post").exists());
    }

    /** A signed-in user for the pages, which take no HTTP Basic. */
    private RequestPostProcessor signedIn(String username) {
        return user(accounts.loadUserByUsername(username));
    }

    /** Unread notices, a chain of quick changes counting once (by its newest, when they have it). */
    private long unread(String username) {
        return jdbc.sql("""
                        select count(*) from notice n join app_user u on u.id = n.recipient_id
                        join notice_event e on e.id = n.event_id
                        where u.username = :u and n.read_at is null
                          and not exists (select 1 from notice later where later.event_id = e.coalesced_into
                            and later.recipient_id = n.recipient_id and later.channel = n.channel)""")
                .param("u", username).query(Long.class).single();
    }
}
