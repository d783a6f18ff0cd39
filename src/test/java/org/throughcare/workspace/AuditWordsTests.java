package org.throughcare.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.servlet.http.Cookie;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.throughcare.IntegrationTest;
import org.throughcare.assessment.AssessmentManagement;
import org.throughcare.shared.NeedArea;
import org.throughcare.assessment.Rating;
import org.throughcare.audit.AuditEvent;
import org.throughcare.client.ClientManagement;
import org.throughcare.group.ConsentManagement;
import org.throughcare.group.GroupManagement;
import org.throughcare.plan.AddGoal;
import org.throughcare.plan.PlanFixtures;
import org.throughcare.plan.PlanManagement;
import org.throughcare.shared.AccessGate;
import org.throughcare.shared.ClientId;
import org.throughcare.shared.DataCategory;

/**
 * What the audit log holds has words in English, Swedish and Norwegian: every action, outcome, ground and
 * category, and every purpose and action written while each role walks a client's pages.
 */
@IntegrationTest
class AuditWordsTests {

    private static final List<String> LANGUAGES = List.of("", "_sv", "_nb");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ClientManagement clients;
    @Autowired
    GroupManagement groups;
    @Autowired
    ConsentManagement consents;
    @Autowired
    AssessmentManagement assessments;
    @Autowired
    PlanManagement plans;

    @Test
    void everyCodeOfAnAccessDecisionHasWords() throws IOException {
        List<String> keys = new ArrayList<>();
        for (AccessGate.Action action : AccessGate.Action.values()) {
            keys.add("audit.action." + action);
        }
        for (AccessGate.Ground ground : AccessGate.Ground.values()) {
            keys.add("ground." + ground);
        }
        keys.add("ground.LISTED");
        for (DataCategory category : DataCategory.values()) {
            keys.add("category." + category);
        }
        for (AuditEvent.Outcome outcome : AuditEvent.Outcome.values()) {
            keys.add("audit.outcome." + outcome);
        }
        assertWords(keys);
    }

    @Test
    void everyPurposeAndActionWrittenWhileEachRoleWalksAClientHasWords() throws Exception {
        PlanFixtures fixtures = new PlanFixtures(jdbc, clients, groups, consents);
        ClientId client = fixtures.clientInCustody("Audit Words Client", 25);
        fixtures.join(client, "employment");
        fixtures.join(client, "partner");
        fixtures.consent(client, "employment", DataCategory.values());
        assessments.record(client, PlanFixtures.assessment(null, NeedArea.ACCOMMODATION, Rating.SEVERE),
                fixtures.actor("coordinator"));
        plans.addGoal(client, new AddGoal(NeedArea.ACCOMMODATION, "A flat"), fixtures.actor("coordinator"));
        String base = "/clients/" + client;
        List<String> pages = List.of("", "/group", "/consents", "/plan", "/plan/panel", "/plan/release-day",
                "/plan/print", "/assessments", "/access-log", "/custody", "/stage", "/handover", "/custody-events");
        for (String user : List.of("coordinator", "manager", "employment", "partner", "prison", "analyst")) {
            Cookie session = mvc.perform(formLogin().user(user).password("demo")).andReturn().getResponse()
                    .getCookie("SESSION");
            for (String page : pages) {
                mvc.perform(get(base + page).cookie(session));
            }
            mvc.perform(get("/clients").cookie(session));
            mvc.perform(get("/").cookie(session));
        }
        List<String> written = jdbc.sql("""
                        select distinct 'audit.action.' || action from audit_entry where subject_id = :client
                        union select distinct 'audit.purpose.' || replace(purpose, ' ', '-') from audit_entry
                        where subject_id = :client and purpose is not null""")
                .param("client", client.toString()).query(String.class).list();
        assertThat(written).as("the walk writes reads and changes").contains("audit.purpose.client-case",
                "audit.purpose.access-log", "audit.action.READ", "audit.action.GOAL_ADDED");
        assertWords(written);
    }

    private static void assertWords(List<String> keys) throws IOException {
        for (String language : LANGUAGES) {
            Properties messages = new Properties();
            try (InputStream in = AuditWordsTests.class.getResourceAsStream("/messages" + language + ".properties")) {
                messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            assertThat(keys).as("messages%s", language).allSatisfy(key ->
                    assertThat(messages.getProperty(key)).as(key + " in messages" + language).isNotBlank());
        }
    }
}
