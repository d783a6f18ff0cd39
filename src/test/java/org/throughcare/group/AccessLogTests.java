package org.throughcare.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders;
import org.springframework.test.web.servlet.MockMvc;
import org.throughcare.IntegrationTest;
import org.throughcare.client.TestNumbers;

/**
 * A client's access log as the coordinator reads it: people by name, categories, grounds and purposes in
 * words in each language, narrowed by who, category, outcome and period, and refused to everyone else.
 */
@IntegrationTest
class AccessLogTests {

    /** Codes as the audit log stores them, which no page may show as text (a filter's option values are codes). */
    private static final List<String> CODES = List.of("BASIC_AND_CUSTODY", "NO_CONSENT", "CLIENT_COORDINATOR",
            "category=", "ground=", "client case", "READ", "DENIED", "ALLOWED");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void thePageNamesPeopleAndSaysWhatWasReadAndWhyInEachLanguage() throws Exception {
        String client = clientWithARefusedPartner("Access Words Client");
        Map<String, List<String>> words = Map.of(
                "en", List.of("Omar Hassan", "Karin Lindqvist", "Basic and custody facts", "No consent covers it",
                        "The client&#39;s coordinator", "Client case", "Denied", "Allowed", "Read", "Group member added",
                        "Case worker", "Socialtjänsten Umeå"),
                "sv", List.of("Omar Hassan", "Karin Lindqvist", "Grunduppgifter och uppgifter om verkställigheten",
                        "Inget samtycke täcker det", "Klientens samordnare", "Klientens ärende", "Nekad", "Läsning"),
                "nb", List.of("Omar Hassan", "Karin Lindqvist", "Grunnopplysninger og opplysninger om soningen",
                        "Ikke dekket av samtykke", "Klientens koordinator", "Klientens sak", "Avvist", "Lesing"));
        for (var language : words.entrySet()) {
            MockHttpServletResponse page = page("coordinator", "/clients/" + client + "/access-log", language.getKey());
            String body = page.getContentAsString(StandardCharsets.UTF_8);
            assertThat(page.getStatus()).as(language.getKey()).isEqualTo(200);
            assertThat(body).as(language.getKey()).contains(language.getValue());
            String text = body.replaceAll("<[^>]*>", " ");
            CODES.forEach(code -> assertThat(text).as("%s shows no %s", language.getKey(), code).doesNotContain(code));
            assertThat(body).as("logins are not shown").doesNotContain("<td>partner</td>", "<td>coordinator</td>");
            assertThat(text).as("organisations are named").doesNotContain(org("Socialtjänsten Umeå").toString());
        }
    }

