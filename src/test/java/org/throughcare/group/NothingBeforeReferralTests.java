package org.throughcare.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.throughcare.IntegrationTest;
import org.throughcare.client.TestNumbers;

/**
 * A consent given, or a membership of the group starting, before the client was referred is refused at its field in
 * the caller's language with nothing saved — through the API and on the pages alike; the referral day itself is
 * accepted. (Before, both were taken dated decades back, and counted in the figures for years the client was not in
 * the programme.)
 */
@IntegrationTest
class NothingBeforeReferralTests {

    private static final LocalDate REFERRED = LocalDate.now().minusDays(40);

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aConsentGivenBeforeTheReferralIsRefusedAtItsFieldInEachLanguageAndNothingIsSaved() throws Exception {
        String client = referredClient(LocalDate.of(1981, 3, 12));
        UUID socialServices = id("select id from organisation where name = 'Socialtjänsten Umeå'");
        String consent = """
                {"form": "DIGITAL", "givenOn": "%s", "toldAboutConfidentiality": true, "textVersion": "2026-1",
                 "organisationIds": ["%s"], "categories": ["BASIC_AND_CUSTODY"]}""";
        api("en", "/api/v1/clients/" + client + "/consents", consent.formatted(LocalDate.of(1990, 1, 1), socialServices))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("givenOn"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("The date cannot be before the client was referred (" + REFERRED + ")."));
        api("sv", "/api/v1/clients/" + client + "/consents", consent.formatted(REFERRED.minusDays(1), socialServices))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("givenOn"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("Datumet kan inte ligga före den dag klienten remitterades (" + REFERRED + ")."));
        api("nb", "/api/v1/clients/" + client + "/consents", consent.formatted(REFERRED.minusDays(1), socialServices))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("Datoen kan ikke være før klienten ble henvist (" + REFERRED + ")."));

        Cookie session = session();
        mvc.perform(multipart("/clients/" + client + "/consents").with(csrf()).cookie(session)
                        .param("form", "DIGITAL").param("givenOn", REFERRED.minusYears(30).toString())
                        .param("toldAboutConfidentiality", "true").param("textVersion", "2026-1")
                        .param("organisationIds", socialServices.toString()).param("categories", "BASIC_AND_CUSTODY"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"givenOn-error\"")))
                .andExpect(content().string(containsString("before the client was referred (" + REFERRED + ")")));
        assertThat(count("consent", client)).as("nothing saved").isZero();

        api("en", "/api/v1/clients/" + client + "/consents", consent.formatted(REFERRED, socialServices))
                .andExpect(status().isCreated());
        assertThat(count("consent", client)).as("the referral day itself is accepted").isOne();
    }

    @Test
    void aMembershipStartingBeforeTheReferralIsRefusedAtItsFieldOnThePageAndInTheApi() throws Exception {
        String client = referredClient(LocalDate.of(1983, 8, 25));
        UUID partner = id("select id from app_user where username = 'partner'");
        String member = """
                {"userId": "%s", "role": "CASE_WORKER", "from": "%s"}""";
        api("sv", "/api/v1/clients/" + client + "/group/members", member.formatted(partner, LocalDate.of(1975, 6, 1)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("from"))
                .andExpect(jsonPath("$.errors[0].message", containsString("remitterades (" + REFERRED + ")")));

        Cookie session = session();
        mvc.perform(post("/clients/" + client + "/group/members").with(csrf()).cookie(session)
                        .header("Accept-Language", "nb")
                        .param("person", "user:" + partner).param("role", "CASE_WORKER")
                        .param("from", REFERRED.minusDays(1).toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"from-error\"")))
                .andExpect(content().string(containsString("før klienten ble henvist (" + REFERRED + ")")));
        assertThat(count("group_member", client)).as("nothing saved").isZero();

        mvc.perform(post("/clients/" + client + "/group/members").with(csrf()).cookie(session)
                        .param("person", "user:" + partner).param("role", "CASE_WORKER")
                        .param("from", REFERRED.toString()))
                .andExpect(redirectedUrl("/clients/" + client + "/group"));
        assertThat(count("group_member", client)).as("the referral day itself is accepted").isOne();
    }

    /** A client of the demo coordinator referred {@link #REFERRED}, entered afterwards through the API. */
    private String referredClient(LocalDate born) throws Exception {
        UUID[] coordinator = jdbc.sql("select id, unit_id from app_user where username = 'coordinator'")
                .query((rs, n) -> new UUID[] {rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)}).single();
        String body = api("en", "/api/v1/clients", """
                {"fullName": "Referral Day", "idCountry": "SE", "idNumber": "%s", "dateOfBirth": "%s", "gender": "MALE",
                 "municipalityCode": "2480", "probationOfficeId": "%s", "coordinatorId": "%s", "referredOn": "%s"}"""
                .formatted(TestNumbers.personnummer(born), born, coordinator[1], coordinator[0], REFERRED))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return com.jayway.jsonpath.JsonPath.read(body, "$.id");
    }

    private ResultActions api(String language, String uri, String json) throws Exception {
        return mvc.perform(post(uri).with(httpBasic("coordinator", "demo")).header("Accept-Language", language)
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private Cookie session() throws Exception {
        return mvc.perform(formLogin().user("coordinator").password("demo")).andReturn().getResponse()
                .getCookie("SESSION");
    }

    private long count(String table, String client) {
        return jdbc.sql("select count(*) from " + table + " where client_id = cast(:id as uuid)").param("id", client)
                .query(Long.class).single();
    }

    private UUID id(String sql) {
        return jdbc.sql(sql).query(UUID.class).single();
    }
}
