package org.throughcare.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.throughcare.IntegrationTest;
import org.throughcare.client.ClientManagement;
import org.throughcare.plan.PlanFixtures;

/**
 * The access log's period as the world sends it: ISO dates Java reads but no instant can hold (years such as
 * +999999999), a year 0, a parameter sent twice. Each is a 400 at its field, on the page in the reader's
 * language and in the API as a problem naming the field, never a server error.
 */
@IntegrationTest
class AccessLogPeriodTests {

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
    void datesBeyondAFourDigitYearAre400AtTheirFieldOnThePageAndInTheApi() throws Exception {
        String client = new PlanFixtures(jdbc, clients, groups, consents).clientInCustody("Period Client", 40)
                .toString();
        Cookie session = mvc.perform(formLogin().user("coordinator").password("demo")).andReturn().getResponse()
                .getCookie("SESSION");
        Map<String, String> bad = Map.of("from", "+999999999-12-31", "to", "-999999999-01-01");
        for (String value : List.of("+999999999-12-31", "-999999999-01-01", "0000-06-01", "+10000-01-01")) {
            for (String field : List.of("from", "to")) {
                MockHttpServletResponse page = mvc.perform(get("/clients/" + client + "/access-log")
                        .param(field, value).cookie(session).header("Accept-Language", "sv")).andReturn().getResponse();
                assertThat(page.getStatus()).as("page %s=%s", field, value).isEqualTo(400);
                assertThat(page.getContentAsString(StandardCharsets.UTF_8)).as("page %s=%s", field, value)
                        .contains("id=\"" + field + "-error\"", "Detta är inte ett giltigt datum.");

                MockHttpServletResponse api = mvc.perform(get("/api/v1/clients/" + client + "/access-log")
                        .param(field, value).with(httpBasic("coordinator", "demo"))).andReturn().getResponse();
                assertThat(api.getStatus()).as("API %s=%s", field, value).isEqualTo(400);
                assertThat(JsonPath.<List<String>>read(api.getContentAsString(), "$.errors[*].field"))
                        .as("API %s=%s", field, value).containsExactly(field);
            }
        }
        MockHttpServletResponse both = mvc.perform(get("/api/v1/clients/" + client + "/access-log")
                .param("from", bad.get("from")).param("to", bad.get("to")).with(httpBasic("coordinator", "demo")))
                .andReturn().getResponse();
        assertThat(JsonPath.<List<String>>read(both.getContentAsString(), "$.errors[*].field"))
                .containsExactlyInAnyOrder("from", "to");

        // The widest period a form can send still answers.
        assertThat(mvc.perform(get("/api/v1/clients/" + client + "/access-log").param("from", "0001-01-01")
                .param("to", "9999-12-31").with(httpBasic("coordinator", "demo"))).andReturn().getResponse()
                .getStatus()).isEqualTo(200);
    }

    @Test
    void theApiDocumentSaysWhatEachFilterTakes() throws Exception {
        Cookie session = mvc.perform(formLogin().user("coordinator").password("demo")).andReturn().getResponse()
                .getCookie("SESSION");
        String document = mvc.perform(get("/v3/api-docs").cookie(session)).andReturn().getResponse()
                .getContentAsString();
        String parameters = "$.paths['/api/v1/clients/{id}/access-log'].get.parameters";
        assertThat(JsonPath.<List<String>>read(document, parameters + "[?(@.name == 'who')].schema.format"))
                .containsExactly("uuid");
        assertThat(JsonPath.<List<String>>read(document, parameters + "[?(@.name in ['from', 'to'])].schema.format"))
                .containsExactly("date", "date");
        assertThat(JsonPath.<List<List<String>>>read(document, parameters + "[?(@.name == 'outcome')].schema.enum"))
                .containsExactly(List.of("allowed", "refused"));
        List<List<String>> categories = JsonPath.read(document, parameters + "[?(@.name == 'category')].schema.enum");
        assertThat(categories).hasSize(1);
        assertThat(categories.get(0)).contains("BASIC_AND_CUSTODY", "HEALTH_AND_SUBSTANCE_USE");
    }
}
