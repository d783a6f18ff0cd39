package org.throughcare.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders;
import org.springframework.test.web.servlet.MockMvc;
import org.throughcare.IntegrationTest;
import org.throughcare.shared.Actor;
import org.throughcare.shared.ClientId;

/**
 * What the case tells beyond its basic facts (issue 10): the timeline's screening and reasons are criminal
 * history; registering a known identity number in another office says only whom to contact, and is audited.
 */
@IntegrationTest
class CaseDisclosureTests {

    private static final String SCREENING_REASON = "Risk level HIGH on LS/CMI; prior conviction for aggravated assault";
    private static final String STAGE_REASON = "Consented after the assault charge was dropped";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ClientManagement management;
    ClientFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new ClientFixtures(jdbc, management);
    }

    @Test
    void theTimelineShowsScreeningAndReasonsOnlyToReadersOfCriminalHistory() throws Exception {
        ClientId id = fixtures.inCustody("Timeline Reader", 90, RiskLevel.HIGH, 18);
        String base = "/api/v1/clients/" + id;
        String prefill = api("coordinator", base + "/screening");
        String screening = prefill.replace("\"decision\":null", "\"decision\":\"ELIGIBLE\"")
                .replace("\"reason\":null", "\"reason\":\"" + SCREENING_REASON + "\"");
        send("coordinator", base + "/screenings", screening);
        send("coordinator", base + "/transitions", """
                {"to": "CONSENTED", "effectiveOn": "%s", "reason": "%s", "version": %d}"""
                .formatted(LocalDate.now(), STAGE_REASON, fixtures.version(id)));

        String coordinator = api("coordinator", base + "/timeline");
        assertThat(coordinator).contains(SCREENING_REASON, STAGE_REASON);
        assertThat(JsonPath.<List<String>>read(coordinator, "$[?(@.type == 'SCREENING')].decision"))
                .containsExactly("ELIGIBLE");

        // Prison staff read basic and custody facts of a client in their custody, not criminal history.
        String prison = api("prison", base + "/timeline");
        assertThat(prison).doesNotContain(SCREENING_REASON).doesNotContain(STAGE_REASON).doesNotContain("ELIGIBLE");
        assertThat(JsonPath.<List<String>>read(prison, "$[?(@.type == 'STAGE')].to"))
                .containsExactly("CONSENTED", "SCREENED", "REFERRED");
        assertThat(JsonPath.<List<Object>>read(prison, "$[?(@.type == 'SCREENING')].effectiveOn")).hasSize(1);
        assertThat(JsonPath.<Object>read(api("prison", base), "$.eligibility")).isNull();
        String page = page("prison", "/clients/" + id).getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Timeline Reader", "Screened").doesNotContain(SCREENING_REASON)
                .doesNotContain(STAGE_REASON).doesNotContain("Eligible");

        assertThat(JsonPath.<List<String>>read(api("coordinator", base + "/access-log?size=100"),
                "$.items[?(@.username == 'prison')].purpose")).contains("client timeline");
    }

    @Test
    void aDuplicateInAnotherOfficeNamesOnlyThatOfficeAndTheProbeIsInTheCasesLog() throws Exception {
        ClientId existing = fixtures.referred("Probed Person");
        Object[] row = jdbc.sql("select id_number, date_of_birth from client where id = :id").param("id", existing.value())
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getObject(2, LocalDate.class)}).single();
        Actor elsewhere = fixtures.actor("coordinator.norrkoping");
        MockHttpServletResponse api = mvc.perform(post("/api/v1/clients").with(httpBasic("coordinator.norrkoping", "demo"))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"fullName": "Probe", "idCountry": "SE", "idNumber": "%s", "dateOfBirth": "%s", "gender": "MALE",
                         "municipalityCode": "0581", "probationOfficeId": "%s", "coordinatorId": "%s"}"""
                        .formatted(row[0], row[1], elsewhere.unitId(), elsewhere.userId())))
                .andReturn().getResponse();
        assertThat(api.getStatus()).isEqualTo(409);
        String problem = api.getContentAsString(StandardCharsets.UTF_8);
        assertThat(problem).contains("cannot be registered here", "Frivårdskontoret Umeå")
                .doesNotContain(existing.toString()).doesNotContain("existing");

        Cookie session = login("coordinator.norrkoping");
        String page = mvc.perform(post("/clients").with(csrf()).cookie(session)
                        .param("fullName", "Probe").param("idCountry", "SE").param("idNumber", (String) row[0])
                        .param("dateOfBirth", row[1].toString()).param("gender", "MALE").param("municipalityCode", "0581")
                        .param("probationOfficeId", elsewhere.unitId().toString())
                        .param("coordinatorId", elsewhere.userId().toString()))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("cannot be registered here", "Frivårdskontoret Umeå")
                .doesNotContain(existing.toString()).doesNotContain("Probed Person");

        List<String> probes = JsonPath.read(api("coordinator", "/api/v1/clients/" + existing + "/access-log?size=100"),
                "$.items[?(@.action == 'CLIENT_REGISTRATION_DUPLICATE')].username");
        assertThat(probes).containsExactly("coordinator.norrkoping", "coordinator.norrkoping");
    }

    private String api(String username, String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path).with(httpBasic(username, "demo"))).andReturn()
                .getResponse();
        assertThat(response.getStatus()).as("%s GET %s", username, path).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private void send(String username, String path, String json) throws Exception {
        assertThat(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
                        .with(httpBasic(username, "demo")).contentType(MediaType.APPLICATION_JSON).content(json))
                .andReturn().getResponse().getStatus()).as("POST %s", path).isEqualTo(200);
    }

    private Cookie login(String username) throws Exception {
        return mvc.perform(SecurityMockMvcRequestBuilders.formLogin().user(username).password("demo"))
                .andReturn().getResponse().getCookie("SESSION");
    }

    private MockHttpServletResponse page(String username, String path) throws Exception {
        return mvc.perform(get(path).cookie(login(username))).andReturn().getResponse();
    }
}
