package org.throughcare.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.throughcare.IntegrationTest;
import org.throughcare.TestActors;
import org.throughcare.client.ClientManagement;
import org.throughcare.client.Gender;
import org.throughcare.client.RegisterClient;
import org.throughcare.client.TestNumbers;
import org.throughcare.audit.internal.OncePerRequest;
import org.throughcare.shared.AccessGate;
import org.throughcare.shared.Actor;
import org.throughcare.shared.DataCategory;
import org.throughcare.shared.ClientId;

/**
 * What a request leaves in the audit log: a refusal's entry survives the refusal (whose transaction rolls
 * back), a change that fails leaves no change entry, and one answer records each decision once.
 */
@IntegrationTest
class AccessAuditTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ClientManagement clients;
    @Autowired
    AccessGate gate;
    @Autowired
    OncePerRequest onceFilter;

    @Test
    void aRefusedReadThroughTheApiAndThePageLeavesExactlyOneDeniedEntryEach() throws Exception {
        ClientId client = referred("Refused Read");
        long mark = lastEntryId();
        mvc.perform(get("/api/v1/clients/" + client).with(httpBasic("partner", "demo")))
                .andExpect(status().isForbidden());
        assertThat(decisions(mark, client, "partner"))
                .containsExactly(Map.entry("READ DENIED category=BASIC_AND_CUSTODY; ground=NOT_IN_GROUP", 1L));

        long pageMark = lastEntryId();
        mvc.perform(get("/clients/" + client).cookie(login("partner"))).andExpect(status().isForbidden());
        assertThat(decisions(pageMark, client, "partner")).isNotEmpty()
                .allSatisfy((decision, count) -> {
                    assertThat(decision).startsWith("READ DENIED");
                    assertThat(count).isEqualTo(1L);
                });
    }

    @Test
    void aRefusedWriteLeavesExactlyOneDeniedEntryAndNoChange() throws Exception {
        ClientId client = referred("Refused Write");
        long version = version(client);
        long mark = lastEntryId();
        mvc.perform(put("/api/v1/clients/" + client + "/custody").with(httpBasic("coordinator.norrkoping", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content(custody(version)))
                .andExpect(status().isForbidden());
        Map<String, Long> decisions = decisions(mark, client, "coordinator.norrkoping");
        assertThat(decisions).hasSize(1);
        assertThat(decisions.keySet().iterator().next()).startsWith("RECORD_CUSTODY DENIED category=BASIC_AND_CUSTODY; ground=");
        assertThat(decisions.values()).containsExactly(1L);
        assertThat(version(client)).isEqualTo(version);
    }

    @Test
    void aChangeRefusedForBadInputLeavesItsDecisionButNoChangeEntry() throws Exception {
        ClientId client = referred("Bad Input");
        long mark = lastEntryId();
        mvc.perform(put("/api/v1/clients/" + client + "/custody").with(httpBasic("coordinator", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content(custody(version(client))
                                .replace("\"sentenceLengthMonths\": 24", "\"sentenceLengthMonths\": 9999")))
                .andExpect(status().isBadRequest());
        assertThat(decisions(mark, client, "coordinator")).doesNotContainKey("CUSTODY_RECORDED SUCCEEDED null");
    }

    @Test
    void aCustodySaveThroughTheApiRecordsEachDecisionOnce() throws Exception {
        ClientId client = referred("Saved Once");
        long mark = lastEntryId();
        mvc.perform(put("/api/v1/clients/" + client + "/custody").with(httpBasic("coordinator", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content(custody(version(client))))
                .andExpect(status().isOk());
        // The change is checked, written, and the case read back for the answer: each decision once.
        assertThat(decisions(mark, client, "coordinator")).containsExactly(
                Map.entry("CUSTODY_RECORDED SUCCEEDED null", 1L),
                Map.entry("READ ALLOWED category=BASIC_AND_CUSTODY; ground=CLIENT_COORDINATOR", 1L),
                Map.entry("READ ALLOWED category=CRIMINAL_HISTORY_AND_RISK; ground=CLIENT_COORDINATOR", 1L),
                Map.entry("RECORD_CUSTODY ALLOWED category=BASIC_AND_CUSTODY; ground=CLIENT_COORDINATOR", 1L));
    }

    @Test
    void aRequestThatAsksTheGateAgainRecordsEachDecisionOnceAndTwoRequestsTwice() throws Exception {
        ClientId client = referred("Asked Twice");
        Actor coordinator = TestActors.actor(jdbc, "coordinator");
        long mark = lastEntryId();
        for (int request = 0; request < 2; request++) {
            MockHttpServletRequest http = new MockHttpServletRequest("GET", "/clients/" + client);
            onceFilter.doFilter(http, new MockHttpServletResponse(), (req, res) -> {
                RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(http));
                gate.check(coordinator, client, DataCategory.BASIC_AND_CUSTODY, AccessGate.Action.READ, "page");
                gate.readable(coordinator, client, List.of(DataCategory.BASIC_AND_CUSTODY, DataCategory.PLAN_AND_MEASURES),
                        "panel");
            });
        }
        RequestContextHolder.resetRequestAttributes();
        assertThat(decisions(mark, client, "coordinator")).containsExactly(
                Map.entry("READ ALLOWED category=BASIC_AND_CUSTODY; ground=CLIENT_COORDINATOR", 2L),
                Map.entry("READ ALLOWED category=PLAN_AND_MEASURES; ground=CLIENT_COORDINATOR", 2L));
    }

    private Map<String, Long> decisions(long mark, ClientId client, String username) {
        Map<String, Long> counts = new TreeMap<>();
        jdbc.sql("""
                        select action, outcome, details, count(*) from audit_entry
                        where id > :mark and subject_type = 'client' and subject_id = :client and actor_username = :u
                          and coalesce(purpose, '') <> 'notice disclosure'
                        group by action, outcome, details""")
                .param("mark", mark).param("client", client.toString()).param("u", username)
                .query(rs -> {
                    counts.put(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3), rs.getLong(4));
                });
        return counts;
    }

    private Cookie login(String username) throws Exception {
        return mvc.perform(formLogin().user(username).password("demo")).andReturn().getResponse().getCookie("SESSION");
    }

    private long lastEntryId() {
        return jdbc.sql("select coalesce(max(id), 0) from audit_entry").query(Long.class).single();
    }

    private ClientId referred(String name) {
        Actor coordinator = TestActors.actor(jdbc, "coordinator");
        LocalDate born = LocalDate.of(1975, 1 + name.length() % 12, 1 + Math.abs(name.hashCode()) % 28);
        return clients.register(new RegisterClient(name, "SE", TestNumbers.personnummer(born), born, Gender.MALE,
                "svenska", false, "2480", coordinator.unitId().value(), coordinator.userId().value()), coordinator);
    }

    private long version(ClientId client) {
        return jdbc.sql("select version from client where id = :id").param("id", client.value()).query(Long.class).single();
    }

    private String custody(long version) {
        LocalDate release = LocalDate.now().plusDays(120);
        return """
                {"institutionId": "%s", "sentenceStart": "%s", "sentenceLengthMonths": 24,
                 "conditionalReleaseDate": "%s", "sentenceExpiry": "%s", "supervisionEnd": "%s", "riskLevel": "HIGH",
                 "riskInstrument": "LS/CMI", "riskAssessedOn": "%s", "mainOffence": "NARCOTICS", "version": %d}"""
                .formatted(TestActors.organisation(jdbc, "Anstalten Umeå"), release.minusMonths(16), release,
                        release.plusMonths(9), release.plusYears(1), LocalDate.now().minusDays(10), version);
    }
}
