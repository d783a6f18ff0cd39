package org.throughcare.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.throughcare.client.CustodyEventFixtures.OTHER_PRISON_STAFF;
import static org.throughcare.client.CustodyEventFixtures.event;

import com.jayway.jsonpath.JsonPath;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.throughcare.IntegrationTest;
import org.throughcare.identity.IdentityManagement;
import org.throughcare.shared.ClientId;

/**
 * The custody-events API as agencies' systems use it: a repeated event id is one event, answered alike even
 * when dozens arrive at once; an event that arrives late is history, not the current fact; a reused id with
 * other content is a conflict; refusals for those who may not record and for bad input save nothing.
 */
@IntegrationTest
class CustodyEventApiTests {

    static final String CHANGE_REFUSED = "This is a change your role may not make";
    static final int BURST = 30;

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ClientManagement management;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    IdentityManagement identity;

    CustodyEventFixtures fixtures;
    LocalDate today = LocalDate.now();

    @BeforeEach
    void fixtures() {
        fixtures = new CustodyEventFixtures(mvc, jdbc, management, accounts, identity);
    }

    @Test
    void theSameEventIdTwiceIsOneEventWithTheSameAnswerAndOtherContentUnderItIsAConflict() throws Exception {
        ClientId client = fixtures.clients.inCustody("Custody Repeat", 60, RiskLevel.HIGH, 24);
        String json = event("rep-" + UUID.randomUUID(), client, "RELEASE_DATE", today.plusDays(80), Instant.now(),
                "Moved by the court", null);
        MockHttpServletResponse first = fixtures.sendAsSystem("prison", json);
        MockHttpServletResponse second = fixtures.sendAsSystem("prison", json);
        assertThat(first.getStatus()).isEqualTo(201);
        assertThat(second.getStatus()).isEqualTo(201);
        assertThat(second.getContentAsString()).isEqualTo(first.getContentAsString());
        assertThat(fixtures.events(client)).isEqualTo(1);
        long dateChanges = dateChanges(client);

        String other = json.replace("Moved by the court", "Moved by the prison");
        MockHttpServletResponse conflict = fixtures.sendAsSystem("prison", other);
        assertThat(conflict.getStatus()).isEqualTo(409);
        assertThat(conflict.getContentType()).startsWith("application/problem+json");
        assertThat(conflict.getContentAsString()).contains("eventId").contains("already used for a different event");
        assertThat(fixtures.events(client)).isEqualTo(1);
        assertThat(dateChanges(client)).isEqualTo(dateChanges);
    }

    @Test
    void anOlderEventArrivingLateIsKeptAsHistoryAndDoesNotOverrideTheNewerFact() throws Exception {
        ClientId client = fixtures.clients.inCustody("Custody Late", 60, RiskLevel.HIGH, 24);
        Instant decided = Instant.now().minus(1, ChronoUnit.HOURS);
        LocalDate newer = today.plusDays(90);
        LocalDate older = today.plusDays(70);
        assertThat(fixtures.sendAsSystem("prison", event("late-2", client, "RELEASE_DATE", newer, decided,
                "Second decision", null)).getStatus()).isEqualTo(201);
        MockHttpServletResponse late = fixtures.sendAsSystem("prison", event("late-1", client, "RELEASE_DATE", older,
                decided.minus(1, ChronoUnit.DAYS), "First decision", null));
        assertThat(late.getStatus()).isEqualTo(201);
        assertThat(JsonPath.<Boolean>read(late.getContentAsString(), "$.applied")).isFalse();
        assertThat(fixtures.releaseDate(client)).isEqualTo(newer);
        String history = fixtures.read("coordinator", "/api/v1/clients/" + client + "/custody-events")
                .getContentAsString();
        assertThat(JsonPath.<List<String>>read(history, "$[*].reason")).containsExactly("Second decision",
                "First decision");
        assertThat(JsonPath.<List<Boolean>>read(history, "$[*].applied")).containsExactly(true, false);
        assertThat(fixtures.read("coordinator", "/clients/" + client + "/custody-events").getContentAsString())
                .contains("Kept as history");
        // A later decision of another fact still applies: the order is kept per fact.
        assertThat(fixtures.sendAsSystem("prison", event("late-3", client, "EARLY_RELEASE", older,
                decided.minus(2, ChronoUnit.DAYS), "Electronic monitoring granted",
                "\"earlyReleaseType\": \"ELECTRONIC_MONITORING\"")).getStatus()).isEqualTo(201);
        assertThat(jdbc.sql("select early_release_date from custody_episode where client_id = :c and current")
                .param("c", client.value()).query(LocalDate.class).single()).isEqualTo(older);
    }

