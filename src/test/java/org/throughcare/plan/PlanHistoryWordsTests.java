package org.throughcare.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.throughcare.IntegrationTest;
import org.throughcare.assessment.AssessmentManagement;
import org.throughcare.shared.NeedArea;
import org.throughcare.assessment.Rating;
import org.throughcare.client.ClientManagement;
import org.throughcare.group.ConsentManagement;
import org.throughcare.group.GroupManagement;
import org.throughcare.shared.ClientId;
import org.throughcare.shared.DataCategory;

/** A measure's history in words in each language: areas, types, phases and statuses, new changes and old. */
@IntegrationTest
class PlanHistoryWordsTests {

    private static final List<String> CODES = List.of("EMPLOYMENT_EDUCATION_TRAINING", "EMPLOYMENT_EDUCATION",
            "AFTER_RELEASE", "IN_CUSTODY", "PROPOSED", "ACCEPTED", "IN_PROGRESS", " · ");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ClientManagement clientManagement;
    @Autowired
    GroupManagement groups;
    @Autowired
    ConsentManagement consents;
    @Autowired
    AssessmentManagement assessments;

    @Test
    void aMeasuresHistoryShowsWordsNotCodesNewAndOldAlike() throws Exception {
        PlanFixtures fixtures = new PlanFixtures(jdbc, clientManagement, groups, consents);
        ClientId client = fixtures.clientInCustody("History Words Client", 60);
        fixtures.join(client, "employment");
        fixtures.consent(client, "employment", DataCategory.BASIC_AND_CUSTODY, DataCategory.NEEDS_ASSESSMENT,
                DataCategory.PLAN_AND_MEASURES);
        assessments.record(client, PlanFixtures.assessment(null, NeedArea.EMPLOYMENT_EDUCATION_TRAINING,
                Rating.SIGNIFICANT), fixtures.actor("coordinator"));
        String plan = "/api/v1/clients/" + client + "/plan";
        String json = """
                {"area": "EMPLOYMENT_EDUCATION_TRAINING", "description": "Welding course & wage=subsidy ~ 100%%",
                 "type": "EMPLOYMENT_EDUCATION", "ownerOrganisationId": "%s", "responsibleUserId": "%s",
                 "phase": "%s", "startOn": null, "dueOn": null%s}""";
        UUID owner = fixtures.organisation("Arbetsförmedlingen Umeå");
        String eva = fixtures.actor("employment").userId().toString();
        String measure = JsonPath.read(send("coordinator", post(plan + "/measures"),
                json.formatted(owner, eva, "IN_CUSTODY", "")), "$.id");
        send("coordinator", put(plan + "/measures/" + measure), json.formatted(owner, eva, "AFTER_RELEASE",
                ", \"version\": 0"));
        send("employment", post(plan + "/measures/" + measure + "/accept"), "");
        send("employment", post(plan + "/measures/" + measure + "/progress"), """
                {"status": "IN_PROGRESS", "note": null}""");
        // A change written before facts were kept: its composed detail is read as facts too.
        jdbc.sql("""
                insert into plan_change (id, client_id, subject_id, item, kind, detail, changed_by, changed_at)
                values (:id, :client, :measure, null, 'MEASURE_STATUS', 'PROPOSED → ACCEPTED', :by, :at)""")
                .param("id", UUID.randomUUID()).param("client", client.value()).param("measure", UUID.fromString(measure))
                .param("by", UUID.fromString(eva)).param("at", Timestamp.from(Instant.now().minusSeconds(86_400)))
                .update();

        Map<String, List<String>> words = Map.of(
                "en", List.of("Measure added", "Area: ", "Employment, education and training", "Employment or education",
                        "Phase: ", "In custody → After release", "Status: ", "Accepted by owner → In progress",
                        "Proposed → Accepted by owner", "Welding course &amp; wage=subsidy ~ 100%", "Eva Nyström"),
                "sv", List.of("Insats tillagd", "Område: ", "Arbete, studier och utbildning", "Arbete eller utbildning",
                        "Fas: ", "Efter frigivningen", "Accepterad av ägaren"),
                "nb", List.of("Tiltak lagt til", "Område: ", "Arbeid, utdanning og opplæring", "Arbeid eller utdanning",
                        "Fase: ", "Etter løslatelse", "Godtatt av eieren"));
        Cookie session = mvc.perform(formLogin().user("coordinator").password("demo")).andReturn().getResponse()
                .getCookie("SESSION");
        for (var language : words.entrySet()) {
            MockHttpServletResponse page = mvc.perform(get("/clients/" + client + "/plan/measures/" + measure)
                    .cookie(session).header("Accept-Language", language.getKey())).andReturn().getResponse();
            String body = page.getContentAsString(StandardCharsets.UTF_8);
            assertThat(page.getStatus()).isEqualTo(200);
            String history = body.substring(body.indexOf("id=\"history-heading\""));
            String text = history.replaceAll("<[^>]*>", "").replaceAll("\\s+", " ");
            assertThat(text).as(language.getKey()).contains(language.getValue());
            CODES.forEach(code -> assertThat(text).as("%s shows no %s", language.getKey(), code).doesNotContain(code));
        }
        String api = mvc.perform(get(plan + "/measures/" + measure + "/history").with(httpBasic("coordinator", "demo")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(JsonPath.<List<String>>read(api, "$[?(@.kind == 'MEASURE_ADDED')].facts[?(@.field == 'description')].after"))
                .containsExactly("Welding course & wage=subsidy ~ 100%");
        assertThat(JsonPath.<List<String>>read(api, "$[?(@.kind == 'MEASURE_CHANGED')].facts[*].field"))
                .containsExactly("phase");
    }

    private String send(String user, MockHttpServletRequestBuilder request, String json) throws Exception {
        MockHttpServletResponse response = mvc.perform(request.with(httpBasic(user, "demo"))
                .contentType(MediaType.APPLICATION_JSON).content(json)).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isBetween(200, 201);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }
}
