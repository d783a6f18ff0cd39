package org.throughcare.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
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

@IntegrationTest
class PlanPageTests {

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
    PlanManagement plans;

    PlanFixtures fixtures;
    ClientId client;

    @BeforeEach
    void aClientWithAHousingNeed() {
        fixtures = new PlanFixtures(jdbc, clientManagement, groups, consents);
        client = fixtures.clientInCustody("Page Plan Client", 20);
        fixtures.join(client, "employment");
        assessments.record(client, PlanFixtures.assessment(null, NeedArea.ACCOMMODATION, Rating.SEVERE),
                fixtures.actor("coordinator"));
    }

    private Cookie login(String username) throws Exception {
        return mvc.perform(formLogin().user(username).password("demo")).andReturn().getResponse().getCookie("SESSION");
    }

    private MockHttpServletRequestBuilder as(String user, MockHttpServletRequestBuilder request) throws Exception {
        return request.cookie(login(user));
    }

    @Test
    void theClientPagePanelFlagsTheNeedAndTheMissingReleaseDayOwners() throws Exception {
        mvc.perform(as("coordinator", get("/clients/" + client + "/plan/panel")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("No owner"), containsString("Accommodation"),
                        containsString("Release in 20 days"), containsString("First night"))));
        mvc.perform(as("coordinator", get("/clients/" + client)))
                .andExpect(content().string(containsString("/clients/" + client + "/plan/panel")));
    }

    @Test
    void theCaseloadNamesThePlansFlagsForTheCoordinatorOnly() throws Exception {
        mvc.perform(as("coordinator", get("/clients").param("scope", "mine")
                        .param("q", "Page Plan Client")))
                .andExpect(content().string(containsString("<strong class=\"flag\">No owner</strong>")));
        mvc.perform(as("coordinator", get("/clients").param("scope", "mine").param("flag", "NO_OWNER")
                        .param("q", "Page Plan Client")))
                .andExpect(content().string(containsString("href=\"/clients/" + client + "\"")));
        mvc.perform(as("coordinator", get("/clients").param("scope", "mine").param("flag", "NO_CONTINUATION")
                        .param("q", "Page Plan Client")))
                .andExpect(content().string(not(containsString("href=\"/clients/" + client + "\""))));
        mvc.perform(as("coordinator", get("/clients").param("flag", "SLEEPY")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("id=\"flag-error\""), containsString("SLEEPY"))));
        fixtures.consent(client, "employment", DataCategory.BASIC_AND_CUSTODY, DataCategory.PLAN_AND_MEASURES);
        mvc.perform(as("employment", get("/clients").param("q", "Page Plan Client")))
                .andExpect(content().string(allOf(containsString("Page Plan Client"),
                        not(containsString("<strong class=\"flag\">No owner</strong>")))));
    }

    @Test
    void aMeasureFormWithAnOwnerOutsideTheGroupComesBackWithTheMessageAtTheField() throws Exception {
        UUID outside = fixtures.organisation("Socialtjänsten Umeå");
        mvc.perform(as("coordinator", post("/clients/" + client + "/plan/measures")).with(csrf())
                        .param("area", "ACCOMMODATION").param("description", "Housing first flat")
                        .param("type", "HOUSING").param("ownerOrganisationId", outside.toString())
                        .param("responsible", "user:" + fixtures.actor("employment").userId())
                        .param("phase", "BANANA").param("startOn", LocalDate.now().toString())
                        .param("dueOn", LocalDate.now().minusDays(3).toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"phase-error\""),
                        containsString("Housing first flat"))));
        mvc.perform(as("coordinator", post("/clients/" + client + "/plan/measures")).with(csrf())
                        .param("area", "ACCOMMODATION").param("description", "Housing first flat")
                        .param("type", "HOUSING").param("ownerOrganisationId", outside.toString())
                        .param("responsible", "user:" + fixtures.actor("employment").userId())
                        .param("phase", "AFTER_RELEASE").param("startOn", LocalDate.now().toString())
                        .param("dueOn", LocalDate.now().minusDays(3).toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"ownerOrganisationId-error\""),
                        containsString("Choose an organisation in the client"),
                        containsString("id=\"dueOn-error\""))));
        assertThat(jdbc.sql("select count(*) from plan_measure where client_id = :c").param("c", client.value())
                .query(Long.class).single()).isZero();
    }

    @Test
    void theOwnerAcceptsOnTheMeasurePageAndTheFlagGoes() throws Exception {
        fixtures.consent(client, "employment", DataCategory.BASIC_AND_CUSTODY, DataCategory.PLAN_AND_MEASURES,
                DataCategory.NEEDS_ASSESSMENT);
        UUID employment = fixtures.organisation("Arbetsförmedlingen Umeå");
        UUID measure = plans.addMeasure(client, new AssignMeasure(NeedArea.ACCOMMODATION, "Help to find a flat",
                MeasureType.HOUSING, employment, fixtures.actor("employment").userId().value(), null,
                Phase.AFTER_RELEASE, null, null, null), fixtures.actor("coordinator"));
        String page = "/clients/" + client + "/plan/measures/" + measure;
        mvc.perform(as("employment", get(page)))
                .andExpect(content().string(allOf(containsString("is asked to own this measure"),
                        containsString("not accepted"), not(containsString("Refer to a service for this measure")))));
        // Who manages the case may refer to a service from the measure; the form starts in its area, linked to it.
        mvc.perform(as("coordinator", get(page))).andExpect(content().string(containsString(
                "/clients/" + client + "/referrals/new?area=ACCOMMODATION&amp;measureId=" + measure)));
        mvc.perform(as("employment", post(page + "/accept")).with(csrf()).param("version", "0"))
                .andExpect(redirectedUrl(page));
        // A second click (or a colleague who answered first) is told so, not shown an error page.
        Cookie session = login("employment");
        mvc.perform(post(page + "/accept").cookie(session).with(csrf()).param("version", "1"))
                .andExpect(redirectedUrl(page));
        mvc.perform(get(page).cookie(session))
                .andExpect(content().string(containsString("This measure is not waiting for an answer.")));
        mvc.perform(as("coordinator", get("/clients/" + client + "/plan/panel")))
                .andExpect(content().string(not(containsString("Accommodation</a>"))));
        mvc.perform(as("partner", get(page))).andExpect(status().isForbidden());
    }

    @Test
    void aGoalIsChangedOnThePlanPageAndAnEmptyOneIsRefusedAtItsField() throws Exception {
        UUID goal = plans.addGoal(client, new AddGoal(NeedArea.ACCOMMODATION, "A room"), fixtures.actor("coordinator"));
        String plan = "/clients/" + client + "/plan";
        mvc.perform(as("coordinator", post(plan + "/goals/" + goal)).with(csrf()).param("description", " ")
                        .param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"goal-" + goal + "-error\"")));
        mvc.perform(as("coordinator", post(plan + "/goals/" + goal)).with(csrf()).param("description", "A flat of my own")
                        .param("version", "0"))
                .andExpect(redirectedUrl(plan));
        mvc.perform(as("coordinator", get(plan))).andExpect(content().string(containsString("A flat of my own")));
        mvc.perform(as("coordinator", post(plan + "/goals/" + goal)).with(csrf()).param("description", "Old words")
                        .param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Someone else changed this record")));
        mvc.perform(as("employment", post(plan + "/goals/" + goal)).with(csrf()).param("description", "Mine")
                        .param("version", "1"))
                .andExpect(status().isForbidden());
    }

    @Test
    void anAssessmentWithoutARatingComesBackAndSavesNothing() throws Exception {
        MockHttpServletRequestBuilder form = as("coordinator", post("/clients/" + client + "/assessment")).with(csrf())
                .param("assessedOn", LocalDate.now().toString()).param("basedOnVersion", "1");
        NeedArea[] areas = NeedArea.values();
        for (int i = 0; i < areas.length; i++) {
            form.param("areas[" + i + "].area", areas[i].name())
                    .param("areas[" + i + "].rating", i == 2 ? "" : "SOME")
                    .param("areas[" + i + "].clientView", "My words " + i);
        }
        mvc.perform(form).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"areas[2].rating-error\""),
                        containsString("My words 7"))));
        assertThat(jdbc.sql("select count(*) from assessment where client_id = :c").param("c", client.value())
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void thePrintIsInTheClientsLanguageAndLeavesOutWhatTheAudienceMayNotSee() throws Exception {
        UUID employment = fixtures.organisation("Arbetsförmedlingen Umeå");
        plans.addMeasure(client, new AssignMeasure(NeedArea.SUBSTANCE_USE, "Treatment at the clinic",
                MeasureType.TREATMENT, fixtures.actor("coordinator").organisationId().value(),
                fixtures.actor("coordinator").userId().value(), null, Phase.AFTER_RELEASE, null, null, null),
                fixtures.actor("coordinator"));
        plans.addGoal(client, new AddGoal(NeedArea.ACCOMMODATION, "A flat of my own"), fixtures.actor("coordinator"));
        fixtures.consent(client, "employment", DataCategory.PLAN_AND_MEASURES);
        // A print names the client: not for an organisation whose consent does not cover basic facts.
        mvc.perform(as("coordinator", get("/clients/" + client + "/plan/print?audience=" + employment)))
                .andExpect(status().isNotFound());
        fixtures.consent(client, "employment", DataCategory.BASIC_AND_CUSTODY);
        mvc.perform(as("coordinator", get("/clients/" + client + "/plan/print")))
                .andExpect(content().string(allOf(containsString("lang=\"sv\""), containsString("Treatment at the clinic"),
                        containsString("A flat of my own"))));
        mvc.perform(as("coordinator", get("/clients/" + client + "/plan/print?language=en&audience=" + employment)))
                .andExpect(content().string(allOf(containsString("lang=\"en\""), containsString("A flat of my own"),
                        not(containsString("Treatment at the clinic")))));
    }
}
