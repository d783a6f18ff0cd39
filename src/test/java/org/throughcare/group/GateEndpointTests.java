package org.throughcare.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.throughcare.IntegrationTest;

/** The gate as users meet it through the API and the pages. */
@IntegrationTest
class GateEndpointTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    private ResultActions as(String user, MockHttpServletRequestBuilder request, String json) throws Exception {
        return mvc.perform(request.with(httpBasic(user, "demo")).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private UUID id(String sql) {
        return jdbc.sql(sql).query(UUID.class).single();
    }

    /** A client in custody at Anstalten Umeå, high risk, with the partner in the group. */
    private String client(String name) throws Exception {
        LocalDate born = LocalDate.of(1983, 11, 5);
        UUID[] coordinator = jdbc.sql("select id, unit_id from app_user where username = 'coordinator'")
                .query((rs, n) -> new UUID[] {rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)}).single();
        String body = as("coordinator", post("/api/v1/clients"), """
                {"fullName": "%s", "idCountry": "SE", "idNumber": "%s", "dateOfBirth": "%s", "gender": "MALE",
                 "municipalityCode": "2480", "probationOfficeId": "%s", "coordinatorId": "%s"}"""
                .formatted(name, org.throughcare.client.TestNumbers.personnummer(born), born, coordinator[1],
                        coordinator[0])).andReturn().getResponse().getContentAsString();
        String client = JsonPath.read(body, "$.id");
        as("coordinator", put("/api/v1/clients/" + client + "/custody"), """
                {"institutionId": "%s", "conditionalReleaseDate": "%s", "riskLevel": "HIGH", "riskInstrument": "LS/CMI",
                 "riskAssessedOn": "%s", "mainOffence": "ROBBERY", "version": 0}"""
                .formatted(id("select id from organisation where name = 'Anstalten Umeå'"),
                        LocalDate.now().plusMonths(2), LocalDate.now().minusDays(5)))
                .andExpect(status().isOk());
        as("coordinator", post("/api/v1/clients/" + client + "/group/members"), """
                {"userId": "%s", "role": "CASE_WORKER", "from": "%s"}"""
                .formatted(id("select id from app_user where username = 'partner'"), LocalDate.now()))
                .andExpect(status().isCreated());
        return client;
    }

