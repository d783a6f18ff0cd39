package org.throughcare.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.convention.TestBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Historic data counts (issue 15 item 3): a client's year entered live, day by day on a clock the test steps
 * forward, and the same year entered afterwards in one sitting through the API with the past days given, store the
 * same effective days and read back in the same order; only the entered-afterwards marks and the recording times
 * differ. On an application of its own (own database, a clock that starts 300 days behind).
 */
@SpringBootTest(properties = "throughcare.audit.anchor-file=target/historic-entry-tests-audit-anchor.log")
@AutoConfigureMockMvc
class HistoricEntryTests {

    private static final String SCHEMA = OwnSchema.named("historic");
    private static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");
    private static final SteppingClock CLOCK = new SteppingClock(ZONE, Duration.ofDays(300));
    private static final LocalDate TODAY = LocalDate.now(ZONE);
    private static final LocalDate REFERRED = TODAY.minusDays(290);
    private static final LocalDate CUSTODY_RECORDED = TODAY.minusDays(289);
    private static final LocalDate SCREENED = TODAY.minusDays(280);
    private static final LocalDate CONSENTED = TODAY.minusDays(270);
    private static final LocalDate JOINED = TODAY.minusDays(268);
    private static final LocalDate ENROLLED = TODAY.minusDays(260);
    private static final LocalDate TRANSFERRED = TODAY.minusDays(200);
    private static final LocalDate RELEASED = TODAY.minusDays(120);
    private static final LocalDate LEFT = TODAY.minusDays(60);
    private static final LocalDate COMPLETED = TODAY.minusDays(30);

    @TestBean(name = "clock")
    Clock clock;

