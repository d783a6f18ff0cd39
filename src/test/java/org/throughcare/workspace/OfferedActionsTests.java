package org.throughcare.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.throughcare.IntegrationTest;
import org.throughcare.client.ClientManagement;
import org.throughcare.group.ConsentManagement;
import org.throughcare.group.GroupManagement;
import org.throughcare.plan.PlanFixtures;
import org.throughcare.shared.ClientId;
import org.throughcare.shared.DataCategory;

/**
 * Offered only what you may do, refused for the right reason: every client page, walked as each role, renders
 * no form whose submission that role would be refused; and every change a role may not make, posted directly,
 * is refused with the change message — never the consent message, which is for a refused read — and saves
 * nothing.
 */
@IntegrationTest
class OfferedActionsTests {

    static final List<String> ROLES = List.of("coordinator", "manager", "partner", "employment", "prison", "analyst");
    static final String CHANGE_REFUSED = "This is a change your role may not make";
    static final String NO_CONSENT = "No documented consent covers";
    static final Pattern POST_FORM = Pattern.compile("<form[^>]*method=\"post\"[^>]*action=\"([^\"]+)\"|"
            + "<form[^>]*action=\"([^\"]+)\"[^>]*method=\"post\"");

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

    PlanFixtures fixtures;
    ClientId client;
    UUID consent;

    @BeforeEach
    void aClientInCustodyWithThePartnerInTheGroup() {
        fixtures = new PlanFixtures(jdbc, clientManagement, groups, consents);
        client = fixtures.clientInCustody("Offered Actions Client", 50);
        fixtures.join(client, "partner");
        consent = fixtures.consent(client, "partner", DataCategory.BASIC_AND_CUSTODY, DataCategory.PLAN_AND_MEASURES,
                DataCategory.NEEDS_ASSESSMENT);
    }

    private Cookie login(String username) throws Exception {
        return mvc.perform(formLogin().user(username).password("demo")).andReturn().getResponse().getCookie("SESSION");
    }

    @Test
    void noRoleIsOfferedAFormItWouldBeRefused() throws Exception {
        String base = "/clients/" + client;
        List<String> pages = List.of(base, base + "/group", base + "/consents", base + "/assessment", base + "/plan",
                base + "/access-log", base + "/custody", base + "/stage", base + "/handover", base + "/screening",
                base + "/custody-events", base + "/custody-events/release-date", base + "/custody-events/early-release",
                base + "/custody-events/transfer", base + "/custody-events/released",
                base + "/custody-events/returned-to-custody", base + "/custody-events/municipality");
        int formsTried = 0;
        for (String role : ROLES) {
            Cookie session = login(role);
            for (String page : pages) {
                MockHttpServletResponse shown = mvc.perform(get(page).cookie(session)).andReturn().getResponse();
                if (shown.getStatus() != 200) {
                    continue;
                }
                for (String action : postActions(shown.getContentAsString())) {
                    // Sent empty: a form the role may use answers at its fields; one it may not is refused (403).
                    int status;
                    try {
                        status = mvc.perform(post(action).cookie(session).with(csrf())).andReturn().getResponse()
                                .getStatus();
                    } catch (jakarta.servlet.ServletException e) {
                        // A form that breaks on empty input is the bad-input fuzz test's finding, not a refusal.
                        assertThat(e).as("%s is offered %s on %s", role, action, page)
                                .hasRootCauseInstanceOf(RuntimeException.class);
                        assertThat(e.getRootCause()).isNotInstanceOf(
                                org.springframework.security.access.AccessDeniedException.class);
                        status = 500;
                    }
                    assertThat(status).as("%s is offered %s on %s", role, action, page).isNotEqualTo(403);
                    formsTried++;
                }
            }
        }
        assertThat(formsTried).as("the walk reaches forms").isGreaterThan(10);
    }