    private String consentFor(String client, String categories) throws Exception {
        String body = as("coordinator", post("/api/v1/clients/" + client + "/consents"), """
                {"form": "DIGITAL", "givenOn": "%s", "toldAboutConfidentiality": true, "textVersion": "2026-1",
                 "organisationIds": ["%s"], "categories": [%s]}"""
                .formatted(LocalDate.now(), id("select id from organisation where name = 'Socialtjänsten Umeå'"),
                        categories)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$[0].id");
    }

    @Test
    void aPartnerSeesTheClientOnlyWithConsentAndOnlyTheCoveredCategories() throws Exception {
        String client = client("Gate Partner View");
        mvc.perform(get("/api/v1/clients/" + client).with(httpBasic("partner", "demo")).header("Accept-Language", "sv"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail", containsString("Inget dokumenterat samtycke")))
                .andExpect(content().string(not(containsString("Gate Partner View"))));
        String consent = consentFor(client, "\"BASIC_AND_CUSTODY\"");
        mvc.perform(get("/api/v1/clients/" + client).with(httpBasic("partner", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.fullName").value("Gate Partner View"))
                .andExpect(jsonPath("$.custody.conditionalReleaseDate").exists())
                .andExpect(jsonPath("$.custody.riskLevel").doesNotExist())
                .andExpect(jsonPath("$.custody.mainOffence").doesNotExist());
        mvc.perform(get("/api/v1/clients").param("size", "100").with(httpBasic("partner", "demo")))
                .andExpect(jsonPath("$.items[*].fullName", hasItem("Gate Partner View")));
        mvc.perform(get("/api/v1/clients/" + client).with(httpBasic("coordinator", "demo")))
                .andExpect(jsonPath("$.custody.riskLevel").value("HIGH"));
        as("partner", post("/api/v1/clients/" + client + "/transitions"), """
                {"to": "DECLINED", "effectiveOn": "%s", "reason": "Partner cannot", "version": 1}"""
                .formatted(LocalDate.now())).andExpect(status().isForbidden());
        as("coordinator", post("/api/v1/clients/" + client + "/consents/" + consent + "/withdrawal"), """
                {"on": "%s", "how": "In writing"}""".formatted(LocalDate.now())).andExpect(status().isOk());
        // The very next request: no consent, no client, not even in the list.
        mvc.perform(get("/api/v1/clients/" + client).with(httpBasic("partner", "demo"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/clients").param("size", "100").with(httpBasic("partner", "demo")))
                .andExpect(jsonPath("$.items[*].fullName", not(hasItem("Gate Partner View"))));
    }

    @Test
    void prisonStaffSeeBasicAndCustodyFactsOfTheirInstitutionsClients() throws Exception {
        String client = client("Gate Prison View");
        mvc.perform(get("/api/v1/clients/" + client).with(httpBasic("prison", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.custody.institutionName").value("Anstalten Umeå"))
                .andExpect(jsonPath("$.custody.riskLevel").doesNotExist());
        mvc.perform(get("/api/v1/clients").param("size", "100").with(httpBasic("prison", "demo")))
                .andExpect(jsonPath("$.items[*].fullName", hasItem("Gate Prison View")));
    }

    @Test
    void eachReadLeavesItsAuditEntriesAndAListOneEntryPerClientShown() throws Exception {
        String client = client("Gate Audited");
        consentFor(client, "\"BASIC_AND_CUSTODY\"");
        // Notices are decided in the background for their recipients, under their own purpose: left out here.
        long before = jdbc.sql("select count(*) from audit_entry where subject_id = :c and action = 'READ'"
                        + " and coalesce(purpose, '') <> 'notice disclosure'")
                .param("c", client).query(Long.class).single();
        mvc.perform(get("/api/v1/clients/" + client).with(httpBasic("partner", "demo"))).andExpect(status().isOk());
        // One entry per category the case read touches: basic facts allowed, criminal history denied.
        assertThat(jdbc.sql("""
                        select outcome || ' ' || details from audit_entry where subject_id = :c and action = 'READ'
                          and coalesce(purpose, '') <> 'notice disclosure'
                        order by id""").param("c", client).query(String.class).list().subList((int) before,
                        (int) before + 2))
                .containsExactly("ALLOWED category=BASIC_AND_CUSTODY; ground=GROUP_MEMBER_WITH_CONSENT",
                        "DENIED category=CRIMINAL_HISTORY_AND_RISK; ground=NO_CONSENT");
        long listedBefore = jdbc.sql("select count(*) from audit_entry where subject_id = :c and details like '%LISTED%'")
                .param("c", client).query(Long.class).single();
        mvc.perform(get("/api/v1/clients").param("q", "Gate Audited").with(httpBasic("partner", "demo")))
                .andExpect(jsonPath("$.totalItems").value(1));
        assertThat(jdbc.sql("select count(*) from audit_entry where subject_id = :c and details like '%LISTED%'")
                .param("c", client).query(Long.class).single()).isEqualTo(listedBefore + 1);
    }

    @Test
    void readingWithConsentIsNotChangingTheGroupOrTheConsent() throws Exception {
        String client = client("Gate Read Only");
        String consent = consentFor(client, "\"BASIC_AND_CUSTODY\"");
        mvc.perform(get("/api/v1/clients/" + client + "/group").with(httpBasic("partner", "demo")))
                .andExpect(status().isOk());
        as("partner", post("/api/v1/clients/" + client + "/group/members"), """
                {"userId": "%s", "role": "OTHER", "from": "%s"}"""
                .formatted(id("select id from app_user where username = 'prison'"), LocalDate.now()))
                .andExpect(status().isForbidden());
        as("partner", post("/api/v1/clients/" + client + "/consents/" + consent + "/withdrawal"), """
                {"on": "%s", "how": "Not theirs to record"}""".formatted(LocalDate.now()))
                .andExpect(status().isForbidden());
        as("partner", post("/api/v1/clients/" + client + "/consents"), """
                {"form": "DIGITAL", "givenOn": "%s", "toldAboutConfidentiality": true, "textVersion": "2026-1",
                 "organisationIds": ["%s"], "categories": ["HEALTH_AND_SUBSTANCE_USE"]}"""
                .formatted(LocalDate.now(), id("select id from organisation where name = 'Socialtjänsten Umeå'")))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from consent where client_id = cast(:c as uuid)").param("c", client)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theCoordinatorSeesWhoAccessedTheClientAndOthersDoNot() throws Exception {
        String client = client("Gate Access Log");
        mvc.perform(get("/api/v1/clients/" + client).with(httpBasic("partner", "demo"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/clients/" + client + "/access-log").param("size", "100")
                        .with(httpBasic("coordinator", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.username == 'partner')].outcome", hasItem("DENIED")))
                .andExpect(jsonPath("$.items[?(@.username == 'partner' && @.category == 'BASIC_AND_CUSTODY')].ground",
                        hasItem("NO_CONSENT")));
        mvc.perform(get("/api/v1/clients/" + client + "/access-log").with(httpBasic("partner", "demo")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/clients/" + client + "/access-log").with(httpBasic("analyst", "demo")))
                .andExpect(status().isForbidden());
    }
}