    @Test
    void eachFilterNarrowsTheLogAloneAndTogetherAndPagingKeepsThem() throws Exception {
        String client = clientWithARefusedPartner("Access Filter Client");
        String base = "/api/v1/clients/" + client + "/access-log?size=200";
        String partner = userId("partner");
        List<Map<String, Object>> all = JsonPath.read(api("coordinator", base), "$.items");
        assertThat(all).extracting(e -> e.get("username")).contains("partner", "coordinator");

        List<String> byPartner = JsonPath.read(api("coordinator", base + "&who=" + partner), "$.items[*].username");
        assertThat(byPartner).isNotEmpty().containsOnly("partner");
        List<String> refused = JsonPath.read(api("coordinator", base + "&outcome=refused"), "$.items[*].outcome");
        assertThat(refused).isNotEmpty().containsOnly("DENIED");
        List<String> allowed = JsonPath.read(api("coordinator", base + "&outcome=allowed"), "$.items[*].outcome");
        assertThat(allowed).isNotEmpty().containsOnly("ALLOWED");
        List<String> risk = JsonPath.read(api("coordinator", base + "&category=CRIMINAL_HISTORY_AND_RISK"),
                "$.items[*].category");
        assertThat(risk).isNotEmpty().containsOnly("CRIMINAL_HISTORY_AND_RISK");
        String today = LocalDate.now().toString();
        // Reading the log is itself in the log: today holds at least what was there before.
        List<String> ofToday = JsonPath.read(api("coordinator", base + "&from=" + today + "&to=" + today),
                "$.items[*].occurredAt");
        assertThat(ofToday.size()).isGreaterThanOrEqualTo(all.size());
        assertThat(JsonPath.<Integer>read(api("coordinator", base + "&to=" + LocalDate.now().minusDays(1)),
                "$.totalItems")).isZero();
        assertThat(JsonPath.<Integer>read(api("coordinator", base + "&from=" + LocalDate.now().plusDays(1)),
                "$.totalItems")).isZero();

        String combined = "&who=" + partner + "&outcome=refused&category=BASIC_AND_CUSTODY&from=" + today;
        List<Map<String, Object>> both = JsonPath.read(api("coordinator", base + combined), "$.items");
        assertThat(both).isNotEmpty().allSatisfy(e -> {
            assertThat(e.get("username")).isEqualTo("partner");
            assertThat(e.get("outcome")).isEqualTo("DENIED");
            assertThat(e.get("category")).isEqualTo("BASIC_AND_CUSTODY");
            assertThat(e.get("ground")).isEqualTo("NO_CONSENT");
        });

        // Paging counts and walks the filtered entries only.
        String byOne = "/api/v1/clients/" + client + "/access-log?size=1&outcome=allowed";
        int total = JsonPath.read(api("coordinator", byOne), "$.totalItems");
        assertThat(total).isGreaterThanOrEqualTo(allowed.size()).isGreaterThan(1);
        assertThat(JsonPath.<List<String>>read(api("coordinator", byOne + "&page=1"), "$.items[*].outcome"))
                .containsExactly("ALLOWED");

        // The page keeps the filters in its form and in its pager.
        for (int i = 0; i < 30; i++) {
            assertThat(mvc.perform(get("/api/v1/clients/" + client).with(httpBasic("partner", "demo")))
                    .andReturn().getResponse().getStatus()).isEqualTo(403);
            mvc.perform(get("/api/v1/clients/" + client + "/timeline").with(httpBasic("partner", "demo")));
        }
        assertThat(JsonPath.<Integer>read(api("coordinator", base + "&who=" + partner + "&outcome=refused"),
                "$.totalItems")).isGreaterThan(50);
        String page = page("coordinator", "/clients/" + client + "/access-log?who=" + partner + "&outcome=refused",
                "en").getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("access-log?outcome=refused&amp;who=" + partner + "&amp;page=2")
                .contains("<option value=\"refused\" selected=\"selected\">");
        assertThat(page).doesNotContain("<td>Karin Lindqvist</td>");
    }

    @Test
    void filterValuesItDoesNotKnowAre400AtTheirFieldsInTheReadersLanguage() throws Exception {
        String client = clientWithARefusedPartner("Access Bad Filter Client");
        String bad = "?who=" + UUID.randomUUID() + "&category=SECRETS&outcome=maybe&from=2026-02-30&to=tomorrow";
        MockHttpServletResponse page = page("coordinator", "/clients/" + client + "/access-log" + bad, "sv");
        String body = page.getContentAsString(StandardCharsets.UTF_8);
        assertThat(page.getStatus()).isEqualTo(400);
        assertThat(body).contains("id=\"who-error\"", "id=\"category-error\"", "id=\"outcome-error\"",
                "id=\"from-error\"", "id=\"to-error\"", "”SECRETS” är inte ett av valen här.",
                "Detta är inte ett giltigt datum.");

        MockHttpServletResponse reversed = page("coordinator", "/clients/" + client + "/access-log?from="
                + LocalDate.now() + "&to=" + LocalDate.now().minusDays(3), "nb");
        assertThat(reversed.getStatus()).isEqualTo(400);
        assertThat(reversed.getContentAsString(StandardCharsets.UTF_8)).contains("id=\"to-error\"",
                "Slutten av perioden kommer før starten.");

        MockHttpServletResponse api = mvc.perform(get("/api/v1/clients/" + client + "/access-log" + bad)
                .with(httpBasic("coordinator", "demo")).header("Accept-Language", "en")).andReturn().getResponse();
        assertThat(api.getStatus()).isEqualTo(400);
        List<String> fields = JsonPath.read(api.getContentAsString(StandardCharsets.UTF_8), "$.errors[*].field");
        assertThat(fields).containsExactlyInAnyOrder("who", "category", "outcome", "from", "to");
        assertThat(api.getContentAsString(StandardCharsets.UTF_8)).contains("is not one of the choices here");
    }