    static Clock clock() {
        return CLOCK;
    }

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        OwnSchema.register(registry, SCHEMA);
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aYearEnteredAfterwardsStoresTheSameDaysAndReadsInTheSameOrderAsOneEnteredLive() throws Exception {
        String live = enter(true);
        CLOCK.toRealTime();
        String afterwards = enter(false);

        List<String> steps = List.of("null>REFERRED " + REFERRED, "REFERRED>SCREENED " + SCREENED,
                "SCREENED>CONSENTED " + CONSENTED, "CONSENTED>ENROLLED " + ENROLLED, "ENROLLED>RELEASED " + RELEASED,
                "RELEASED>COMPLETED " + COMPLETED);
        assertThat(transitions(live)).containsExactlyElementsOf(steps);
        assertThat(transitions(afterwards)).containsExactlyElementsOf(steps);
        assertThat(marks("stage_transition", live)).containsOnly(false).hasSize(6);
        assertThat(marks("stage_transition", afterwards)).containsOnly(true).hasSize(6);

        for (String client : List.of(live, afterwards)) {
            assertThat(row("select referred_on, stage, stage_since from client where id = :id", client))
                    .containsExactly(REFERRED, "COMPLETED", COMPLETED);
            assertThat(row("select screened_on from eligibility_screening where client_id = :id", client))
                    .containsExactly(SCREENED);
            assertThat(row("select from_date, to_date from group_member where client_id = :id", client))
                    .containsExactly(JOINED, LEFT);
            assertThat(row("select given_on from consent where client_id = :id", client)).containsExactly(CONSENTED);
            assertThat(row("select kind, effective_on from custody_event where client_id = :id", client))
                    .containsExactly("TRANSFER", TRANSFERRED);
        }
        for (String table : List.of("eligibility_screening", "group_member", "consent", "custody_event")) {
            assertThat(marks(table, live)).as(table + " live").containsExactly(false);
            assertThat(marks(table, afterwards)).as(table + " afterwards").containsExactly(true);
        }
        assertThat(row("select end_entered_afterwards from group_member where client_id = :id", afterwards))
                .containsExactly(true);
        assertThat(row("select cast(recorded_at as date) from stage_transition where client_id = :id "
                + "and to_stage = 'REFERRED'", afterwards)).as("recorded when it was entered").containsExactly(TODAY);

        // The case's history reads alike: the same steps, on the same days, in the same order.
        List<Map<String, Object>> liveHistory = history(live);
        List<Map<String, Object>> laterHistory = history(afterwards);
        assertThat(laterHistory).extracting(h -> h.get("type") + " " + h.get("to") + " " + h.get("effectiveOn"))
                .containsExactlyElementsOf(liveHistory.stream()
                        .map(h -> h.get("type") + " " + h.get("to") + " " + h.get("effectiveOn")).toList())
                .startsWith("STAGE COMPLETED " + COMPLETED, "STAGE RELEASED " + RELEASED)
                .endsWith("SCREENING null " + SCREENED, "STAGE REFERRED " + REFERRED);
        assertThat(liveHistory).extracting(h -> h.get("enteredAfterwards")).containsOnly(false);
        assertThat(laterHistory).extracting(h -> h.get("enteredAfterwards")).containsOnly(true);

        jakarta.servlet.http.Cookie session = mvc.perform(org.springframework.security.test.web.servlet.request
                .SecurityMockMvcRequestBuilders.formLogin().user("coordinator").password("demo"))
                .andReturn().getResponse().getCookie("SESSION");
        String page = mvc.perform(get("/clients/" + afterwards).cookie(session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("(entered afterwards on " + TODAY + ")");
        assertThat(jdbc.sql("""
                        select count(*) from audit_entry where subject_id = :id and details like '%entered afterwards%'""")
                .param("id", afterwards).query(Long.class).single()).as("audited as entered afterwards")
                .isGreaterThanOrEqualTo(6);
    }

    /** The client's year through the API: live, each step on its own day; or afterwards, all now with the days. */
    private String enter(boolean live) throws Exception {
        UUID prisonUmea = id("select id from organisation where name = 'Anstalten Umeå'");
        UUID skanninge = id("select id from organisation where name = 'Anstalten Skänninge'");
        UUID socialServices = id("select id from organisation where name = 'Socialtjänsten Umeå'");
        UUID partner = id("select id from app_user where username = 'partner'");
        UUID[] coordinator = jdbc.sql("select id, unit_id from app_user where username = 'coordinator'")
                .query((rs, n) -> new UUID[] {rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)}).single();
        LocalDate born = LocalDate.of(1985, 6, 14);

        on(live, REFERRED);
        String client = JsonPath.read(send(post("/api/v1/clients"), """
                {"fullName": "Historic Client", "idCountry": "SE", "idNumber": "%s", "dateOfBirth": "%s",
                 "gender": "MALE", "municipalityCode": "2480", "probationOfficeId": "%s", "coordinatorId": "%s"%s}"""
                .formatted(TestNumbers.personnummer(born), born, coordinator[1], coordinator[0],
                        live ? "" : ", \"referredOn\": \"" + REFERRED + "\""), 201), "$.id");
        on(live, CUSTODY_RECORDED);
        LocalDate start = TODAY.minusDays(600);
        send(put("/api/v1/clients/" + client + "/custody"), """
                {"institutionId": "%s", "sentenceStart": "%s", "sentenceLengthMonths": 24,
                 "conditionalReleaseDate": "%s", "sentenceExpiry": "%s", "supervisionEnd": "%s", "riskLevel": "HIGH",
                 "riskInstrument": "LS/CMI", "riskAssessedOn": "%s", "mainOffence": "NARCOTICS", "version": %d}"""
                .formatted(prisonUmea, start, RELEASED, start.plusMonths(24), RELEASED.plusYears(1),
                        start.plusDays(30), version(client)), 200);
        on(live, SCREENED);
        send(post("/api/v1/clients/" + client + "/screenings"), """
                {"releaseInWindow": "MET", "riskMediumOrHigh": "MET", "sentenceLongEnough": "MET",
                 "severalAgencies": "MET", "motivated": "MET", "noExpulsion": "MET", "decision": "ELIGIBLE",
                 "reason": "Meets the criteria", "version": %d%s}""".formatted(version(client),
                live ? "" : ", \"screenedOn\": \"" + SCREENED + "\""), 200);
        on(live, CONSENTED);
        stage(client, "CONSENTED", CONSENTED);
        send(post("/api/v1/clients/" + client + "/consents"), """
                {"form": "ORAL", "givenOn": "%s", "witness": "Kontaktman", "toldAboutConfidentiality": true,
                 "textVersion": "2026-1", "validUntil": "%s", "organisationIds": ["%s"],
                 "categories": ["BASIC_AND_CUSTODY"]}""".formatted(CONSENTED, CONSENTED.plusYears(1), socialServices),
                201);
        on(live, JOINED);
        String roster = send(post("/api/v1/clients/" + client + "/group/members"), """
                {"userId": "%s", "role": "CASE_WORKER", "from": "%s"}""".formatted(partner, JOINED), 201);
        String member = JsonPath.<List<String>>read(roster, "$.current[*].id").get(0);
        on(live, ENROLLED);
        stage(client, "ENROLLED", ENROLLED);
        on(live, TRANSFERRED);
        send(post("/api/v1/custody-events"), """
                {"eventId": "transfer-%s", "clientId": "%s", "kind": "TRANSFER", "effectiveOn": "%s",
                 "occurredAt": "%sT08:00:00Z", "institutionId": "%s", "reason": "Moved for a programme"}"""
                .formatted(client, client, TRANSFERRED, TRANSFERRED, skanninge), 201);
        on(live, RELEASED);
        stage(client, "RELEASED", RELEASED);
        on(live, LEFT);
        send(post("/api/v1/clients/" + client + "/group/members/" + member + "/end"), """
                {"to": "%s", "reason": "The case closed at social services"}""".formatted(LEFT), 200);
        on(live, COMPLETED);
        stage(client, "COMPLETED", COMPLETED);
        return client;
    }

    private void on(boolean live, LocalDate day) {
        if (live) {
            CLOCK.stepTo(day, LocalTime.of(10, 0));
        }
    }

    private void stage(String client, String to, LocalDate on) throws Exception {
        send(post("/api/v1/clients/" + client + "/transitions"), """
                {"to": "%s", "effectiveOn": "%s", "reason": "As planned", "version": %d}"""
                .formatted(to, on, version(client)), 200);
    }

    private String send(MockHttpServletRequestBuilder request, String json, int expected) throws Exception {
        var response = mvc.perform(request.with(httpBasic("coordinator", "demo"))
                .contentType(MediaType.APPLICATION_JSON).content(json)).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(expected);
        return response.getContentAsString();
    }

    private long version(String client) {
        return jdbc.sql("select version from client where id = cast(:id as uuid)").param("id", client)
                .query(Long.class).single();
    }

    private UUID id(String sql) {
        return jdbc.sql(sql).query(UUID.class).single();
    }

    private List<String> transitions(String client) {
        return jdbc.sql("""
                        select from_stage, to_stage, effective_on from stage_transition where client_id = cast(:id as uuid)
                        order by effective_on, recorded_at""").param("id", client)
                .query((rs, n) -> rs.getString(1) + ">" + rs.getString(2) + " " + rs.getObject(3, LocalDate.class))
                .list();
    }

    private List<Boolean> marks(String table, String client) {
        return jdbc.sql("select entered_afterwards from " + table + " where client_id = cast(:id as uuid)")
                .param("id", client).query(Boolean.class).list();
    }

    private List<Object> row(String sql, String client) {
        return jdbc.sql(sql.replace(":id", "cast(:id as uuid)")).param("id", client).query((rs, n) -> {
            List<Object> values = new java.util.ArrayList<>();
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                Object value = rs.getObject(i);
                values.add(value instanceof java.sql.Date date ? date.toLocalDate() : value);
            }
            return values;
        }).single();
    }

    /** The timeline's stage changes and screenings as the API gives them, newest first. */
    private List<Map<String, Object>> history(String client) throws Exception {
        String body = mvc.perform(get("/api/v1/clients/" + client + "/timeline").with(httpBasic("coordinator", "demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<Map<String, Object>> entries = JsonPath.read(body, "$[?(@.type != 'KEY_DATE')]");
        return entries.stream().map(e -> {
            Map<String, Object> copy = new java.util.HashMap<>(e);
            copy.put("to", e.get("to"));
            return copy;
        }).toList();
    }
}