    @Test
    void dozensOfSimultaneousCopiesOfOneEventStoreItOnceAndAreAllAnsweredAlike() throws Exception {
        ClientId client = fixtures.clients.inCustody("Custody Burst", 60, RiskLevel.HIGH, 24);
        String json = event("burst-" + UUID.randomUUID(), client, "TRANSFER", today, Instant.now(), "Moved",
                "\"institutionId\": \"" + fixtures.skanninge() + "\"");
        long audited = recordDecisions(client);
        List<MockHttpServletResponse> answers = burst(java.util.Collections.nCopies(BURST, json), "prison");
        assertThat(answers).extracting(MockHttpServletResponse::getStatus).containsOnly(201);
        Set<String> bodies = new HashSet<>();
        for (MockHttpServletResponse answer : answers) {
            bodies.add(answer.getContentAsString());
        }
        assertThat(bodies).hasSize(1);
        assertThat(fixtures.events(client)).isEqualTo(1);
        assertThat(jdbc.sql("select institution_id from custody_episode where client_id = :c and current")
                .param("c", client.value()).query(UUID.class).single()).isEqualTo(fixtures.skanninge());
        // One access decision for the one that recorded it; the copies found it before asking the gate.
        assertThat(recordDecisions(client) - audited).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from audit_entry where subject_id = :c and action = 'CUSTODY_EVENT_REPEATED'")
                .param("c", client.toString()).query(Long.class).single()).isEqualTo(BURST - 1);
    }

    @Test
    void dozensOfSimultaneousDifferentEventsForOneClientAreAllKeptAndTheNewestHolds() throws Exception {
        ClientId client = fixtures.clients.inCustody("Custody Many", 60, RiskLevel.HIGH, 24);
        Instant base = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        List<String> events = new ArrayList<>();
        for (int i = 0; i < BURST; i++) {
            events.add(event("many-" + i + "-" + UUID.randomUUID(), client, "RELEASE_DATE", today.plusDays(61 + i),
                    base.plusSeconds(i), "Decision " + i, null));
        }
        java.util.Collections.shuffle(events);
        long audited = recordDecisions(client);
        List<MockHttpServletResponse> answers = burst(events, "prison");
        assertThat(answers).extracting(MockHttpServletResponse::getStatus).containsOnly(201);
        assertThat(fixtures.events(client)).isEqualTo(BURST);
        assertThat(fixtures.releaseDate(client)).isEqualTo(today.plusDays(61 + BURST - 1));
        assertThat(recordDecisions(client) - audited).isEqualTo(BURST);
        // Every date that was applied is in the key-date history, each once.
        long applied = jdbc.sql("select count(*) from custody_event where client_id = :c and applied")
                .param("c", client.value()).query(Long.class).single();
        assertThat(applied).isBetween(1L, (long) BURST);
        assertThat(jdbc.sql("select count(*) from key_date_change where client_id = :c and reason like 'Decision %'")
                .param("c", client.value()).query(Long.class).single()).isEqualTo(applied);
    }

    @Test
    void aPartnerAnotherPrisonAndTheNationalAnalystAreRefusedWithTheChangeMessageNothingSavedAndAudited()
            throws Exception {
        ClientId client = fixtures.clients.inCustody("Custody Denied", 60, RiskLevel.HIGH, 24);
        LocalDate release = fixtures.releaseDate(client);
        for (String username : List.of("partner", OTHER_PRISON_STAFF, "analyst")) {
            MockHttpServletResponse answer = fixtures.sendAsSystem(username, event("deny-" + username, client,
                    "RELEASE_DATE", today.plusDays(99), Instant.now(), "Try", null));
            assertThat(answer.getStatus()).as(username).isEqualTo(403);
            assertThat(answer.getContentAsString()).as(username).contains(CHANGE_REFUSED).doesNotContain("Custody Denied");
            assertThat(jdbc.sql("""
                            select count(*) from audit_entry where subject_id = :c and actor_username = :u
                              and action = 'RECORD_CUSTODY' and outcome = 'DENIED'""")
                    .param("c", client.toString()).param("u", username).query(Long.class).single())
                    .as(username).isEqualTo(1);
            // The page is not offered either, and its form refused when posted.
            assertThat(fixtures.read(username, "/clients/" + client + "/custody-events/transfer").getStatus())
                    .as(username).isEqualTo(403);
        }
        assertThat(fixtures.events(client)).isZero();
        assertThat(fixtures.releaseDate(client)).isEqualTo(release);
    }

    @Test
    void badInputIsRefusedAtItsFieldAndSavesNothing() throws Exception {
        ClientId client = fixtures.clients.inCustody("Custody Bad", 60, RiskLevel.HIGH, 24);
        ClientId free = fixtures.clients.referred("Custody Free");
        LocalDate start = fixtures.sentenceStart(client);
        String unknown = "\"institutionId\": \"" + UUID.randomUUID() + "\"";
        String here = "\"institutionId\": \"" + fixtures.umea() + "\"";
        Map<String, String> refused = Map.of(
                event("bad-1", client, "TRANSFER", today, Instant.now(), "x", unknown), "institutionId",
                event("bad-2", client, "TRANSFER", today, Instant.now(), "x", here), "institutionId",
                event("bad-3", client, "EARLY_RELEASE", today.plusDays(61), Instant.now(), "x",
                        "\"earlyReleaseType\": \"ELECTRONIC_MONITORING\""), "effectiveOn",
                event("bad-4", client, "RELEASE_DATE", start.minusDays(1), Instant.now(), "x", null), "effectiveOn",
                event("bad-5", client, "RELEASED", today.plusDays(1), Instant.now(), "x", null), "effectiveOn",
                event("bad-6", free, "RELEASE_DATE", today.plusDays(30), Instant.now(), "x", null), "clientId",
                event("bad-7", client, "RELEASE_DATE", today.plusDays(30), Instant.now().plus(1, ChronoUnit.DAYS),
                        "x", null), "occurredAt");
        for (var bad : refused.entrySet()) {
            MockHttpServletResponse answer = fixtures.send("coordinator", bad.getKey());
            assertThat(answer.getStatus()).as(bad.getKey()).isEqualTo(400);
            assertThat(answer.getContentType()).startsWith("application/problem+json");
            assertThat(JsonPath.<List<String>>read(answer.getContentAsString(), "$.errors[*].field")).as(bad.getKey())
                    .contains(bad.getValue());
        }
        assertThat(fixtures.events(client) + fixtures.events(free)).isZero();
        assertThat(fixtures.releaseDate(client)).isEqualTo(today.plusDays(60));
        // On the page, the same refusal is shown at the field.
        String page = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .post("/clients/" + client + "/custody-events/early-release")
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(
                        accounts.loadUserByUsername("coordinator")))
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                .param("effectiveOn", today.plusDays(61).toString()).param("earlyReleaseType", "ELECTRONIC_MONITORING")
                .param("reason", "Granted").param("version", "" + fixtures.version(client))).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("effectiveOn-error").contains("must not come after the conditional release date");
        assertThat(fixtures.events(client)).isZero();
    }

    @Test
    void theOperationsAreInTheOpenApiDocument() throws Exception {
        String api = fixtures.read("coordinator", "/v3/api-docs").getContentAsString();
        assertThat(api).contains("\"/api/v1/custody-events\"").contains("\"/api/v1/clients/{id}/custody-events\"")
                .contains("PostCustodyEvent").contains("occurredAt");
    }

    private List<MockHttpServletResponse> burst(List<String> bodies, String username) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(bodies.size());
        try {
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            List<Future<MockHttpServletResponse>> sent = new ArrayList<>();
            for (String body : bodies) {
                sent.add(pool.submit(() -> {
                    start.await();
                    return fixtures.sendAsSystem(username, body);
                }));
            }
            start.countDown();
            List<MockHttpServletResponse> answers = new ArrayList<>();
            for (Future<MockHttpServletResponse> answer : sent) {
                answers.add(answer.get(120, java.util.concurrent.TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    private long recordDecisions(ClientId client) {
        return jdbc.sql("select count(*) from audit_entry where subject_id = :c and action = 'RECORD_CUSTODY'")
                .param("c", client.toString()).query(Long.class).single();
    }

    private long dateChanges(ClientId client) {
        return jdbc.sql("select count(*) from key_date_change where client_id = :c").param("c", client.value())
                .query(Long.class).single();
    }
}
