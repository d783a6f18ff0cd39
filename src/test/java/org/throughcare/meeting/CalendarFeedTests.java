package org.throughcare.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.throughcare.IntegrationTest;
import org.throughcare.Together;
import org.throughcare.client.ClientManagement;
import org.throughcare.group.ConsentManagement;
import org.throughcare.group.GroupManagement;
import org.throughcare.plan.PlanFixtures;
import org.throughcare.shared.ClientId;
import org.throughcare.shared.DataCategory;

/**
 * Each user's calendar subscription: made on the settings page and shown once, stored as a hash, fetched without
 * signing in by the token alone, listing the meetings the user is invited to (cancelled ones as CANCELLED) and no
 * other user's, naming no client; a replaced or revoked token finds nothing; every fetch audited; dozens of fetches
 * at once all answered. The link in an entry and the client's printed invitation pass the gate.
 */
@IntegrationTest
class CalendarFeedTests {

    private static final Pattern FEED = Pattern.compile("/calendar/([A-Za-z0-9_-]{43})\\.ics");
    private static final String AGENDA = "Debts, housing and the probation conditions";

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
    MeetingManagement management;

    PlanFixtures fixtures;
    ClientId client;
    String clientName;
    UUID meeting;
    UUID cancelled;

    @BeforeEach
    void aMeetingWithThePartnerInvitedAndOneCancelled() {
        fixtures = new PlanFixtures(jdbc, clients, groups, consents);
        clientName = "Feed Client " + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        client = fixtures.clientInCustody(clientName, 60);
        fixtures.join(client, "partner");
        String partner = "user:" + fixtures.actor("partner").userId();
        meeting = management.book(client, new BookMeeting(LocalDate.now().plusDays(5), LocalTime.of(14, 0), 60,
                PlaceKind.INSTITUTION, null, "Room 7", null, AGENDA, true, List.of(partner), null, null),
                fixtures.actor("coordinator"));
        cancelled = management.book(client, new BookMeeting(LocalDate.now().plusDays(6), LocalTime.of(9, 0), 60,
                PlaceKind.PHONE, null, null, null, AGENDA, true, List.of(partner), null, null),
                fixtures.actor("coordinator"));
        management.cancel(client, cancelled, new CancelMeeting("Illness", 0L), fixtures.actor("coordinator"));
    }

    @Test
    void theFeedListsTheUsersMeetingsByTokenAloneAndNamesNoClient() throws Exception {
        String token = newToken("partner");
        assertThat(mvc.perform(get("/calendar/" + token + ".ics")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).as("no consent yet: like the inbox, nothing of this client")
                .doesNotContain(meeting.toString());
        fixtures.consent(client, "partner", DataCategory.BASIC_AND_CUSTODY);
        String stored = jdbc.sql("""
                        select token_hash from meeting_calendar_feed f join app_user u on u.id = f.user_id
                        where u.username = 'partner'""").query(String.class).single();
        assertThat(stored).as("only the hash is kept").isEqualTo(sha256(token)).doesNotContain(token);

        MockHttpServletResponse feed = mvc.perform(get("/calendar/" + token + ".ics")).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("text/calendar")))
                .andReturn().getResponse();
        String text = feed.getContentAsString(StandardCharsets.UTF_8);
        Calendar calendar = new CalendarBuilder().build(new StringReader(text));
        assertThat(calendar.getProperty(Property.METHOD)).as("a feed is not an iTIP message").isEmpty();
        VEvent planned = eventOf(calendar, meeting);
        assertThat(planned.getProperty(Property.STATUS).orElseThrow().getValue()).isEqualTo("CONFIRMED");
        assertThat(planned.getProperty(Property.SUMMARY).orElseThrow().getValue())
                .isEqualTo("Throughcare meeting · Anstalten Umeå");
        VEvent gone = eventOf(calendar, cancelled);
        assertThat(gone.getProperty(Property.STATUS).orElseThrow().getValue()).isEqualTo("CANCELLED");
        assertThat(gone.getProperty(Property.SEQUENCE).orElseThrow().getValue()).isEqualTo("1");
        String idNumber = jdbc.sql("select id_number from client where id = :id").param("id", client.value())
                .query(String.class).single();
        assertThat(text).doesNotContain(clientName).doesNotContain(idNumber).doesNotContain(AGENDA)
                .doesNotContain("Room 7").doesNotContain("Illness").doesNotContain(client.toString());

