package org.throughcare.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.throughcare.IntegrationTest;
import org.throughcare.TestActors;
import org.throughcare.audit.AuditEvent;
import org.throughcare.audit.AuditLog;
import org.throughcare.group.ConsentManagement;
import org.throughcare.group.GroupManagement;
import org.throughcare.plan.PlanFixtures;
import org.throughcare.shared.ClientId;

/**
 * A case's timeline and the changes in its access log read as words with names in each language, entries
 * written in older shapes included.
 */
@IntegrationTest
class CaseHistoryWordsTests {

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
    AuditLog audit;

    @Test
    void theTimelineAndTheLogsChangesAreWordsInEachLanguage() throws Exception {
        ClientId client = new PlanFixtures(jdbc, clients, groups, consents).clientInCustody("Case Words Client", 40);
        // A stage change as entries were written before details were read as facts.
        audit.record(new AuditEvent("CLIENT_STAGE_CHANGED", AuditEvent.Outcome.SUCCEEDED, "client", client.toString(),
                "administration", "REFERRED->SCREENED", TestActors.actor(jdbc, "coordinator"), null));
        Map<String, List<String>> words = Map.of(
                "en", List.of("Registered as referred", "Conditional release date", "Karin Lindqvist",
                        "Client stage changed", "From: Referred", "To: Screened", "Custody recorded"),
                "sv", List.of("Registrerad som anmäld", "Datum för villkorlig frigivning", "Karin Lindqvist",
                        "Klientens fas ändrad", "Från: Anmäld", "Till: Bedömd", "Verkställighet registrerad"),
                "nb", List.of("Registrert som henvist", "Dato for prøveløslatelse", "Karin Lindqvist",
                        "Klientens fase endret", "Fra: Henvist", "Til: Vurdert", "Soning registrert"));
        Cookie session = mvc.perform(formLogin().user("coordinator").password("demo")).andReturn().getResponse()
                .getCookie("SESSION");
        for (var language : words.entrySet()) {
            String pages = "";
            for (String page : List.of("", "/access-log")) {
                pages += mvc.perform(get("/clients/" + client + page).cookie(session)
                        .header("Accept-Language", language.getKey())).andReturn().getResponse()
                        .getContentAsString(StandardCharsets.UTF_8);
            }
            String text = pages.replaceAll("<[^>]*>", "").replaceAll("\\s+", " ");
            assertThat(text).as(language.getKey()).contains(language.getValue());
            assertThat(text).as(language.getKey()).doesNotContain("REFERRED", "SCREENED", "CONDITIONAL_RELEASE",
                    "CLIENT_STAGE_CHANGED", "->");
        }
    }
}