    @Test
    void everyChangeARoleMayNotMakeIsRefusedWithTheChangeMessageAndNothingSaved() throws Exception {
        String base = "/clients/" + client;
        String today = LocalDate.now().toString();
        UUID partner = fixtures.actor("partner").userId().value();
        Map<String, Map<String, String>> changes = Map.of(
                base + "/stage", Map.of("to", "WITHDREW", "effectiveOn", today, "reason", "Moved away"),
                base + "/handover", Map.of("newCoordinatorId", fixtures.actor("manager").userId().toString(),
                        "on", today, "reason", "Leave"),
                base + "/group/members", Map.of("person", "user:" + partner, "role", "CASE_WORKER", "from", today),
                base + "/consents/" + consent + "/withdrawal", Map.of("on", today, "how", "By phone"),
                base + "/custody", Map.of("conditionalReleaseDate", LocalDate.now().plusDays(70).toString(),
                        "reason", "Moved by the court"),
                base + "/custody-events/transfer", Map.of("effectiveOn", today,
                        "institutionId", fixtures.organisation("Anstalten Skänninge").toString(), "reason", "Moved"),
                base + "/custody-events/release-date", Map.of("effectiveOn", LocalDate.now().plusDays(70).toString(),
                        "reason", "Moved by the court"));
        long before = changesRecorded();
        for (String role : List.of("partner", "employment", "analyst")) {
            Cookie session = login(role);
            for (var change : changes.entrySet()) {
                MockHttpServletRequestBuilder request = post(change.getKey()).cookie(session).with(csrf())
                        .param("version", "" + version());
                change.getValue().forEach(request::param);
                MvcResult answer = mvc.perform(request).andReturn();
                assertThat(answer.getResponse().getStatus()).as("%s posts %s", role, change.getKey()).isEqualTo(403);
                // What the 403 page is told to say: the change message, not the consent message.
                assertThat(answer.getRequest().getAttribute("refusal")).as("%s posts %s", role, change.getKey())
                        .isEqualTo("error.changeRefused");
            }
        }
        // The API says it in words: a write the role never makes is refused for the role; recording custody,
        // which some roles may, for the change.
        String api = "/api/v1/clients/" + client;
        for (var call : List.of(post(api + "/transitions").content("""
                        {"to": "WITHDREW", "effectiveOn": "%s", "reason": "Moved", "version": %d}""".formatted(today, version())),
                put(api + "/custody").content("""
                        {"conditionalReleaseDate": "%s", "reason": "Moved", "version": %d}""".formatted(today, version())),
                post(api + "/handover").content("""
                        {"newCoordinatorId": "%s", "on": "%s", "reason": "Leave", "version": %d}"""
                        .formatted(fixtures.actor("manager").userId(), today, version())))) {
            MvcResult answer = mvc.perform(call.contentType("application/json").with(httpBasic("partner", "demo")))
                    .andReturn();
            String uri = answer.getRequest().getRequestURI();
            assertThat(answer.getResponse().getStatus()).as(uri).isEqualTo(403);
            assertThat(answer.getResponse().getContentAsString()).as(uri).doesNotContain(NO_CONSENT)
                    .contains(uri.endsWith("/custody") ? CHANGE_REFUSED : "Your role does not allow this");
        }
        assertThat(changesRecorded()).as("nothing saved").isEqualTo(before);
        // Prison staff may not change the case either, but may record the custody facts (next test).
        Cookie prison = login("prison");
        MockHttpServletResponse stage = mvc.perform(post(base + "/stage").cookie(prison).with(csrf())
                .param("to", "WITHDREW").param("effectiveOn", today).param("reason", "x")
                .param("version", "" + version())).andReturn().getResponse();
        assertThat(stage.getStatus()).isEqualTo(403);
    }

    @Test
    void prisonStaffOfTheInstitutionRecordTheCustodyFactsWithAReasonAndKeepTheRiskTheyMayNotSee() throws Exception {
        String risk = jdbc.sql("select risk_level from custody_episode where client_id = :c and current")
                .param("c", client.value()).query(String.class).single();
        Cookie prison = login("prison");
        String form = mvc.perform(get("/clients/" + client + "/custody").cookie(prison)).andReturn().getResponse()
                .getContentAsString();
        assertThat(form).contains("conditionalReleaseDate").doesNotContain("riskLevel");
        LocalDate moved = LocalDate.now().plusDays(80);
        mvc.perform(post("/clients/" + client + "/custody").cookie(prison).with(csrf())
                .param("institutionId", fixtures.organisation("Anstalten Umeå").toString())
                .param("conditionalReleaseDate", moved.toString()).param("reason", "Release moved by the prison")
                .param("version", "" + version()));
        assertThat(jdbc.sql("select release_date from client where id = :c").param("c", client.value())
                .query(LocalDate.class).single()).isEqualTo(moved);
        assertThat(jdbc.sql("select reason from key_date_change where client_id = :c and new_value = :d")
                .param("c", client.value()).param("d", moved).query(String.class).single())
                .isEqualTo("Release moved by the prison");
        assertThat(jdbc.sql("select risk_level from custody_episode where client_id = :c and current")
                .param("c", client.value()).query(String.class).single()).isEqualTo(risk);
    }

    private long version() {
        return jdbc.sql("select version from client where id = :id").param("id", client.value()).query(Long.class)
                .single();
    }

    private long changesRecorded() {
        return jdbc.sql("""
                        select (select count(*) from stage_transition where client_id = :c)
                             + (select count(*) from key_date_change where client_id = :c)
                             + (select count(*) from group_member where client_id = :c)
                             + (select count(*) from consent where client_id = :c and withdrawn_on is not null)
                             + (select count(*) from custody_event where client_id = :c)""")
                .param("c", client.value()).query(Long.class).single();
    }

    private static List<String> postActions(String html) {
        List<String> actions = new ArrayList<>();
        Matcher m = POST_FORM.matcher(html);
        while (m.find()) {
            String action = (m.group(1) != null ? m.group(1) : m.group(2)).replace("&amp;", "&");
            if (!action.equals("/logout")) {
                actions.add(action);
            }
        }
        return actions;
    }
}
