package org.throughcare.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
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
import org.throughcare.plan.AddGoal;
import org.throughcare.plan.PlanFixtures;
import org.throughcare.plan.PlanManagement;
import org.throughcare.shared.ClientId;
import org.throughcare.shared.DataCategory;

/** Input a browser would not send, or a person mistypes: a message at the field or a 400, never a 500. */
@IntegrationTest
class BadInputTests {

    private static final String NOT_A_DATE = "This is not a valid date";

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
    String base;
    Cookie coordinator;

    @BeforeEach
    void aClientWithGroupConsentAssessmentAndGoal() throws Exception {
        fixtures = new PlanFixtures(jdbc, clientManagement, groups, consents);
        client = fixtures.clientInCustody("Bad Input Client", 30);
        fixtures.join(client, "employment");
        assessments.record(client, PlanFixtures.assessment(null, NeedArea.ACCOMMODATION, Rating.SEVERE),
                fixtures.actor("coordinator"));
        base = "/clients/" + client;
        coordinator = login("coordinator");
    }

    private Cookie login(String username) throws Exception {
        return mvc.perform(formLogin().user(username).password("demo")).andReturn().getResponse().getCookie("SESSION");
    }

    private ResultActions send(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.cookie(coordinator).with(csrf()));
    }

    /** The whole page, shown again with the message: not cut off where a template met a missing form. */
    private static org.springframework.test.web.servlet.ResultMatcher wholePageWith(String... texts) {
        return result -> {
            status().isOk().match(result);
            String body = result.getResponse().getContentAsString();
            assertThat(body.strip()).endsWith("</html>");
            for (String text : texts) {
                assertThat(body).contains(text);
            }
        };
    }

    @Test
    void anUnreadableWithdrawalDateIsAMessageAtTheFieldAndTheConsentStaysInForce() throws Exception {
        UUID consent = fixtures.consent(client, "employment", DataCategory.BASIC_AND_CUSTODY);
        send(post(base + "/consents/" + consent + "/withdrawal").param("on", "28/11/2026").param("how", "By phone"))
                .andExpect(wholePageWith(NOT_A_DATE, "28/11/2026"));
        assertThat(jdbc.sql("select withdrawn_on from consent where id = :id").param("id", consent)
                .query(java.time.LocalDate.class).optional()).isEmpty();
    }

    @Test
    void anUnreadableEndDateLeavesTheMembership() throws Exception {
        UUID member = jdbc.sql("select id from group_member where client_id = :c and user_id = :u")
                .param("c", client.value()).param("u", fixtures.actor("employment").userId().value())
                .query(UUID.class).single();
        // The second is ISO, but past what PostgreSQL stores: found by the fuzz test on PostgreSQL.
        for (String date : new String[] {"28/11/2026", "+999999999-01-01"}) {
            send(post(base + "/group/members/" + member + "/end").param("to", date).param("reason", "Moved"))
                    .andExpect(wholePageWith(NOT_A_DATE));
        }
        assertThat(jdbc.sql("select to_date from group_member where id = :id").param("id", member)
                .query(java.time.LocalDate.class).optional()).isEmpty();
    }

    @Test
    void aVersionThatIsNotANumberIsRefusedOnTheGoalAndTheReleaseDayInTheUsersLanguage() throws Exception {
        UUID goal = plans.addGoal(client, new AddGoal(NeedArea.ACCOMMODATION, "A flat of my own"), fixtures.actor("coordinator"));
        send(post(base + "/plan/goals/" + goal).param("description", "Changed words").param("version", "abc")
                .header(HttpHeaders.ACCEPT_LANGUAGE, "sv"))
                .andExpect(wholePageWith("Detta är inte ett giltigt tal"));
        assertThat(jdbc.sql("select description from plan_goal where id = :id").param("id", goal).query(String.class)
                .single()).isEqualTo("A flat of my own");
        send(post(base + "/plan/release-day").param("items[0].item", "FIRST_NIGHT").param("items[0].version", "abc")
                .header(HttpHeaders.ACCEPT_LANGUAGE, "nb"))
                .andExpect(wholePageWith("Dette er ikke et gyldig tall"));
    }

    @Test
    void anAssessmentWithAnUnreadableDateOrVersionComesBackWithWhatWasTyped() throws Exception {
        long before = versions();
        send(post(base + "/assessment").param("assessedOn", "28/11/2026").param("basedOnVersion", "first")
                .param("areas[0].area", "ACCOMMODATION").param("areas[0].rating", "SEVERE")
                .param("areas[0].clientView", "I need a flat"))
                .andExpect(wholePageWith(NOT_A_DATE, "This is not a valid number", "28/11/2026"));
        assertThat(versions()).isEqualTo(before);
    }

    @Test
    void theConsentFormWithAnUnreadableDateIsShownWhole() throws Exception {
        send(post(base + "/consents").param("form", "DIGITAL").param("givenOn", "28/11/2026").param("textVersion", "2026-1")
                .param("organisationIds", fixtures.organisation("Arbetsförmedlingen Umeå").toString())
                .param("categories", "BASIC_AND_CUSTODY"))
                .andExpect(wholePageWith(NOT_A_DATE, "id=\"givenOn-error\"", "28/11/2026"));
        assertThat(jdbc.sql("select count(*) from consent where client_id = :c").param("c", client.value())
                .query(Long.class).single()).isZero();
    }

    @Test
    void aScreeningReasonAsLongAsTheFormAllowsIsSaved() throws Exception {
        String api = "/api/v1/clients/" + client;
        String prefill = mvc.perform(get(api + "/screening").with(httpBasic("coordinator", "demo")))
                .andReturn().getResponse().getContentAsString();
        String reason = "R".repeat(1000);
        mvc.perform(post(api + "/screenings").with(httpBasic("coordinator", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(prefill.replace("\"decision\":null", "\"decision\":\"ELIGIBLE\"")
                                .replace("\"reason\":null", "\"reason\":\"" + reason + "\"")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.stage").value("SCREENED"));
        assertThat(jdbc.sql("select reason from stage_transition where client_id = :c and to_stage = 'SCREENED'")
                .param("c", client.value()).query(String.class).single()).hasSize(1000);
    }

    @Test
    void aJsonDateBeyondFourDigitYearsIsRefusedAsUnreadableAndNothingIsSaved() throws Exception {
        long before = consentsOf(client);
        java.util.UUID employment = fixtures.actor("employment").organisationId().value();
        // ISO reads +10000-01-01 (and Java keeps it); PostgreSQL cannot store it. Nothing else refuses a far end date.
        for (String date : new String[] {"+10000-01-01", "-999999999-01-01", "2026-13-01", "28/11/2026"}) {
            mvc.perform(post("/api/v1/clients/" + client + "/consents").with(httpBasic("coordinator", "demo"))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("""
                                    {"form":"DIGITAL","givenOn":"%s","toldAboutConfidentiality":true,"textVersion":"2026-1",
                                     "validUntil":"%s","organisationIds":["%s"],"categories":["BASIC_AND_CUSTODY"]}"""
                                    .formatted(java.time.LocalDate.now(), date, employment)))
                    .andExpect(status().isBadRequest());
        }
        assertThat(consentsOf(client)).isEqualTo(before);
    }

    private long consentsOf(ClientId someone) {
        return jdbc.sql("select count(*) from consent where client_id = :c").param("c", someone.value())
                .query(Long.class).single();
    }

    @Test
    void listIndexesNoPageSendsAreABadRequest() throws Exception {
        for (String index : new String[] {"2", "-1", "abc", "256", ""}) {
            send(post(base + "/plan/release-day").param("items[0].item", "FIRST_NIGHT")
                    .param("items[" + index + "].item", "MEDICATION"))
                    .andExpect(status().isBadRequest());
        }
        mvc.perform(post("/admin/organisations").cookie(login("admin")).with(csrf()).param("name", "Gap Org")
                        .param("agencyType", "HOUSING").param("municipalityCodes[256]", "2480"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void anUnreadableLanguageCookieMeansTheDefaultLanguage() throws Exception {
        Cookie broken = new Cookie("throughcare-lang", "%%%");
        mvc.perform(get("/login").cookie(broken)).andExpect(status().isOk())
                .andExpect(content().string(containsString("lang=\"en\"")));
        mvc.perform(get("/clients").cookie(coordinator, broken)).andExpect(status().isOk());
        mvc.perform(formLogin().user("coordinator").password("demo")).andExpect(redirectedUrl("/"));
    }

    @Test
    void theErrorAddressAskedForDirectlyIsNotFound() throws Exception {
        send(get("/error")).andExpect(status().isNotFound());
    }

    @Test
    void controlCharactersAreRemovedFromFormsJsonAndTheLogin() throws Exception {
        send(post(base + "/plan/goals").param("area", "ACCOMMODATION").param("description", "Own\u0000 flat\u0007\nnear work"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/api/v1/clients/" + client + "/plan/goals").with(httpBasic("coordinator", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"area\":\"EMPLOYMENT_EDUCATION_TRAINING\",\"description\":\"A\\u0000 job\\u001b\\tsoon\"}"))
                .andExpect(status().is2xxSuccessful());
        assertThat(jdbc.sql("select description from plan_goal where client_id = :c order by description")
                .param("c", client.value()).query(String.class).list())
                .containsExactly("A job\tsoon", "Own flat\nnear work");
        mvc.perform(formLogin().user("coord\u0000inator").password("demo")).andExpect(redirectedUrl("/"));
        mvc.perform(formLogin().user("nobody\u0000").password("demo")).andExpect(redirectedUrl("/login?error"));
    }

    private long versions() {
        return jdbc.sql("select count(*) from assessment where client_id = :c").param("c", client.value())
                .query(Long.class).single();
    }
}