        String other = newToken("employment");
        String theirs = mvc.perform(get("/calendar/" + other + ".ics")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(theirs).as("another user's feed shows only their meetings").doesNotContain(meeting.toString())
                .doesNotContain(cancelled.toString());

        assertThat(audited("partner", "ALLOWED")).isGreaterThanOrEqualTo(1);
    }

    @Test
    void aReplacedOrRevokedTokenOrAnUnknownOneFindsNothingAndIsAudited() throws Exception {
        String first = newToken("partner");
        String second = newToken("partner");
        long deniedBefore = deniedReads();
        mvc.perform(get("/calendar/" + first + ".ics")).andExpect(status().isNotFound());
        mvc.perform(get("/calendar/" + second + ".ics")).andExpect(status().isOk());

        Cookie session = login("partner");
        mvc.perform(post("/meetings/calendar/revoke").cookie(session).with(csrf()))
                .andExpect(redirectedUrl("/meetings/calendar"));
        mvc.perform(get("/calendar/" + second + ".ics")).andExpect(status().isNotFound());
        mvc.perform(get("/calendar/" + "A".repeat(43) + ".ics")).andExpect(status().isNotFound());
        mvc.perform(get("/calendar/" + "x".repeat(500) + ".ics")).andExpect(status().isNotFound());
        assertThat(deniedReads() - deniedBefore).as("each refused fetch audited").isEqualTo(4);
        mvc.perform(get("/meetings/calendar").cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("no longer works"),
                        containsString("You have no calendar address."))));
    }

    @Test
    void theSettingsPageAndItsFormsAreForSignedInUsersWithTheirToken() throws Exception {
        long feeds = jdbc.sql("select count(*) from meeting_calendar_feed").query(Long.class).single();
        mvc.perform(get("/meetings/calendar")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/meetings/calendar/token").with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(as("partner", post("/meetings/calendar/token"))).andExpect(redirectedUrl("/login?expired"));
        assertThat(jdbc.sql("select count(*) from meeting_calendar_feed").query(Long.class).single())
                .as("no token made without a signed-in user's own form").isEqualTo(feeds);
        String token = newToken("partner");
        mvc.perform(as("partner", get("/meetings/calendar"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("You have a calendar address, made"),
                        not(containsString(token)), containsString("Stop the address"))));
    }

    @Test
    void dozensOfSimultaneousFetchesAreAllAnsweredAndAudited() throws Exception {
        fixtures.consent(client, "partner", DataCategory.BASIC_AND_CUSTODY);
        String token = newToken("partner");
        long before = audited("partner", "ALLOWED");
        List<Callable<Integer>> fetches = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            fetches.add(() -> mvc.perform(get("/calendar/" + token + ".ics")).andReturn().getResponse().getStatus());
        }
        assertThat(Together.call(fetches)).hasSize(40).allMatch(s -> s == 200);
        assertThat(audited("partner", "ALLOWED") - before).isEqualTo(40);
    }

    @Test
    void dozensOfSimultaneousNewAddressesForOneUserLeaveOneThatWorks() throws Exception {
        Cookie session = login("partner");
        long before = jdbc.sql("select count(*) from audit_entry where action = 'CALENDAR_FEED_TOKEN_CREATED'")
                .query(Long.class).single();
        List<Callable<String>> makes = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            makes.add(() -> {
                MockHttpServletResponse response = mvc.perform(post("/meetings/calendar/token").cookie(session)
                        .with(csrf())).andReturn().getResponse();
                assertThat(response.getStatus()).isEqualTo(200);
                Matcher found = FEED.matcher(response.getContentAsString(StandardCharsets.UTF_8));
                assertThat(found.find()).isTrue();
                return found.group(1);
            });
        }
        List<String> tokens = Together.call(makes);
        assertThat(tokens).hasSize(24).doesNotHaveDuplicates();
        assertThat(jdbc.sql("""
                        select count(*) from meeting_calendar_feed f join app_user u on u.id = f.user_id
                        where u.username = 'partner'""").query(Long.class).single()).isEqualTo(1);
        long working = 0;
        for (String token : tokens) {
            working += mvc.perform(get("/calendar/" + token + ".ics")).andReturn().getResponse().getStatus() == 200 ? 1 : 0;
        }
        assertThat(working).as("the one address kept works, every other is stopped").isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'CALENDAR_FEED_TOKEN_CREATED'")
                .query(Long.class).single() - before).as("each audited").isEqualTo(24);
    }

    @Test
    void theLinkInAnEntryLeadsThroughTheGateToTheMeetingPage() throws Exception {
        mvc.perform(as("coordinator", get("/meetings/" + meeting)))
                .andExpect(redirectedUrl("/clients/" + client + "/meetings/" + meeting));
        mvc.perform(as("partner", get("/meetings/" + meeting))).andExpect(status().isForbidden());
        fixtures.consent(client, "partner", DataCategory.BASIC_AND_CUSTODY);
        mvc.perform(as("partner", get("/meetings/" + meeting)))
                .andExpect(redirectedUrl("/clients/" + client + "/meetings/" + meeting));
        mvc.perform(as("employment", get("/meetings/" + meeting))).andExpect(status().isForbidden());
        mvc.perform(as("partner", get("/meetings/" + UUID.randomUUID()))).andExpect(status().isNotFound());
    }

    @Test
    void theClientsPrintedInvitationIsInTheirLanguageAndPassesTheGate() throws Exception {
        String page = "/clients/" + client + "/meetings/" + meeting + "/invitation";
        LocalDate on = LocalDate.now().plusDays(5);
        String swedishDay = on.format(java.time.format.DateTimeFormatter.ofLocalizedDate(
                java.time.format.FormatStyle.FULL).withLocale(java.util.Locale.forLanguageTag("sv")));
        mvc.perform(as("coordinator", get(page))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Inbjudan till möte"), containsString(swedishDay),
                        containsString("klockan 14:00 till 15:00"), containsString("Anstalten Umeå"),
                        containsString("Ta med dig"), containsString("Hej " + clientName), not(containsString(AGENDA)),
                        containsString("Language"))));
        mvc.perform(as("coordinator", get(page).param("language", "nb"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Invitasjon til møte"), containsString("Ta med deg"))));
        mvc.perform(as("coordinator", get(page).param("language", "en"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("What to bring")));
        mvc.perform(as("partner", get(page))).andExpect(status().isForbidden());
        mvc.perform(as("employment", get(page))).andExpect(status().isForbidden());
        mvc.perform(as("coordinator", get("/clients/" + client + "/meetings/" + meeting)))
                .andExpect(content().string(containsString(page)));
    }

    private String newToken(String user) throws Exception {
        // The answer to the form shows the address, this once.
        String page = mvc.perform(post("/meetings/calendar/token").cookie(login(user)).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("it is shown only this once")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Matcher found = FEED.matcher(page);
        assertThat(found.find()).as(page).isTrue();
        return found.group(1);
    }

    private Cookie login(String user) throws Exception {
        return mvc.perform(formLogin().user(user).password("demo")).andReturn().getResponse().getCookie("SESSION");
    }

    private MockHttpServletRequestBuilder as(String user, MockHttpServletRequestBuilder request) throws Exception {
        return request.cookie(login(user));
    }

    private static VEvent eventOf(Calendar calendar, UUID meeting) {
        return calendar.<VEvent>getComponents("VEVENT").stream()
                .filter(e -> e.getProperty(Property.UID).orElseThrow().getValue().equals(meeting + "@meetings.throughcare"))
                .findFirst().orElseThrow();
    }

    private long audited(String user, String outcome) {
        return jdbc.sql("""
                        select count(*) from audit_entry where action = 'CALENDAR_FEED_READ' and outcome = :outcome
                        and actor_username = :user""")
                .param("outcome", outcome).param("user", user).query(Long.class).single();
    }

    private long deniedReads() {
        return jdbc.sql("select count(*) from audit_entry where action = 'CALENDAR_FEED_READ' and outcome = 'DENIED'")
                .query(Long.class).single();
    }

    private static String sha256(String token) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    }
}
