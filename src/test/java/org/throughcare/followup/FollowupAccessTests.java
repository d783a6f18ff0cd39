package org.throughcare.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.throughcare.IntegrationTest;

/**
 * Who sees follow-up figures, and how: the national analyst suppressed and without a name anywhere, a manager their
 * own office only, everyone else refused with the true reason; every request audited; bad cohorts refused at
 * the field, in the reader's language.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FollowupAccessTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    FollowupWorld world;
    String cohort;

    /** Seven clients referred in March 2026: six men and one woman; five narcotics offences, two thefts; six meetings. */
    @BeforeAll
    void buildTheCohort() {
        world = new FollowupWorld(jdbc);
        for (int i = 0; i < 7; i++) {
            UUID client = world.client(i == 3 ? "FEMALE" : "MALE", world.municipality1, LocalDate.of(2026, 3, 2 + i),
                    i < 5 ? "NARCOTICS" : "THEFT", "HIGH");
            if (i < 4) {
                world.path(client, LocalDate.of(2026, 3, 20), "ELIGIBLE", LocalDate.of(2026, 4, 1), null, null, null);
            }
            // Meetings held in custody: the first four clients 0, 1, 2 and 3 of them, the client absent once.
            for (int m = 0; m < i && i < 4; m++) {
                world.meeting(client, LocalDate.of(2026, 3, 20 + m), LocalDate.of(2026, 9, 1), "HELD", !(i == 3 && m == 0));
            }
        }
        cohort = "?office=" + world.office + "&from=2026-03-01&to=2026-03-31";
    }

    private MockHttpServletResponse api(String user, String query) throws Exception {
        return mvc.perform(get("/api/v1/followup/figures" + query).with(httpBasic(user, "demo"))).andReturn()
                .getResponse();
    }

    private long audited(String outcome) {
        return jdbc.sql("select count(*) from audit_entry where action = 'FOLLOWUP_FIGURES' and outcome = :o")
                .param("o", outcome).query(Long.class).single();
    }

    @Test
    void theAnalystSeesSmallCountsSuppressedSoThatNoneCanBeWorkedOutFromTheTotals() throws Exception {
        String body = api("analyst", cohort).getContentAsString(StandardCharsets.UTF_8);
        assertThat((Boolean) JsonPath.read(body, "$.suppressed")).isTrue();
        // One woman: "<5"; the six men hidden beside her, or 7 − 6 would tell.
        List<String> gender = JsonPath.read(body, "$.figures[?(@.key == 'gender')].cells[*].shown");
        assertThat(gender).containsExactly("–", "<5", "0", "0");
        assertThat((Object) JsonPath.read(body, "$.figures[?(@.key == 'gender')].cells[1].count")).asString()
                .isEqualTo("[null]");

        List<Map<String, Object>> figures = JsonPath.read(body, "$.figures[*]");
        int attacked = 0;
        for (Map<String, Object> figure : figures) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> cells = (List<Map<String, Object>>) figure.get("cells");
            List<String> shown = cells.stream().map(c -> (String) c.get("shown")).toList();
            long total = Long.parseLong((String) figure.get("totalShown"));
            if (cells.isEmpty()) {
                continue;
            }
            if ("COUNTS".equals(figure.get("kind"))) {
                // A shown count must not give away the small number of clients it leaves out.
                for (String s : shown) {
                    if (s.matches("\\d+")) {
                        long rest = total - Long.parseLong(s);
                        assertThat(rest >= 1 && rest <= 4).as("%s: the rest of %s is small", figure.get("key"), s)
                                .isFalse();
                    } else {
                        assertThat(s).isIn("<5", "–");
                    }
                }
                continue;
            }
            List<String> reached = "FUNNEL".equals(figure.get("kind"))
                    ? cells.stream().map(c -> (String) c.get("reachedShown")).toList() : null;
            List<Set<Long>> candidates = SuppressionAttack.candidates(shown, reached, total);
            for (int i = 0; i < shown.size(); i++) {
                if (!shown.get(i).matches("\\d+")) {
                    assertThat(candidates.get(i)).as("%s line %d (%s)", figure.get("key"), i, shown).hasSizeGreaterThan(1);
                } else {
                    long value = Long.parseLong(shown.get(i));
                    assertThat(value >= 1 && value <= 4).as("%s line %d shown small", figure.get("key"), i).isFalse();
                }
            }
            if (shown.stream().anyMatch(s -> !s.matches("\\d+"))) {
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> statistics = (List<Map<String, Object>>) figure.get("statistics");
                assertThat(statistics).as("%s statistics", figure.get("key")).allMatch(s -> s.get("value") == null);
            }
            attacked++;
        }
        assertThat(attacked).isGreaterThan(15);
    }

    @Test
    void aManagerSeesTheirOwnOfficeUnsuppressedAndNoOtherOffice() throws Exception {
        long allowed = audited("ALLOWED");
        long denied = audited("DENIED");
        MockHttpServletResponse own = api("manager", "");
        assertThat(own.getStatus()).isEqualTo(200);
        String body = own.getContentAsString(StandardCharsets.UTF_8);
        assertThat((Boolean) JsonPath.read(body, "$.suppressed")).isFalse();
        UUID umea = jdbc.sql("select unit_id from app_user where username = 'manager'").query(UUID.class).single();
        assertThat((List<String>) JsonPath.read(body, "$.cohort.offices")).containsExactly(umea.toString());

        MockHttpServletResponse other = api("manager", cohort);
        assertThat(other.getStatus()).isEqualTo(403);
        assertThat(other.getContentAsString(StandardCharsets.UTF_8)).contains("own office only");
        assertThat(audited("ALLOWED")).isEqualTo(allowed + 1);
        assertThat(audited("DENIED")).isEqualTo(denied + 1);
    }

    @Test
    void coordinatorsPartnersPrisonStaffAndTheAdministratorAreRefusedAndTheRefusalIsAudited() throws Exception {
        for (String user : List.of("coordinator", "partner", "prison", "admin")) {
            long denied = audited("DENIED");
            MockHttpServletResponse refused = api(user, "");
            assertThat(refused.getStatus()).as(user).isEqualTo(403);
            assertThat(refused.getContentAsString(StandardCharsets.UTF_8)).as(user)
                    .contains("Only an office manager and the national analyst");
            assertThat(audited("DENIED")).as(user).isEqualTo(denied + 1);
            for (String export : List.of(".csv", ".xlsx")) {
                assertThat(mvc.perform(get("/api/v1/followup/figures" + export).with(httpBasic(user, "demo")))
                        .andReturn().getResponse().getStatus()).as(user + export).isEqualTo(403);
            }
            MockHttpServletResponse page = mvc.perform(get("/followup").cookie(session(user))).andReturn().getResponse();
            // The 403 page itself (with the reason) is rendered by the container's error dispatch, not by MockMvc.
            assertThat(page.getStatus()).as(user).isEqualTo(403);
        }
        // The menu offers the page only to those who may use it.
        assertThat(mvc.perform(get("/").cookie(session("coordinator"))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).doesNotContain("href=\"/followup\"");
        assertThat(mvc.perform(get("/").cookie(session("analyst"))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("href=\"/followup\"");
    }

    @Test
    void theAnalystSeesNoNameAndNoIdentityNumberOnThePageOrInAnyExport() throws Exception {
        List<String> identities = jdbc.sql("select full_name from client union select id_number from client")
                .query(String.class).list();
        Cookie analyst = session("analyst");
        for (String query : List.of("", cohort)) {
            List<String> bodies = List.of(
                    mvc.perform(get("/followup" + query).cookie(analyst)).andReturn().getResponse()
                            .getContentAsString(StandardCharsets.UTF_8),
                    api("analyst", query).getContentAsString(StandardCharsets.UTF_8),
                    mvc.perform(get("/api/v1/followup/figures.csv" + query).with(httpBasic("analyst", "demo")))
                            .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8),
                    XlsxText.of(mvc.perform(get("/api/v1/followup/figures.xlsx" + query)
                            .with(httpBasic("analyst", "demo"))).andReturn().getResponse().getContentAsByteArray()));
            for (String body : bodies) {
                assertThat(body).contains("Narcotics offence");
                for (String identity : identities) {
                    assertThat(body).doesNotContain(identity);
                }
            }
        }
    }

    @Test
    void thePageShowsEachFigureAsAChartWithItsTableAndDefinition() throws Exception {
        String page = mvc.perform(get("/followup").cookie(session("manager"))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("<svg", "class=\"chart-bar\"", "<table class=\"table\">", "The funnel",
                "Each client of the cohort at the furthest stage", "/api/v1/followup/figures.csv?basis=REFERRAL");
        assertThat(page).doesNotContain("<script src=\"http");
    }

    @Test
    void badCohortsAreRefusedAtTheFieldInTheReadersLanguage() throws Exception {
        Map<String, String> fields = Map.of(
                "?from=2026-05-01&to=2026-04-01", "to",
                "?from=2010-01-01&to=2026-01-01", "to",
                "?office=" + UUID.randomUUID(), "office",
                "?office=not-an-id", "office",
                "?municipality=NOWHERE", "municipality",
                "?from=01/05/2026", "from",
                "?from=&to=2026-01-01", "from",
                "?basis=birthday", "basis");
        for (Map.Entry<String, String> bad : fields.entrySet()) {
            MockHttpServletResponse answer = api("analyst", bad.getKey());
            assertThat(answer.getStatus()).as(bad.getKey()).isEqualTo(400);
            assertThat(answer.getContentType()).as(bad.getKey()).contains("problem+json");
            assertThat((List<String>) JsonPath.read(answer.getContentAsString(StandardCharsets.UTF_8),
                    "$.errors[*].field")).as(bad.getKey()).contains(bad.getValue());
        }
        Map<String, String> inverted = Map.of("en", "The end of the period must not come before its start.",
                "sv", "Periodens slut får inte komma före dess början.",
                "nb", "Periodens slutt kan ikke komme før starten.");
        for (Map.Entry<String, String> language : inverted.entrySet()) {
            MockHttpServletResponse page = mvc.perform(get("/followup?from=2026-05-01&to=2026-04-01")
                    .cookie(session("analyst")).header("Accept-Language", language.getKey())).andReturn().getResponse();
            assertThat(page.getStatus()).isEqualTo(400);
            assertThat(page.getContentAsString(StandardCharsets.UTF_8)).contains(language.getValue());
        }
        MockHttpServletResponse tooLong = mvc.perform(get("/api/v1/followup/figures?from=2010-01-01&to=2026-01-01")
                .with(httpBasic("analyst", "demo")).header("Accept-Language", "sv")).andReturn().getResponse();
        assertThat(tooLong.getContentAsString(StandardCharsets.UTF_8)).contains("högst 10 år");
    }

    @Test
    void definitionsComeInTheReadersLanguage() throws Exception {
        for (Map.Entry<String, String> language : Map.of("sv", "Tratten", "nb", "Trakten", "en", "The funnel")
                .entrySet()) {
            String body = mvc.perform(get("/api/v1/followup/figures" + cohort).with(httpBasic("analyst", "demo"))
                    .header("Accept-Language", language.getKey())).andReturn().getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            assertThat((List<String>) JsonPath.read(body, "$.figures[?(@.key == 'funnel')].title"))
                    .containsExactly(language.getValue());
        }
    }

    private final Map<String, Cookie> sessions = new java.util.concurrent.ConcurrentHashMap<>();

    private Cookie session(String username) {
        return sessions.computeIfAbsent(username, name -> {
            try {
                return mvc.perform(formLogin().user(name).password("demo")).andReturn().getResponse()
                        .getCookie("SESSION");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
