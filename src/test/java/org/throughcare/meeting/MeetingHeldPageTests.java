package org.throughcare.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.throughcare.IntegrationTest;
import org.throughcare.client.ClientManagement;
import org.throughcare.group.ConsentManagement;
import org.throughcare.group.GroupManagement;
import org.throughcare.plan.PlanFixtures;
import org.throughcare.shared.ClientId;
import org.throughcare.shared.DataCategory;

/** The pages of a held meeting: recording it, its decisions becoming measures, the figures, what a partner sees. */
@IntegrationTest
class MeetingHeldPageTests {

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
    @Autowired
    MeetingManagement meetings;

    PlanFixtures fixtures;
    ClientId client;
    String partner;
    UUID meeting;

    @BeforeEach
    void aMeetingHeldYesterdayWithTheSocialServices() {
        fixtures = new PlanFixtures(jdbc, clientManagement, groups, consents);
        client = fixtures.clientInCustody("Held Page Client", 45);
        jdbc.sql("update stage_transition set effective_on = :on where client_id = :id and from_stage is null")
                .param("on", LocalDate.now().minusDays(60)).param("id", client.value()).update();
        fixtures.join(client, "partner");
        partner = "user:" + fixtures.actor("partner").userId();
        meeting = meetings.book(client, new BookMeeting(LocalDate.now().minusDays(1), LocalTime.of(10, 0), 60,
                PlaceKind.INSTITUTION, null, "Visiting room 3", null, "Housing", true, List.of(partner), null, null),
                fixtures.actor("coordinator"));
    }

    private MockHttpServletRequestBuilder as(String user, MockHttpServletRequestBuilder request) throws Exception {
        Cookie session = mvc.perform(formLogin().user(user).password("demo")).andReturn().getResponse()
                .getCookie("SESSION");
        return request.cookie(session);
    }

    private String page() {
        return "/clients/" + client + "/meetings/" + meeting;
    }

    @Test
    void theCoordinatorRecordsAttendanceAndADecisionThatBecomesAMeasureOfThePartner() throws Exception {
        fixtures.consent(client, "partner", DataCategory.BASIC_AND_CUSTODY, DataCategory.PLAN_AND_MEASURES,
                DataCategory.NEEDS_ASSESSMENT, DataCategory.MEETING_MINUTES);
        mvc.perform(as("coordinator", get(page() + "/record"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Omar Hassan"), containsString("Absent: illness"))));
        // An absence without a reason cannot be chosen; a value naming someone not invited is refused at the field.
        mvc.perform(as("coordinator", post(page() + "/record")).with(csrf()).param("clientAttended", "true")
                        .param("attendance", "user:" + UUID.randomUUID() + "|ATTENDED").param("minutes", "x")
                        .param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Record attendance only for people invited")));
        mvc.perform(as("coordinator", post(page() + "/record")).with(csrf()).param("clientAttended", "true")
                        .param("attendance", partner + "|LATE").param("minutes", "Flat in Umeå discussed")
                        .param("version", "0"))
                .andExpect(redirectedUrl(page()));
        mvc.perform(as("coordinator", get(page()))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Came late"), containsString("Flat in Umeå discussed"),
                        containsString("Record a decision"), containsString("Book the next meeting"))));

        mvc.perform(as("coordinator", post(page() + "/decisions")).with(csrf())
                        .param("text", "Omar finds a flat").param("createsMeasure", "true")
                        .param("area", "ACCOMMODATION").param("type", "HOUSING").param("responsible", partner)
                        .param("phase", "IN_CUSTODY").param("dueOn", LocalDate.now().plusDays(30).toString()))
                .andExpect(redirectedUrl(page()));
        UUID measure = jdbc.sql("select measure_id from meeting_decision where meeting_id = :m").param("m", meeting)
                .query(UUID.class).single();
        assertThat(jdbc.sql("select owner_organisation_id from plan_measure where id = :id").param("id", measure)
                .query(UUID.class).single()).isEqualTo(fixtures.actor("partner").organisationId().value());
        String decided = "Decided at the meeting of " + LocalDate.now().minusDays(1);
        mvc.perform(as("partner", get("/clients/" + client + "/plan"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Omar finds a flat"), containsString(decided))));
        mvc.perform(as("partner", get("/clients/" + client + "/plan/measures/" + measure))).andExpect(status().isOk())
                .andExpect(content().string(containsString(decided)));
        mvc.perform(as("partner", get(page()))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Omar finds a flat"), not(containsString("Record a decision")),
                        not(containsString("Correct the record")))));
        mvc.perform(as("coordinator", get("/clients/" + client + "/meetings"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Meetings held"), containsString("100"))));
    }

    @Test
    void aPartnerWithoutMinutesConsentSeesWhoAttendedButNotWhatWasSaid() throws Exception {
        fixtures.consent(client, "partner", DataCategory.BASIC_AND_CUSTODY);
        mvc.perform(as("coordinator", post(page() + "/record")).with(csrf()).param("clientAttended", "false")
                        .param("_clientAttended", "on").param("attendance", partner + "|ABSENT:NO_TRANSPORT")
                        .param("minutes", "He spoke of his debts").param("version", "0"))
                .andExpect(redirectedUrl(page()));
        mvc.perform(as("partner", get(page()))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Absent: no transport"),
                        containsString("The client did not attend"), not(containsString("his debts")),
                        containsString("the minutes and decisions are not shown"))));
        mvc.perform(as("partner", get(page() + "/record"))).andExpect(status().isForbidden());
        mvc.perform(as("partner", post(page() + "/record")).with(csrf()).param("clientAttended", "true")
                .param("version", "1")).andExpect(status().isForbidden());
        mvc.perform(as("partner", post(page() + "/decisions")).with(csrf()).param("text", "x"))
                .andExpect(status().isForbidden());
    }
}
