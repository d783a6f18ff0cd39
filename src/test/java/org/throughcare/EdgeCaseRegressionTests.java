package org.throughcare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.throughcare.client.ClientManagement;
import org.throughcare.group.ConsentManagement;
import org.throughcare.group.GroupManagement;
import org.throughcare.plan.PlanFixtures;
import org.throughcare.shared.ClientId;
import org.throughcare.shared.DataCategory;

/**
 * Edge cases an attack on the meetings, lessons log, radar and outcomes found broken: a page far past the end, tags
 * that fill their field, a refused radar read, a day no record can hold, a refusal that gave the wrong reason; each
 * test shows the behaviour users rely on now that the defect is fixed.
 */
@IntegrationTest
class EdgeCaseRegressionTests {

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

    /** A page number far beyond the end is an empty page, not a server error (the offset overflowed an int). */
    @Test
    void aPageOfPastMeetingsFarBeyondTheEndIsEmpty() throws Exception {
        mvc.perform(get("/api/v1/meetings/past").param("page", "50000000").with(httpBasic("coordinator", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lines", empty()))
                .andExpect(jsonPath("$.more").value(false));
        Cookie session = mvc.perform(formLogin().user("coordinator").password("demo")).andReturn().getResponse()
                .getCookie("SESSION");
        mvc.perform(get("/meetings").param("page", "2147483647").cookie(session))
                .andExpect(status().isOk());
    }

    /**
     * Ten tags of the allowed length within the form's 400 characters are accepted and kept as written: the stored
     * form (",a,b,...,") is two characters longer than what was typed, and did not fit the column.
     */
    @Test
    void tenTagsFillingTheTagsFieldAreKept() throws Exception {
        UUID office = TestActors.actor(jdbc, "manager").unitId().value();
        List<String> tags = new ArrayList<>();
        String unique = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        for (int i = 0; i < 10; i++) {
            // 9 tags of 39 characters and one of 40: 391 + 9 commas = 400 characters typed.
            String stem = (i + unique + "x".repeat(40)).substring(0, i == 9 ? 40 : 39);
            tags.add(stem);
        }
        String typed = String.join(",", tags);
        assertThat(typed).hasSize(400);
        String json = """
                {"kind": "LESSON", "entryOn": "%s", "title": "Many tags", "body": "No client data here.",
                 "tags": "%s"}""".formatted(LocalDate.now().minusDays(1), typed);
        mvc.perform(post("/api/v1/followup/offices/" + office + "/lessons").with(httpBasic("manager", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isCreated());
        mvc.perform(get("/api/v1/followup/offices/" + office + "/lessons").param("tag", tags.get(9))
                        .with(httpBasic("manager", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.entries.items[0].tags.length()").value(10));
    }

    /** The radar is the manager's; anyone else is refused, and the refusal is in the audit log like any other. */
    @Test
    void aRefusedRadarIsAudited() throws Exception {
        long before = deniedRadarReads("coordinator");
        mvc.perform(get("/api/v1/followup/radar").with(httpBasic("coordinator", "demo")))
                .andExpect(status().isForbidden());
        assertThat(deniedRadarReads("coordinator")).isEqualTo(before + 1);
    }

    /**
     * Days a calendar reads but no record can hold (the year 0, years past 2199, before 1900) are refused at their
     * field on the page and in the API, and nothing is saved: the page form took the year 0 and PostgreSQL, unlike
     * H2, could not store it.
     */
    @Test
    void daysNoRecordCanHoldAreRefusedAtTheirFieldOnThePageAndInTheApi() throws Exception {
        UUID office = TestActors.actor(jdbc, "manager").unitId().value();
        String title = "Extreme day " + UUID.randomUUID();
        Cookie session = mvc.perform(formLogin().user("manager").password("demo")).andReturn().getResponse()
                .getCookie("SESSION");
        for (String day : List.of("0000-01-01", "1899-12-31", "2200-01-01", "9999-12-31")) {
            mvc.perform(post("/followup/offices/" + office + "/lessons").with(csrf()).cookie(session)
                            .header("Accept-Language", "sv").param("kind", "LESSON").param("entryOn", day)
                            .param("title", title).param("body", "No client data here."))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("id=\"entryOn-error\"")))
                    .andExpect(content().string(containsString("år-månad-dag mellan 1900 och 2199")));
            mvc.perform(post("/api/v1/followup/offices/" + office + "/lessons").with(httpBasic("manager", "demo"))
                            .contentType(MediaType.APPLICATION_JSON).content("""
                                    {"kind": "LESSON", "entryOn": "%s", "title": "%s", "body": "No client data here."}"""
                                    .formatted(day, title)))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("entryOn"));
        }
        assertThat(jdbc.sql("select count(*) from lesson_entry where title = :t").param("t", title).query(Long.class)
                .single()).as("nothing saved").isZero();
    }

    /**
     * A custody event's moment past what PostgreSQL's timestamps hold (or before 1900) is refused at its field, and no
     * event is kept: Java read -5000-01-01T00:00:00Z, H2 stored it, PostgreSQL answered with a server error.
     */
    @Test
    void aCustodyEventAtAMomentNoRecordCanHoldIsRefusedAtItsField() throws Exception {
        ClientId client = new PlanFixtures(jdbc, clients, groups, consents).clientInCustody("Extreme Moment", 30);
        UUID prison = jdbc.sql("select id from organisation where name = 'Anstalten Skänninge'").query(UUID.class)
                .single();
        for (String moment : List.of("+300000-01-01T00:00:00Z", "-5000-01-01T00:00:00Z", "1899-12-31T23:00:00Z")) {
            mvc.perform(post("/api/v1/custody-events").with(httpBasic("coordinator", "demo"))
                            .contentType(MediaType.APPLICATION_JSON).content("""
                                    {"eventId": "extreme-%s", "clientId": "%s", "kind": "TRANSFER", "effectiveOn": "%s",
                                     "occurredAt": "%s", "institutionId": "%s", "reason": "Moved"}"""
                                    .formatted(moment, client, LocalDate.now(), moment, prison)))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("occurredAt"));
        }
        assertThat(jdbc.sql("select count(*) from custody_event where client_id = :c").param("c", client.value())
                .query(Long.class).single()).as("nothing kept").isZero();
    }

    /**
     * The outcome page tells a reader outside the client's group that they are not in it, the analyst that their role
     * reads no client data, and a member whom no consent covers that consent is missing: each the reason the gate
     * gave (all said "no consent" before).
     */
    @Test
    void aRefusedOutcomePageSaysTheTrueReason() throws Exception {
        PlanFixtures fixtures = new PlanFixtures(jdbc, clients, groups, consents);
        ClientId client = fixtures.clientInCustody("Outcome Refusal", 30);
        Cookie partner = mvc.perform(formLogin().user("partner").password("demo")).andReturn().getResponse()
                .getCookie("SESSION");
        // The 403 page shows the message of the refusal's key (error/403.html).
        mvc.perform(get("/clients/" + client + "/outcomes").cookie(partner))
                .andExpect(status().isForbidden())
                .andExpect(request().attribute("refusal", "error.notInGroup"));
        mvc.perform(get("/api/v1/clients/" + client + "/outcomes").with(httpBasic("partner", "demo"))
                        .header("Accept-Language", "nb"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail", containsString("Du er ikke med i klientens gruppe")))
                .andExpect(jsonPath("$.detail", not(containsString("samtykke"))));
        mvc.perform(get("/api/v1/clients/" + client + "/outcomes").with(httpBasic("partner", "demo")))
                .andExpect(jsonPath("$.detail", containsString("You are not in this client's group")));

        mvc.perform(get("/api/v1/clients/" + client + "/outcomes").with(httpBasic("analyst", "demo")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value("Your role does not read clients' information."));

        fixtures.join(client, "partner");
        mvc.perform(get("/clients/" + client + "/outcomes").cookie(partner))
                .andExpect(status().isForbidden())
                .andExpect(request().attribute("refusal", "error.noConsent"));
        mvc.perform(get("/api/v1/clients/" + client + "/outcomes").with(httpBasic("partner", "demo")))
                .andExpect(jsonPath("$.detail", containsString("No documented consent covers this information")));
    }

    /**
     * The screening form and the referral form are offered only to those who can send them: a group member whose
     * organisation has no part in the plan and the prison holding the client were shown each form and refused only
     * once they sent it.
     */
    @Test
    void formsTheReaderCannotSendAreNotOffered() throws Exception {
        PlanFixtures fixtures = new PlanFixtures(jdbc, clients, groups, consents);
        ClientId client = fixtures.clientInCustody("Forms Not Offered", 30);
        fixtures.join(client, "employment");
        fixtures.consent(client, "employment", DataCategory.BASIC_AND_CUSTODY);
        for (String reader : List.of("employment", "prison")) {
            Cookie session = mvc.perform(formLogin().user(reader).password("demo")).andReturn().getResponse()
                    .getCookie("SESSION");
            mvc.perform(get("/clients/" + client).cookie(session)).andExpect(status().isOk());
            mvc.perform(get("/clients/" + client + "/screening").cookie(session))
                    .andExpect(status().isForbidden())
                    .andExpect(request().attribute("refusal", "error.changeRefused"));
            mvc.perform(get("/clients/" + client + "/referrals/new").cookie(session))
                    .andExpect(status().isForbidden())
                    .andExpect(request().attribute("refusal", "error.changeRefused.referralArea"));
        }
        Cookie coordinator = mvc.perform(formLogin().user("coordinator").password("demo")).andReturn().getResponse()
                .getCookie("SESSION");
        mvc.perform(get("/clients/" + client + "/screening").cookie(coordinator)).andExpect(status().isOk());
        mvc.perform(get("/clients/" + client + "/referrals/new").cookie(coordinator)).andExpect(status().isOk());
    }

    private long deniedRadarReads(String user) {
        return jdbc.sql("""
                        select count(*) from audit_entry where actor_username = :u and outcome = 'DENIED'
                          and subject_type = 'radar'""").param("u", user).query(Long.class).single();
    }
}
