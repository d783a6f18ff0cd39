package org.throughcare.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
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

@IntegrationTest
@RecordApplicationEvents
class PlanApiTests {

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
    @Autowired
    ApplicationEvents events;

    PlanFixtures fixtures;
    ClientId client;
    UUID employment;

    @BeforeEach
    void aClientWithAnEmploymentNeedAndTheEmploymentServiceInTheGroup() {
        fixtures = new PlanFixtures(jdbc, clientManagement, groups, consents);
        client = fixtures.clientInCustody("Plan Client", 90);
        fixtures.join(client, "employment");
        fixtures.consent(client, "employment", DataCategory.BASIC_AND_CUSTODY, DataCategory.NEEDS_ASSESSMENT,
                DataCategory.PLAN_AND_MEASURES);
        assessments.record(client, PlanFixtures.assessment(null, NeedArea.EMPLOYMENT_EDUCATION_TRAINING,
                Rating.SIGNIFICANT, NeedArea.SUBSTANCE_USE, Rating.SEVERE), fixtures.actor("coordinator"));
        employment = fixtures.organisation("Arbetsförmedlingen Umeå");
    }

    private ResultActions as(String user, MockHttpServletRequestBuilder request, String json) throws Exception {
        return mvc.perform(request.with(httpBasic(user, "demo")).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private ResultActions as(String user, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(httpBasic(user, "demo")));
    }

    private String plan() {
        return "/api/v1/clients/" + client + "/plan";
    }

    private String measureJson(NeedArea area, UUID owner, String responsible, String phase, LocalDate start,
                               LocalDate due) {
        return """
                {"area": "%s", "description": "Work training with a wage subsidy", "type": "EMPLOYMENT_EDUCATION",
                 "ownerOrganisationId": "%s", "responsibleUserId": "%s", "phase": "%s", "startOn": %s, "dueOn": %s}"""
                .formatted(area, owner, responsible, phase, start == null ? "null" : "\"" + start + "\"",
                        due == null ? "null" : "\"" + due + "\"");
    }

    private String addEmploymentMeasure(String phase) throws Exception {
        String body = as("coordinator", post(plan() + "/measures"), measureJson(NeedArea.EMPLOYMENT_EDUCATION_TRAINING,
                employment, fixtures.actor("employment").userId().toString(), phase, LocalDate.now(),
                LocalDate.now().plusMonths(3)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("PROPOSED"))
                .andExpect(jsonPath("$.ownerName").value("Arbetsförmedlingen Umeå"))
                .andExpect(jsonPath("$.responsibleName").value("Eva Nyström"))
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    @Test
    void aNeedIsFlaggedUntilItsOwnerAcceptsAMeasureForIt() throws Exception {
        as("coordinator", get(plan())).andExpect(status().isOk())
                .andExpect(jsonPath("$.flags[?(@.kind == 'NO_OWNER')].area",
                        contains("EMPLOYMENT_EDUCATION_TRAINING", "SUBSTANCE_USE")));
        String measure = addEmploymentMeasure("AFTER_RELEASE");
        assertThat(events.stream(MeasureAssigned.class)).anyMatch(e -> e.measureId().toString().equals(measure)
                && e.ownerOrganisationId().equals(employment));
        as("coordinator", get(plan() + "/flags")).andExpect(jsonPath("$[?(@.kind == 'NO_OWNER')].area",
                hasItem("EMPLOYMENT_EDUCATION_TRAINING")));

        as("employment", get("/api/v1/measures")).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.measure.id == '" + measure + "')].clientName", contains("Plan Client")))
                .andExpect(jsonPath("$[?(@.measure.id == '" + measure + "')].measure.mayAnswer", contains(true)));
        as("employment", post(plan() + "/measures/" + measure + "/accept")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ACCEPTED"))
                .andExpect(jsonPath("$.answeredBy").value("Eva Nyström"));

        as("coordinator", get(plan() + "/flags")).andExpect(jsonPath("$[?(@.kind == 'NO_OWNER')].area",
                contains("SUBSTANCE_USE")));
        as("employment", post(plan() + "/measures/" + measure + "/progress"), """
                {"status": "IN_PROGRESS", "note": "Started at the workshop on Monday"}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("IN_PROGRESS"))
                .andExpect(jsonPath("$.notes[0].text").value("Started at the workshop on Monday"));
        as("coordinator", get(plan() + "/measures/" + measure + "/history")).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].kind", contains("MEASURE_STATUS", "MEASURE_ACCEPTED", "MEASURE_ADDED")))
                .andExpect(jsonPath("$[1].changedBy").value("Eva Nyström"))
                .andExpect(jsonPath("$[0].facts[0].field").value("status"))
                .andExpect(jsonPath("$[0].facts[0].before").value("ACCEPTED"))
                .andExpect(jsonPath("$[0].facts[0].after").value("IN_PROGRESS"));
    }

    @Test
    void theOwnerMayDeclineWithAReasonAndTheNeedStaysWithoutOwner() throws Exception {
        String measure = addEmploymentMeasure("AFTER_RELEASE");
        as("employment", post(plan() + "/measures/" + measure + "/decline"), "{\"reason\": \" \"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        as("employment", post(plan() + "/measures/" + measure + "/decline"), """
                {"reason": "Needs treatment before work"}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DECLINED"))
                .andExpect(jsonPath("$.declineReason").value("Needs treatment before work"));
        as("employment", post(plan() + "/measures/" + measure + "/accept")).andExpect(status().isBadRequest());
        as("coordinator", get(plan() + "/flags")).andExpect(jsonPath("$[?(@.kind == 'NO_OWNER')].area",
                hasItem("EMPLOYMENT_EDUCATION_TRAINING")));
    }

    @Test
    void onlyTheOwningOrganisationAnswersAndOnlyTheCoordinatorChangesTheMeasure() throws Exception {
        fixtures.join(client, "partner");
        fixtures.consent(client, "partner", DataCategory.PLAN_AND_MEASURES);
        String measure = addEmploymentMeasure("AFTER_RELEASE");
        as("partner", get(plan() + "/measures/" + measure)).andExpect(status().isOk())
                .andExpect(jsonPath("$.mayAnswer").value(false));
        as("partner", post(plan() + "/measures/" + measure + "/accept")).andExpect(status().isForbidden());
        as("coordinator", post(plan() + "/measures/" + measure + "/accept")).andExpect(status().isForbidden());
        as("employment", put(plan() + "/measures/" + measure), measureJson(NeedArea.EMPLOYMENT_EDUCATION_TRAINING,
                employment, fixtures.actor("employment").userId().toString(), "IN_CUSTODY", null, null))
                .andExpect(status().isForbidden());
        as("employment", post(plan() + "/measures"), measureJson(NeedArea.EMPLOYMENT_EDUCATION_TRAINING,
                employment, fixtures.actor("employment").userId().toString(), "IN_CUSTODY", null, null))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select status from plan_measure where id = :id").param("id", UUID.fromString(measure))
                .query(String.class).single()).isEqualTo("PROPOSED");
    }

    @Test
    void aMeasureGoesOnlyToAnOrganisationWhoseConsentCoversItsArea() throws Exception {
        ClientId other = fixtures.clientInCustody("Unconsented Client", 90);
        fixtures.join(other, "employment");
        String employee = fixtures.actor("employment").userId().toString();
        as("coordinator", post("/api/v1/clients/" + other + "/plan/measures"),
                measureJson(NeedArea.EMPLOYMENT_EDUCATION_TRAINING, employment, employee, "AFTER_RELEASE", null, null))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", contains("ownerOrganisationId")))
                .andExpect(jsonPath("$.errors[0].message", containsString("consent")));
        // Consent for the plan, but not for health data: a treatment measure still cannot go to them.
        fixtures.consent(other, "employment", DataCategory.BASIC_AND_CUSTODY, DataCategory.PLAN_AND_MEASURES);
        as("coordinator", post("/api/v1/clients/" + other + "/plan/measures"),
                measureJson(NeedArea.SUBSTANCE_USE, employment, employee, "AFTER_RELEASE", null, null))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", contains("ownerOrganisationId")));
        as("coordinator", post("/api/v1/clients/" + other + "/plan/measures"),
                measureJson(NeedArea.EMPLOYMENT_EDUCATION_TRAINING, employment, employee, "AFTER_RELEASE", null, null))
                .andExpect(status().isCreated());
    }

    @Test
    void whenConsentIsWithdrawnTheOwnerCanNoLongerAnswerOrSeeTheMeasure() throws Exception {
        String measure = addEmploymentMeasure("AFTER_RELEASE");
        UUID consent = jdbc.sql("select id from consent where client_id = :c").param("c", client.value())
                .query(UUID.class).single();
        as("coordinator", post("/api/v1/clients/" + client + "/consents/" + consent + "/withdrawal"), """
                {"on": "%s", "how": "Said so at the meeting"}""".formatted(LocalDate.now()))
                .andExpect(status().isOk());
        as("employment", post(plan() + "/measures/" + measure + "/accept")).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail", not(containsString("Plan Client"))));
        as("employment", get(plan())).andExpect(status().isForbidden());
        as("employment", get("/api/v1/measures"))
                .andExpect(jsonPath("$[?(@.measure.id == '" + measure + "')]", empty()));
    }

    @Test
    void aChangeAsksForANewAnswerOnlyWhenTheOwnerChangesOrHadDeclined() throws Exception {
        fixtures.join(client, "partner");
        fixtures.consent(client, "partner", DataCategory.PLAN_AND_MEASURES);
        String measure = addEmploymentMeasure("AFTER_RELEASE");
        String m = plan() + "/measures/" + measure;
        String employee = fixtures.actor("employment").userId().toString();
        as("employment", post(m + "/accept?version=0")).andExpect(status().isOk());
        as("employment", post(m + "/progress"), "{\"status\": \"IN_PROGRESS\"}").andExpect(status().isOk());
        // New words, same owner: the organisation's agreement and the progress stay.
        as("coordinator", put(m), measureJson(NeedArea.EMPLOYMENT_EDUCATION_TRAINING, employment, employee,
                "AFTER_RELEASE", null, null).replace("Work training", "Paid work training").replace("}", ", \"version\": 2}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("IN_PROGRESS"));
        // The area does not move: what was written under one consent category stays there.
        as("coordinator", put(m), measureJson(NeedArea.ACCOMMODATION, employment, employee, "AFTER_RELEASE", null, null)
                .replace("}", ", \"version\": 3}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("area"));
        // Another organisation: it must accept, and the event tells it.
        long before = events.stream(MeasureAssigned.class).count();
        as("coordinator", put(m), measureJson(NeedArea.EMPLOYMENT_EDUCATION_TRAINING,
                fixtures.organisation("Socialtjänsten Umeå"), fixtures.actor("partner").userId().toString(),
                "AFTER_RELEASE", null, null).replace("}", ", \"version\": 3}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("PROPOSED"));
        assertThat(events.stream(MeasureAssigned.class).count()).isEqualTo(before + 1);
        as("partner", post(m + "/decline"), "{\"reason\": \"Not ours\", \"version\": 4}").andExpect(status().isOk());
        // Changed after a decline, it is offered again.
        as("coordinator", put(m), measureJson(NeedArea.EMPLOYMENT_EDUCATION_TRAINING,
                fixtures.organisation("Socialtjänsten Umeå"), fixtures.actor("partner").userId().toString(),
                "AT_RELEASE", null, null).replace("}", ", \"version\": 5}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("PROPOSED"));
        // An answer to a version the owner did not read is refused.
        as("partner", post(m + "/accept?version=5")).andExpect(status().isConflict());
        as("partner", post(m + "/accept?version=6")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ACCEPTED"));
    }

    @Test
    void aPartnerSeesOnlyTheAreasConsentCovers() throws Exception {
        as("coordinator", post(plan() + "/measures"), """
                {"area": "SUBSTANCE_USE", "description": "Treatment programme", "type": "TREATMENT",
                 "ownerOrganisationId": "%s", "responsibleUserId": "%s", "phase": "IN_CUSTODY"}"""
                .formatted(fixtures.actor("coordinator").organisationId(), fixtures.actor("coordinator").userId()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("ACCEPTED"));
        as("employment", get(plan())).andExpect(status().isOk())
                .andExpect(jsonPath("$.areas[?(@.area == 'SUBSTANCE_USE')].visible", contains(false)))
                .andExpect(jsonPath("$.areas[?(@.area == 'SUBSTANCE_USE')].rating", contains((Object) null)))
                .andExpect(jsonPath("$.areas[?(@.area == 'SUBSTANCE_USE')].measures[*]", empty()))
                .andExpect(jsonPath("$.areas[?(@.area == 'EMPLOYMENT_EDUCATION_TRAINING')].rating", contains("SIGNIFICANT")))
                .andExpect(jsonPath("$.flags[*].area", not(hasItem("SUBSTANCE_USE"))))
                .andExpect(jsonPath("$.releaseDay[?(@.item == 'MEDICATION')].visible", contains(false)));
        as("coordinator", get(plan())).andExpect(jsonPath("$.flags[?(@.kind == 'NO_CONTINUATION')].area",
                contains("SUBSTANCE_USE")));
    }

    @Test
    void badMeasuresAreRefusedAtTheirField() throws Exception {
        UUID socialServices = fixtures.organisation("Socialtjänsten Umeå");
        String employee = fixtures.actor("employment").userId().toString();
        as("coordinator", post(plan() + "/measures"), measureJson(NeedArea.EMPLOYMENT_EDUCATION_TRAINING,
                socialServices, employee, "AFTER_RELEASE", null, null))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("ownerOrganisationId")));
        as("coordinator", post(plan() + "/measures"), measureJson(NeedArea.EMPLOYMENT_EDUCATION_TRAINING,
                employment, employee, "AFTER_RELEASE", LocalDate.now(), LocalDate.now().minusDays(1)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", contains("dueOn")));
        as("coordinator", post(plan() + "/measures"), measureJson(NeedArea.EMPLOYMENT_EDUCATION_TRAINING,
                employment, employee, "AFTER_RELEASE", null, null).replace("EMPLOYMENT_EDUCATION\"", "JUGGLING\""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", contains("type")));
        as("coordinator", post(plan() + "/measures"), measureJson(NeedArea.EMPLOYMENT_EDUCATION_TRAINING,
                employment, employee, "AFTER_RELEASE", null, null).replace("EMPLOYMENT_EDUCATION_TRAINING", "ASTROLOGY"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", contains("area")));
        as("coordinator", post(plan() + "/measures"), measureJson(NeedArea.EMPLOYMENT_EDUCATION_TRAINING,
                employment, fixtures.actor("coordinator").userId().toString(), "AFTER_RELEASE", null, null))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", contains("responsibleUserId")));
        assertThat(jdbc.sql("select count(*) from plan_measure where client_id = :c").param("c", client.value())
                .query(Long.class).single()).isZero();
    }

    @Test
    void cancellingIsTheCoordinatorsAndNeedsANote() throws Exception {
        String measure = addEmploymentMeasure("AFTER_RELEASE");
        as("employment", post(plan() + "/measures/" + measure + "/progress"), "{\"status\": \"CANCELLED\", \"note\": \"x\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("status"));
        as("coordinator", post(plan() + "/measures/" + measure + "/progress"), "{\"status\": \"CANCELLED\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("note"));
        as("coordinator", post(plan() + "/measures/" + measure + "/progress"),
                "{\"status\": \"CANCELLED\", \"note\": \"The client moved to another town\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CANCELLED"))
                .andExpect(jsonPath("$.mayEdit").value(false));
    }

    @Test
    void releaseDayArrangementsNeedAnOwnerFromTheGroup() throws Exception {
        as("coordinator", put(plan() + "/release-day"), """
                {"items": [{"item": "FIRST_NIGHT", "arrangement": "Room at the half-way house"}]}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("items[0].ownerOrganisationId"));
        as("coordinator", put(plan() + "/release-day"), """
                {"items": [{"item": "FIRST_NIGHT", "arrangement": "Room at the half-way house",
                            "ownerOrganisationId": "%s", "responsibleName": "Eva"}]}""".formatted(employment))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.releaseDay[?(@.item == 'FIRST_NIGHT')].ownerName", contains("Arbetsförmedlingen Umeå")))
                .andExpect(jsonPath("$.releaseDay[?(@.item == 'FIRST_NIGHT')].version", contains(0)))
                .andExpect(jsonPath("$.releaseDayDue").value(false));
        as("coordinator", put(plan() + "/release-day"), """
                {"items": [{"item": "FIRST_NIGHT", "arrangement": "Another room", "ownerOrganisationId": "%s"}]}"""
                .formatted(employment))
                .andExpect(status().isConflict());
    }

    @Test
    void thePlanAndAssessmentEndpointsAreInTheOpenApiDocument() throws Exception {
        jakarta.servlet.http.Cookie session = mvc.perform(org.springframework.security.test.web.servlet.request
                .SecurityMockMvcRequestBuilders.formLogin().user("partner").password("demo")).andReturn().getResponse()
                .getCookie("SESSION");
        mvc.perform(get("/v3/api-docs").cookie(session)).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/clients/{id}/plan']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/clients/{id}/plan/measures/{measureId}/accept']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/clients/{id}/assessments/compare']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/measures']").exists());
    }

    /** Every plan and assessment endpoint refuses someone outside the group, and never names the client. */
    @Test
    void everyEndpointRefusesOutsiders() throws Exception {
        String measure = addEmploymentMeasure("AFTER_RELEASE");
        String goal = JsonPath.read(as("coordinator", post(plan() + "/goals"),
                "{\"area\": \"ACCOMMODATION\", \"description\": \"A flat\"}").andReturn().getResponse()
                .getContentAsString(), "$.areas[0].goals[0].id");
        String assessments = "/api/v1/clients/" + client + "/assessments";
        String m = plan() + "/measures/" + measure;
        String validMeasure = measureJson(NeedArea.EMPLOYMENT_EDUCATION_TRAINING, employment,
                fixtures.actor("employment").userId().toString(), "AFTER_RELEASE", null, null);
        Object[][] calls = {
                {get(assessments), ""}, {get(assessments + "/latest"), ""}, {get(assessments + "/1"), ""},
                {get(assessments + "/compare?from=1&to=1"), ""},
                {post(assessments), "{\"assessedOn\": \"" + LocalDate.now() + "\", \"areas\": [], \"basedOnVersion\": 1}"},
                {get(plan()), ""}, {get(plan() + "/flags"), ""}, {get(m), ""}, {get(m + "/history"), ""},
                {post(plan() + "/goals"), "{\"area\": \"ACCOMMODATION\", \"description\": \"x\"}"},
                {put(plan() + "/goals/" + goal), "{\"description\": \"x\", \"version\": 0}"},
                {post(plan() + "/measures"), validMeasure}, {put(m), validMeasure.replace("}", ", \"version\": 0}")},
                {post(m + "/accept"), ""}, {post(m + "/decline"), "{\"reason\": \"no\"}"},
                {post(m + "/progress"), "{\"status\": \"CANCELLED\", \"note\": \"x\"}"},
                {post(m + "/notes"), "{\"writtenOn\": \"" + LocalDate.now() + "\", \"text\": \"x\"}"},
                {put(plan() + "/release-day"), "{\"items\": []}"}};
        for (String outsider : new String[] {"coordinator.norrkoping", "analyst", "partner", "prison"}) {
            for (Object[] call : calls) {
                MockHttpServletRequestBuilder request = (MockHttpServletRequestBuilder) call[0];
                var response = as(outsider, request, (String) call[1]).andReturn().getResponse();
                assertThat(response.getStatus()).as("%s %s", outsider, request.buildRequest(null).getRequestURI())
                        .isEqualTo(403);
                assertThat(response.getContentAsString()).doesNotContain("Plan Client");
            }
        }
        assertThat(jdbc.sql("select status from plan_measure where id = :id").param("id", UUID.fromString(measure))
                .query(String.class).single()).isEqualTo("PROPOSED");
    }
}
