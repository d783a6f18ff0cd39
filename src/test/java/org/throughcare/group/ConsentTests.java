package org.throughcare.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.throughcare.IntegrationTest;

@IntegrationTest
class ConsentTests {

    private static final byte[] PDF = "%PDF-1.7\n% a signed form\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    private UUID id(String sql) {
        return jdbc.sql(sql).query(UUID.class).single();
    }

    /** A client of the demo coordinator with the social services case worker in the group. */
    private String clientWithPartner() throws Exception {
        LocalDate born = LocalDate.of(1991, 8, 30);
        UUID[] coordinator = jdbc.sql("select id, unit_id from app_user where username = 'coordinator'")
                .query((rs, n) -> new UUID[] {rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)}).single();
        String body = json(post("/api/v1/clients"), """
                {"fullName": "Consent Client", "idCountry": "SE", "idNumber": "%s", "dateOfBirth": "%s", "gender": "MALE",
                 "municipalityCode": "2480", "probationOfficeId": "%s", "coordinatorId": "%s"}"""
                .formatted(org.throughcare.client.TestNumbers.personnummer(born), born, coordinator[1], coordinator[0]))
                .andReturn().getResponse().getContentAsString();
        String client = JsonPath.read(body, "$.id");
        json(post("/api/v1/clients/" + client + "/group/members"), """
                {"userId": "%s", "role": "CASE_WORKER", "from": "%s"}"""
                .formatted(id("select id from app_user where username = 'partner'"), LocalDate.now()))
                .andExpect(status().isCreated());
        return client;
    }

    private ResultActions json(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
                               String body) throws Exception {
        return mvc.perform(request.with(httpBasic("coordinator", "demo")).contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    private String consent(String form, String witness, boolean told, String validUntil, String organisations,
                           String categories) {
        return """
                {"form": "%s", "givenOn": "%s", "witness": %s, "toldAboutConfidentiality": %s, "textVersion": "2026-1",
                 "validUntil": %s, "organisationIds": [%s], "categories": [%s]}"""
                .formatted(form, LocalDate.now(), witness == null ? "null" : "\"" + witness + "\"", told,
                        validUntil == null ? "null" : "\"" + validUntil + "\"", organisations, categories);
    }

    private String socialServices() {
        return "\"" + id("select id from organisation where name = 'Socialtjänsten Umeå'") + "\"";
    }

    @Test
    void aMemberWithoutConsentIsFlaggedUntilAConsentCoversTheirOrganisation() throws Exception {
        String client = clientWithPartner();
        mvc.perform(get("/api/v1/clients/" + client + "/consents/coverage").with(httpBasic("coordinator", "demo")))
                .andExpect(jsonPath("$[0].organisationName").value("Socialtjänsten Umeå"))
                .andExpect(jsonPath("$[0].categories").isEmpty());
        json(post("/api/v1/clients/" + client + "/consents"), consent("ORAL", "Anna Berg, frivårdsinspektör", true,
                LocalDate.now().plusYears(1).toString(), socialServices(), "\"BASIC_AND_CUSTODY\", \"NEEDS_ASSESSMENT\""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$[0].status").value("IN_FORCE"))
                .andExpect(jsonPath("$[0].documentedBy").value("Karin Lindqvist"));
        mvc.perform(get("/api/v1/clients/" + client + "/consents/coverage").with(httpBasic("coordinator", "demo")))
                .andExpect(jsonPath("$[0].categories", containsInAnyOrder("BASIC_AND_CUSTODY", "NEEDS_ASSESSMENT")));
    }

    @Test
    void withdrawalEndsTheCoverageAndIsKept() throws Exception {
        String client = clientWithPartner();
        String body = json(post("/api/v1/clients/" + client + "/consents"), consent("DIGITAL", null, true, null,
                socialServices(), "\"PLAN_AND_MEASURES\"")).andReturn().getResponse().getContentAsString();
        String consent = JsonPath.read(body, "$[0].id");
        json(post("/api/v1/clients/" + client + "/consents/" + consent + "/withdrawal"), """
                {"on": "%s", "how": "Told the coordinator"}""".formatted(LocalDate.now().minusYears(1)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("on"));
        json(post("/api/v1/clients/" + client + "/consents/" + consent + "/withdrawal"), """
                {"on": "%s", "how": "Told the coordinator"}""".formatted(LocalDate.now()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].status").value("WITHDRAWN"))
                .andExpect(jsonPath("$[0].withdrawalHow").value("Told the coordinator"));
        mvc.perform(get("/api/v1/clients/" + client + "/consents/coverage").with(httpBasic("coordinator", "demo")))
                .andExpect(jsonPath("$[0].categories").isEmpty());
        json(post("/api/v1/clients/" + client + "/consents/" + consent + "/withdrawal"), """
                {"on": "%s", "how": "Again"}""".formatted(LocalDate.now()))
                .andExpect(status().isBadRequest());
    }

    @Test
    void aConsentMissingWhatMakesItValidIsRefusedAndNothingIsStored() throws Exception {
        String client = clientWithPartner();
        json(post("/api/v1/clients/" + client + "/consents"), consent("ORAL", null, false,
                LocalDate.now().minusDays(1).toString(), socialServices(), "\"BASIC_AND_CUSTODY\""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("witness", "toldAboutConfidentiality",
                        "validUntil")));
        json(post("/api/v1/clients/" + client + "/consents"), consent("DIGITAL", null, true, null, "", ""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("organisationIds", "categories")));
        json(post("/api/v1/clients/" + client + "/consents"), consent("WRITTEN", null, true, null, socialServices(),
                "\"BASIC_AND_CUSTODY\"")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("document"));
        json(post("/api/v1/clients/" + client + "/consents"), consent("DIGITAL", null, true, null, socialServices(),
                "\"EVERYTHING\"")).andExpect(status().isBadRequest());
        assertThat(jdbc.sql("select count(*) from consent where client_id = cast(:c as uuid)").param("c", client)
                .query(Long.class).single()).isZero();
    }

    @Test
    void aWrittenConsentKeepsItsSignedFormWhichOnlyDownloadsAsAnAttachment() throws Exception {
        String client = clientWithPartner();
        String written = consent("WRITTEN", null, true, null, socialServices(), "\"BASIC_AND_CUSTODY\"");
        mvc.perform(multipart("/api/v1/clients/" + client + "/consents").with(httpBasic("coordinator", "demo"))
                        .file(new MockMultipartFile("consent", "", "application/json", written.getBytes()))
                        .file(new MockMultipartFile("document", "notes.txt", "application/pdf", "just text".getBytes())))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("document"));
        byte[] tooLarge = Arrays.copyOf(PDF, 5 * 1024 * 1024 + 1);
        mvc.perform(multipart("/api/v1/clients/" + client + "/consents").with(httpBasic("coordinator", "demo"))
                        .file(new MockMultipartFile("consent", "", "application/json", written.getBytes()))
                        .file(new MockMultipartFile("document", "big.pdf", "application/pdf", tooLarge)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message", containsString("too large")));
        String body = mvc.perform(multipart("/api/v1/clients/" + client + "/consents").with(httpBasic("coordinator", "demo"))
                        .file(new MockMultipartFile("consent", "", "application/json", written.getBytes()))
                        .file(new MockMultipartFile("document", "../../signed<form>.pdf", "text/html", PDF)))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        String consent = JsonPath.read(body, "$[0].id");
        var session = mvc.perform(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders
                .formLogin().user("coordinator").password("demo")).andReturn().getResponse().getCookie("SESSION");
        mvc.perform(get("/clients/" + client + "/consents/" + consent + "/document").cookie(session))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/octet-stream"))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.not(containsString("/"))))
                .andExpect(content().bytes(PDF));
    }

    @Test
    void theConsentPageShowsAMissingSignedFormAtTheUpload() throws Exception {
        String client = clientWithPartner();
        var session = mvc.perform(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders
                .formLogin().user("coordinator").password("demo")).andReturn().getResponse().getCookie("SESSION");
        mvc.perform(get("/clients/" + client + "/consents").cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("No documented consent covers this organisation")));
        mvc.perform(multipart("/clients/" + client + "/consents").with(
                        org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                        .cookie(session).param("form", "WRITTEN").param("givenOn", LocalDate.now().toString())
                        .param("toldAboutConfidentiality", "true").param("textVersion", "2026-1")
                        .param("organisationIds", id("select id from organisation where name = 'Socialtjänsten Umeå'").toString())
                        .param("categories", "BASIC_AND_CUSTODY"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"document-error\"")))
                .andExpect(content().string(containsString("Upload the signed form")));
    }

    @Test
    void nobodyOutsideTheClientsOfficeReadsTheConsents() throws Exception {
        String client = clientWithPartner();
        for (String user : new String[] {"partner", "prison", "analyst", "coordinator.norrkoping"}) {
            mvc.perform(get("/api/v1/clients/" + client + "/consents").with(httpBasic(user, "demo")))
                    .andExpect(status().isForbidden());
        }
    }

    @Test
    void theInformationTextIsVersionedAndPrintableInSwedish() throws Exception {
        var session = mvc.perform(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders
                .formLogin().user("coordinator").password("demo")).andReturn().getResponse().getCookie("SESSION");
        mvc.perform(get("/consent-texts/2026-1").param("lang", "sv").cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Samtycke till att dela uppgifter")));
        mvc.perform(get("/api/v1/consent-texts/2026-1").param("lang", "en").with(httpBasic("partner", "demo")))
                .andExpect(jsonPath("$.title").value("Consent to share information in the reintegration group"));
        mvc.perform(get("/api/v1/consent-texts/1999-9").with(httpBasic("partner", "demo")))
                .andExpect(status().isNotFound());
    }
}