    @Test
    void onlyThoseWhoManageTheCaseReadTheLogFilteredOrNot() throws Exception {
        String client = clientWithARefusedPartner("Access Denied Client");
        for (String reader : List.of("partner", "prison", "analyst", "admin")) {
            for (String query : List.of("", "?outcome=refused", "?category=NOPE")) {
                assertThat(mvc.perform(get("/api/v1/clients/" + client + "/access-log" + query)
                        .with(httpBasic(reader, "demo"))).andReturn().getResponse().getStatus())
                        .as("%s API %s", reader, query).isEqualTo(403);
                assertThat(page(reader, "/clients/" + client + "/access-log" + query, "en").getStatus())
                        .as("%s page %s", reader, query).isEqualTo(403);
            }
        }
        assertThat(page("manager", "/clients/" + client + "/access-log?outcome=refused", "en").getStatus())
                .isEqualTo(200);
    }

    /** A client in custody with the partner in the group but no consent: the partner's reads are refused. */
    private String clientWithARefusedPartner(String name) throws Exception {
        LocalDate born = LocalDate.of(1981, 3, 14);
        UUID[] coordinator = jdbc.sql("select id, unit_id from app_user where username = 'coordinator'")
                .query((rs, n) -> new UUID[] {rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)}).single();
        String body = send(post("/api/v1/clients"), """
                {"fullName": "%s", "idCountry": "SE", "idNumber": "%s", "dateOfBirth": "%s", "gender": "MALE",
                 "municipalityCode": "2480", "probationOfficeId": "%s", "coordinatorId": "%s"}"""
                .formatted(name, TestNumbers.personnummer(born), born, coordinator[1], coordinator[0]));
        String client = JsonPath.read(body, "$.id");
        send(put("/api/v1/clients/" + client + "/custody"), """
                {"institutionId": "%s", "conditionalReleaseDate": "%s", "riskLevel": "HIGH", "riskInstrument": "LS/CMI",
                 "riskAssessedOn": "%s", "mainOffence": "ROBBERY", "version": 0}"""
                .formatted(org("Anstalten Umeå"), LocalDate.now().plusMonths(2), LocalDate.now().minusDays(5)));
        send(post("/api/v1/clients/" + client + "/group/members"), """
                {"userId": "%s", "role": "CASE_WORKER", "from": "%s"}""".formatted(userId("partner"), LocalDate.now()));
        mvc.perform(get("/api/v1/clients/" + client).with(httpBasic("partner", "demo")));
        mvc.perform(get("/api/v1/clients/" + client).with(httpBasic("coordinator", "demo")));
        return client;
    }

    private String send(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
                        String json) throws Exception {
        MockHttpServletResponse response = mvc.perform(request.with(httpBasic("coordinator", "demo"))
                .contentType(MediaType.APPLICATION_JSON).content(json)).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isBetween(200, 201);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private String userId(String username) {
        return jdbc.sql("select id from app_user where username = :u").param("u", username).query(UUID.class).single()
                .toString();
    }

    private UUID org(String name) {
        return jdbc.sql("select id from organisation where name = :n").param("n", name).query(UUID.class).single();
    }

    private String api(String username, String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path).with(httpBasic(username, "demo"))).andReturn()
                .getResponse();
        assertThat(response.getStatus()).as("%s GET %s: %s", username, path, response.getContentAsString())
                .isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private MockHttpServletResponse page(String username, String path, String language) throws Exception {
        return mvc.perform(get(path).cookie(login(username)).header("Accept-Language", language)).andReturn()
                .getResponse();
    }

    private Cookie login(String username) throws Exception {
        return mvc.perform(SecurityMockMvcRequestBuilders.formLogin().user(username).password("demo"))
                .andReturn().getResponse().getCookie("SESSION");
    }
}
