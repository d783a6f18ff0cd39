package org.throughcare.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.MockMvc;
import org.throughcare.IntegrationTest;
import org.throughcare.client.ClientManagement;
import org.throughcare.plan.PlanFixtures;
import org.throughcare.shared.ClientId;
import org.throughcare.shared.DataCategory;

/**
 * Reading the access log is a read, kept for those who manage the case: the log records it as such (not as a
 * change of the case), and a reader it is not kept for is told that, not that their role may not make a change.
 */
@IntegrationTest
class AccessLogRefusalTests {

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

    @Test
    void othersAreRefusedTheLogForWhatItIsInTheirLanguage() throws Exception {
        PlanFixtures fixtures = new PlanFixtures(jdbc, clients, groups, consents);
        ClientId client = fixtures.clientInCustody("Log Refusal Client", 30);
        fixtures.join(client, "partner");
        fixtures.consent(client, "partner", DataCategory.values());
        for (String reader : List.of("partner", "prison", "analyst", "admin")) {
            MockHttpServletResponse api = mvc.perform(get("/api/v1/clients/" + client + "/access-log")
                    .with(httpBasic(reader, "demo")).header("Accept-Language", "sv")).andReturn().getResponse();
            assertThat(api.getStatus()).as(reader).isEqualTo(403);
            assertThat(JsonPath.<String>read(api.getContentAsString(StandardCharsets.UTF_8), "$.detail")).as(reader)
                    .isEqualTo("Åtkomstloggen visas bara för klientens samordnare och chefen för klientens frivårdskontor.");

            MvcResult page = mvc.perform(get("/clients/" + client + "/access-log").cookie(session(reader)))
                    .andReturn();
            assertThat(page.getResponse().getStatus()).as(reader).isEqualTo(403);
            assertThat(page.getRequest().getAttribute("refusal")).as(reader).isEqualTo("error.accessLogReserved");
        }
    }

    @Test
    void readingTheLogIsRecordedAsAReadKeptForCaseManagersNotAsAChange() throws Exception {
        ClientId client = new PlanFixtures(jdbc, clients, groups, consents).clientInCustody("Log Read Client", 30);
        long mark = jdbc.sql("select coalesce(max(id), 0) from audit_entry").query(Long.class).single();
        assertThat(mvc.perform(get("/clients/" + client + "/access-log").cookie(session("coordinator")))
                .andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(mvc.perform(get("/api/v1/clients/" + client + "/access-log").with(httpBasic("partner", "demo")))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        List<String> recorded = jdbc.sql("""
                        select actor_username || ' ' || action || ' ' || outcome from audit_entry
                        where id > :mark and subject_id = :client and purpose = 'access log' order by id""")
                .param("mark", mark).param("client", client.toString()).query(String.class).list();
        assertThat(recorded).containsExactly("coordinator READ_RESERVED ALLOWED", "partner READ_RESERVED DENIED");
    }

    private Cookie session(String username) throws Exception {
        return mvc.perform(formLogin().user(username).password("demo")).andReturn().getResponse().getCookie("SESSION");
    }
}
