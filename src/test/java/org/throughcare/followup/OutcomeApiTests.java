package org.throughcare.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.throughcare.IntegrationTest;
import org.throughcare.client.ClientLifecycle;
import org.throughcare.client.ClientManagement;
import org.throughcare.client.Stage;
import org.throughcare.group.ConsentManagement;
import org.throughcare.group.GroupManagement;
import org.throughcare.shared.ClientId;
import org.throughcare.shared.DataCategory;

/**
 * The outcome form through the API as the coordinator, a partner in the group and outsiders: its rules at the field,
 * its due dates and their statuses, the derived return to custody, and what each reader's consent lets them see.
 */
@IntegrationTest
class OutcomeApiTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ClientManagement clients;
    @Autowired
    ClientLifecycle lifecycle;
    @Autowired
    GroupManagement groups;
    @Autowired
    ConsentManagement consents;

    OutcomeFixtures fixtures;
    LocalDate today;

    @BeforeEach
    void fixtures() {
        fixtures = new OutcomeFixtures(jdbc, clients, lifecycle, groups, consents);
        today = LocalDate.now();
    }

    static String form(String point, LocalDate on) {
        return """
                {"point": "%s", "recordedOn": "%s", "settledAccommodation": true, "occupation": "WORK",
                 "addictionTreatment": "STARTED", "debtAdvice": "NOT_NEEDED", "supportContact": false}"""
                .formatted(point, on);
    }

    private ResultActions as(String user, MockHttpServletRequestBuilder request, String json) throws Exception {
        return mvc.perform(request.with(httpBasic(user, "demo")).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private ResultActions as(String user, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(httpBasic(user, "demo")));
    }

    /** A page as a signed-in user (pages do not take basic authentication). */
    private ResultActions page(String user, MockHttpServletRequestBuilder request) throws Exception {
        jakarta.servlet.http.Cookie session = mvc.perform(org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestBuilders.formLogin().user(user).password("demo"))
                .andReturn().getResponse().getCookie("SESSION");
        return mvc.perform(request.cookie(session));
    }

    private static String outcomes(ClientId client) {
        return "/api/v1/clients/" + client + "/outcomes";
    }

    @Test
    void aClientNotReleasedHasNoPointsAndAFormIsRefusedAtThePoint() throws Exception {
        ClientId client = fixtures.enrolled("Outcome Inside", today.minusMonths(2));
        as("coordinator", get(outcomes(client))).andExpect(status().isOk())
                .andExpect(jsonPath("$.releasedOn").doesNotExist())
                .andExpect(jsonPath("$.points").isEmpty());
        as("coordinator", post(outcomes(client)), form("RELEASE", today))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("point"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("not been released")));
        assertThat(forms(client)).isZero();
    }

    @Test
    void pointsAreDueFromTheReleaseAndEachIsAnsweredOnceNotBeforeReleaseNorInTheFuture() throws Exception {
        LocalDate released = today.minusDays(200);
        ClientId client = fixtures.released("Outcome Released", released);
        // 200 days on: the release point is past its 30 grace days, six months came 200 - 182/184 days ago.
        as("coordinator", get(outcomes(client))).andExpect(status().isOk())
                .andExpect(jsonPath("$.releasedOn").value(released.toString()))
                .andExpect(jsonPath("$.points[0].point").value("RELEASE"))
                .andExpect(jsonPath("$.points[0].dueOn").value(released.toString()))
                .andExpect(jsonPath("$.points[0].status").value("OVERDUE"))
                .andExpect(jsonPath("$.points[1].dueOn").value(released.plusMonths(6).toString()))
                .andExpect(jsonPath("$.points[1].status").value("DUE"))
                .andExpect(jsonPath("$.points[2].status").value("COMING"));

        as("coordinator", post(outcomes(client)), form("RELEASE", released.minusDays(1)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("recordedOn"));
        as("coordinator", post(outcomes(client)), form("RELEASE", today.plusDays(1)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("recordedOn"));
        // Six months on cannot be answered two months after release: 30 days early at most.
        as("coordinator", post(outcomes(client)), form("SIX_MONTHS", released.plusMonths(2)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("recordedOn"));
        as("coordinator", post(outcomes(client)), form("RELEASE", released.plusDays(3))
                        .replace("\"occupation\": \"WORK\"", "\"occupation\": \"SAILING\""))
                .andExpect(status().isBadRequest());
        assertThat(forms(client)).isZero();

        as("coordinator", post(outcomes(client)), form("RELEASE", released.plusDays(3)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.points[0].status").value("RECORDED"))
                .andExpect(jsonPath("$.points[0].form.recordedOn").value(released.plusDays(3).toString()))
                .andExpect(jsonPath("$.points[0].form.enteredAfterwards").value(true))
                .andExpect(jsonPath("$.points[0].form.settledAccommodation").value(true))
                .andExpect(jsonPath("$.points[0].form.occupation").value("WORK"))
                .andExpect(jsonPath("$.points[0].form.addictionTreatment").value("STARTED"))
                .andExpect(jsonPath("$.points[0].form.returnedToCustody").value(false));
        as("coordinator", post(outcomes(client)), form("RELEASE", released.plusDays(5)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("point"));
        as("coordinator", post(outcomes(client)), form("SIX_MONTHS", today))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.points[1].form.enteredAfterwards").value(false));
        assertThat(forms(client)).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'OUTCOME_RECORDED' and subject_id = :c")
                .param("c", client.toString()).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void aReturnToCustodyIsTakenFromTheRecordsNotTypedIn() throws Exception {
        LocalDate released = today.minusDays(220);
        ClientId client = fixtures.released("Outcome Returned", released);
        as("coordinator", post(outcomes(client)), form("RELEASE", released)).andExpect(status().isCreated());
        fixtures.move(client, Stage.RETURNED_TO_CUSTODY, released.plusDays(190));
        as("coordinator", post(outcomes(client)), form("SIX_MONTHS", released.plusDays(195)))
                .andExpect(status().isCreated());
        as("coordinator", get(outcomes(client))).andExpect(status().isOk())
                .andExpect(jsonPath("$.returnedOn").value(released.plusDays(190).toString()))
                .andExpect(jsonPath("$.points[0].form.returnedToCustody").value(false))
                .andExpect(jsonPath("$.points[1].form.returnedToCustody").value(true));
        assertThat(jdbc.sql("select returned_to_custody from followup_outcomes where client_id = :c and point = 'SIX_MONTHS'")
                .param("c", client.value()).query(Boolean.class).single()).isTrue();
    }

    @Test
    void aPartnerSeesOnlyWhatTheConsentCoversAndMayNotRecordOutsidersAreRefused() throws Exception {
        LocalDate released = today.minusDays(10);
        ClientId client = fixtures.released("Outcome Shared", released);
        as("coordinator", post(outcomes(client)), form("RELEASE", released.plusDays(1))).andExpect(status().isCreated());

        as("partner", get(outcomes(client))).andExpect(status().isForbidden());
        fixtures.plan.join(client, "partner");
        as("partner", get(outcomes(client))).andExpect(status().isForbidden());
        fixtures.plan.consent(client, "partner", DataCategory.BASIC_AND_CUSTODY, DataCategory.NEEDS_ASSESSMENT);
        as("partner", get(outcomes(client))).andExpect(status().isOk())
                .andExpect(jsonPath("$.mayRecord").value(false))
                .andExpect(jsonPath("$.points[0].form.settledAccommodation").value(true))
                .andExpect(jsonPath("$.points[0].form.addictionTreatment").doesNotExist())
                .andExpect(jsonPath("$.points[0].form.debtAdvice").doesNotExist())
                .andExpect(content().string(not(containsString("STARTED"))))
                .andExpect(jsonPath("$.withheld", org.hamcrest.Matchers.containsInAnyOrder(
                        "HEALTH_AND_SUBSTANCE_USE", "FINANCES_AND_DEBT")));
        as("partner", post(outcomes(client)), form("SIX_MONTHS", today)).andExpect(status().isForbidden());
        as("coordinator.goteborg", get(outcomes(client))).andExpect(status().isForbidden());
        as("analyst", get(outcomes(client))).andExpect(status().isForbidden());
        as("coordinator.goteborg", post(outcomes(client)), form("SIX_MONTHS", today)).andExpect(status().isForbidden());
        assertThat(jdbc.sql("""
                        select count(*) from audit_entry where subject_id = :c and actor_username = 'analyst'
                        and outcome = 'DENIED'""").param("c", client.toString()).query(Long.class).single())
                .isPositive();
        assertThat(forms(client)).isEqualTo(1);
    }

    @Test
    void eachAnswerIsShownExactlyToReadersOfItsCategory() throws Exception {
        LocalDate released = today.minusDays(200);
        ClientId client = fixtures.released("Outcome Oracle", released);
        as("coordinator", post(outcomes(client)), form("RELEASE", released)).andExpect(status().isCreated());
        as("coordinator", post(outcomes(client)), form("SIX_MONTHS", today)).andExpect(status().isCreated());
        assertThat(OutcomeOracle.check(body("coordinator", client), java.util.EnumSet.allOf(DataCategory.class),
                "coordinator: ")).isEqualTo(2);
        fixtures.plan.join(client, "partner");
        java.util.Set<DataCategory> consented = java.util.EnumSet.noneOf(DataCategory.class);
        for (DataCategory category : new DataCategory[] {DataCategory.BASIC_AND_CUSTODY,
                DataCategory.HEALTH_AND_SUBSTANCE_USE, DataCategory.NEEDS_ASSESSMENT, DataCategory.FINANCES_AND_DEBT}) {
            fixtures.plan.consent(client, "partner", category);
            consented.add(category);
            assertThat(OutcomeOracle.check(body("partner", client), consented, "partner with " + consented + ": "))
                    .isEqualTo(2);
        }
    }

    private String body(String user, ClientId client) throws Exception {
        return as(user, get(outcomes(client))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void overdueFormsAreOnTheCoordinatorsStartPageAndFlagTheCaseloadLine() throws Exception {
        ClientId overdue = fixtures.released("Outcome Overdue Start", today.minusDays(45));
        ClientId recorded = fixtures.released("Outcome Recorded Start", today.minusDays(45));
        as("coordinator", post(outcomes(recorded)), form("RELEASE", today.minusDays(44))).andExpect(status().isCreated());
        // The start page lists the longest overdue first (other tests' clients may be older): its item is there.
        page("coordinator", get("/")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Follow-up forms due")))
                .andExpect(content().string(not(containsString("/clients/" + recorded + "/outcomes"))));
        page("coordinator", get("/clients?scope=mine&flag=OUTCOME_OVERDUE&size=100")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Outcome Overdue Start")))
                .andExpect(content().string(not(containsString("Outcome Recorded Start"))));
        as("coordinator", post(outcomes(overdue)), form("RELEASE", today)).andExpect(status().isCreated());
        page("coordinator", get("/clients?scope=mine&flag=OUTCOME_OVERDUE&size=100")).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Outcome Overdue Start"))));
    }

    private long forms(ClientId client) {
        return jdbc.sql("select count(*) from outcome_form where client_id = :c").param("c", client.value())
                .query(Long.class).single();
    }
}
