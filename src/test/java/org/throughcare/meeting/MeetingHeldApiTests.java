package org.throughcare.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.throughcare.IntegrationTest;
import org.throughcare.client.ClientManagement;
import org.throughcare.group.ConsentManagement;
import org.throughcare.group.GroupManagement;
import org.throughcare.plan.PlanFixtures;
import org.throughcare.shared.ClientId;
import org.throughcare.shared.DataCategory;

/** Holding a meeting, correcting it, its decisions becoming plan measures, and the figures, through the API. */
@IntegrationTest
class MeetingHeldApiTests {

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

    PlanFixtures fixtures;
    ClientId client;
    String partner;
    String coordinator;
    LocalDate release;

    @BeforeEach
    void aClientRegisteredFourMonthsAgoWithTheSocialServicesInTheGroup() {
        fixtures = new PlanFixtures(jdbc, clientManagement, groups, consents);
        client = fixtures.clientInCustody("Held Meeting Client", 20);
        release = LocalDate.now().plusDays(20);
        // Registered long ago, so that meetings already held can be entered for the weeks before today.
        jdbc.sql("update client set registered_at = :at where id = :id")
                .param("at", Timestamp.from(Instant.now().minus(120, ChronoUnit.DAYS))).param("id", client.value())
                .update();
        jdbc.sql("update stage_transition set effective_on = :on where client_id = :id and from_stage is null")
                .param("on", LocalDate.now().minusDays(120)).param("id", client.value()).update();
        fixtures.join(client, "partner");
        partner = "user:" + fixtures.actor("partner").userId();
        coordinator = "user:" + fixtures.actor("coordinator").userId();
    }

    private ResultActions as(String user, MockHttpServletRequestBuilder request, String json) throws Exception {
        return mvc.perform(request.with(httpBasic(user, "demo")).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private ResultActions as(String user, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(httpBasic(user, "demo")));
    }

    private String meetings() {
        return "/api/v1/clients/" + client + "/meetings";
    }

    private String book(LocalDate on) throws Exception {
        String body = as("coordinator", post(meetings()), MeetingApiTests.meetingJson(on, "10:00", 60, "INSTITUTION",
                null, null, "\"" + partner + "\", \"" + coordinator + "\"", null))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    static String holdJson(boolean clientAttended, String attendance, String minutes, String correction, long version) {
        return """
                {"clientAttended": %s, "attendance": [%s], "minutes": %s, "correction": %s, "version": %d}"""
                .formatted(clientAttended, attendance, minutes == null ? "null" : "\"" + minutes + "\"",
                        correction == null ? "null" : "\"" + correction + "\"", version);
    }

    static String attended(String key, String attendance, String reason) {
        return """
                {"invitee": "%s", "attendance": "%s", "absenceReason": %s}"""
                .formatted(key, attendance, reason == null ? "null" : "\"" + reason + "\"");
    }

    private long version(String meeting) {
        return jdbc.sql("select version from meeting where id = :id").param("id", java.util.UUID.fromString(meeting))
                .query(Long.class).single();
    }

    private long rows(String table) {
        return jdbc.sql("select count(*) from " + table + " where meeting_id in (select id from meeting where client_id = :c)")
                .param("c", client.value()).query(Long.class).single();
    }

    @Test
    void aMeetingIsHeldWithAttendanceAndMinutesAndCorrectedWithTheEarlierRecordKept() throws Exception {
        String meeting = book(LocalDate.now().minusDays(2));
        as("coordinator", post(meetings() + "/" + meeting + "/held"), holdJson(true,
                attended(partner, "LATE", null) + "," + attended(coordinator, "ATTENDED", null),
                "Housing agreed with the social services", null, version(meeting)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("HELD"))
                .andExpect(jsonPath("$.current.revision").value(1))
                .andExpect(jsonPath("$.current.clientAttended").value(true))
                .andExpect(jsonPath("$.current.minutes").value("Housing agreed with the social services"))
                .andExpect(jsonPath("$.current.attendance[*].attendance", contains("LATE", "ATTENDED")))
                .andExpect(jsonPath("$.current.attendance[0].invitee.name").value("Omar Hassan"));

        // The partner was in fact absent, ill: corrected with a reason, the first record kept.
        as("coordinator", post(meetings() + "/" + meeting + "/held"), holdJson(false,
                attended(partner, "ABSENT", "ILLNESS"), "Housing agreed", "Omar was ill; the client did not come",
                version(meeting)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.current.revision").value(2))
                .andExpect(jsonPath("$.current.clientAttended").value(false))
                .andExpect(jsonPath("$.current.attendance[0].absenceReason").value("ILLNESS"))
                .andExpect(jsonPath("$.current.correction").value("Omar was ill; the client did not come"))
                .andExpect(jsonPath("$.earlier[0].revision").value(1))
                .andExpect(jsonPath("$.earlier[0].minutes").value("Housing agreed with the social services"));
        as("coordinator", get(meetings() + "/" + meeting))
                .andExpect(jsonPath("$.status").value("HELD"))
                .andExpect(jsonPath("$.history[*].kind", hasItem("HELD")))
                .andExpect(jsonPath("$.history[*].kind", hasItem("CORRECTED")));
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'MEETING_CORRECTED' and subject_id = :c")
                .param("c", client.toString()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void badRecordsAreRefusedAtTheFieldWithNothingSavedAndAStaleOneIs409() throws Exception {
        String future = book(LocalDate.now().plusDays(3));
        as("coordinator", post(meetings() + "/" + future + "/held"), holdJson(true, "", null, null, 0))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", contains("attendance")));
        String past = book(LocalDate.now().minusDays(1));
        as("coordinator", post(meetings() + "/" + past + "/held"), holdJson(true,
                attended("user:" + fixtures.actor("prison").userId(), "ATTENDED", null), null, null, 0))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("attendance"));
        as("coordinator", post(meetings() + "/" + past + "/held"), holdJson(true,
                attended(partner, "ABSENT", null), null, null, 0))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("attendance"));
        as("coordinator", post(meetings() + "/" + past + "/held"), holdJson(true, "", null, null, 7))
                .andExpect(status().isConflict());
        assertThat(rows("meeting_record")).isZero();
        assertThat(jdbc.sql("select status from meeting where id = :id").param("id", java.util.UUID.fromString(past))
                .query(String.class).single()).isEqualTo("PLANNED");

        // Held: it is not moved any more, and a correction needs its reason.
        as("coordinator", post(meetings() + "/" + past + "/held"), holdJson(true, "", null, null, 0))
                .andExpect(status().isOk());
        as("coordinator", put(meetings() + "/" + past), MeetingApiTests.meetingJson(LocalDate.now().plusDays(5),
                "10:00", 60, "PHONE", null, null, "", version(past)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("startsOn"));
        as("coordinator", post(meetings() + "/" + past + "/held"), holdJson(false, "", null, " ", version(past)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("correction"));
        assertThat(rows("meeting_record")).isEqualTo(1);
    }

    @Test
    void aDecisionCreatesAMeasureOwnedByThePartnerThatRecordsTheMeeting() throws Exception {
        fixtures.consent(client, "partner", DataCategory.BASIC_AND_CUSTODY, DataCategory.PLAN_AND_MEASURES,
                DataCategory.NEEDS_ASSESSMENT);
        LocalDate heldOn = LocalDate.now().minusDays(1);
        String meeting = book(heldOn);
        String socialServices = fixtures.actor("partner").organisationId().value().toString();
        String decision = """
                {"text": "The social services find a flat before release", "measure": {"area": "ACCOMMODATION",
                 "description": "Find a flat in Umeå", "type": "HOUSING", "ownerOrganisationId": "%s",
                 "responsibleUserId": "%s", "phase": "IN_CUSTODY", "dueOn": "%s"}}"""
                .formatted(socialServices, fixtures.actor("partner").userId(), release);
        // Not before the meeting is held.
        as("coordinator", post(meetings() + "/" + meeting + "/decisions"), decision)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("text"));
        as("coordinator", post(meetings() + "/" + meeting + "/held"), holdJson(true, attended(partner, "ATTENDED",
                null), "Minutes", null, version(meeting))).andExpect(status().isOk());

        // An owner from outside the group: refused by the plan, and neither the decision nor a measure is saved.
        String outsider = decision.replace(socialServices, fixtures.organisation("Anstalten Umeå").toString());
        as("coordinator", post(meetings() + "/" + meeting + "/decisions"), outsider)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("ownerOrganisationId")));
        assertThat(rows("meeting_decision")).isZero();

        String body = as("coordinator", post(meetings() + "/" + meeting + "/decisions"), decision)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.decisions[0].text").value("The social services find a flat before release"))
                .andExpect(jsonPath("$.decisions[0].measureNew").value(true))
                .andReturn().getResponse().getContentAsString();
        String measure = JsonPath.read(body, "$.decisions[0].measureId");
        as("partner", get("/api/v1/clients/" + client + "/plan")).andExpect(status().isOk())
                .andExpect(jsonPath("$.areas[?(@.area == 'ACCOMMODATION')].measures[0].id").value(contains(measure)))
                .andExpect(jsonPath("$.areas[?(@.area == 'ACCOMMODATION')].measures[0].ownerName")
                        .value(contains("Socialtjänsten Umeå")))
                .andExpect(jsonPath("$.areas[?(@.area == 'ACCOMMODATION')].measures[0].decidedAtMeeting.meetingId")
                        .value(contains(meeting)))
                .andExpect(jsonPath("$.areas[?(@.area == 'ACCOMMODATION')].measures[0].decidedAtMeeting.heldOn")
                        .value(contains(heldOn.toString())));
    }

    @Test
    void minutesAndDecisionsAreReadOnlyUnderMeetingMinutesButWhoAttendedIsNot() throws Exception {
        String meeting = book(LocalDate.now().minusDays(1));
        as("coordinator", post(meetings() + "/" + meeting + "/held"), holdJson(true, attended(partner, "ATTENDED",
                null), "The client spoke about his debts", null, version(meeting))).andExpect(status().isOk());
        as("coordinator", post(meetings() + "/" + meeting + "/decisions"),
                "{\"text\": \"Debt counselling is asked for\"}").andExpect(status().isCreated());
        as("partner", get(meetings() + "/" + meeting + "/outcome")).andExpect(status().isForbidden());

        fixtures.consent(client, "partner", DataCategory.BASIC_AND_CUSTODY);
        String withoutMinutes = as("partner", get(meetings() + "/" + meeting + "/outcome")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("HELD"))
                .andExpect(jsonPath("$.minutesReadable").value(false))
                .andExpect(jsonPath("$.current.attendance[0].invitee.name").value("Omar Hassan"))
                .andExpect(jsonPath("$.decisions", empty()))
                .andExpect(jsonPath("$.mayRecord").value(false))
                .andReturn().getResponse().getContentAsString();
        assertThat(withoutMinutes).doesNotContain("debts").doesNotContain("Debt counselling");

        fixtures.consent(client, "partner", DataCategory.BASIC_AND_CUSTODY, DataCategory.MEETING_MINUTES);
        as("partner", get(meetings() + "/" + meeting + "/outcome"))
                .andExpect(jsonPath("$.current.minutes").value("The client spoke about his debts"))
                .andExpect(jsonPath("$.decisions[0].text").value("Debt counselling is asked for"));
        // Only those who manage the case record.
        as("partner", post(meetings() + "/" + meeting + "/held"), holdJson(true, "", null, "x", version(meeting)))
                .andExpect(status().isForbidden());
        as("partner", post(meetings() + "/" + meeting + "/decisions"), "{\"text\": \"x\"}")
                .andExpect(status().isForbidden());
        assertThat(rows("meeting_decision")).isEqualTo(1);
    }

    @Test
    void aHistoricMeetingIsEnteredWithItsAttendanceAndTheFlagsAndFiguresCountHeldMeetings() throws Exception {
        // Held 12 and 5 days before a release in 20 days: the first held 32 days before release, the second 25.
        String late = """
                {"meeting": %s, "clientAttended": false, "attendance": [%s], "minutes": "Entered from the old system"}"""
                .formatted(MeetingApiTests.meetingJson(LocalDate.now().minusDays(5), "09:00", 60, "PHONE", null, null,
                        "\"" + partner + "\"", null), attended(partner, "ATTENDED", null));
        as("coordinator", post(meetings() + "/entered-afterwards"), late).andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("HELD"));
        as("coordinator", get(meetings() + "/schedule"))
                .andExpect(jsonPath("$.flags", hasItem("FIRST_MEETING_LATE")));
        String earlier = book(LocalDate.now().minusDays(12));
        as("coordinator", post(meetings() + "/" + earlier + "/held"), holdJson(true, attended(partner, "LATE", null)
                + "," + attended(coordinator, "ATTENDED", null), null, null, version(earlier))).andExpect(status().isOk());
        as("coordinator", get(meetings() + "/schedule"))
                .andExpect(jsonPath("$.flags", not(hasItem("FIRST_MEETING_LATE"))));
        // Only those who manage the case enter meetings; a member with consent is refused, nothing booked.
        fixtures.consent(client, "partner", DataCategory.BASIC_AND_CUSTODY, DataCategory.MEETING_MINUTES);
        as("partner", post(meetings() + "/entered-afterwards"), late).andExpect(status().isForbidden());
        // A future meeting entered afterwards: refused, nothing booked.
        as("coordinator", post(meetings() + "/entered-afterwards"), late.replace(
                LocalDate.now().minusDays(5).toString(), LocalDate.now().plusDays(5).toString()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("startsOn"));
        assertThat(jdbc.sql("select count(*) from meeting where client_id = :c").param("c", client.value())
                .query(Long.class).single()).isEqualTo(2);

        // Two held, both in custody; the first 32 days before the release known then; the client attended one of
        // two; agencies present: the social services at the first, and at the second the social services and the
        // probation office (two organisations).
        as("coordinator", get(meetings() + "/figures")).andExpect(status().isOk())
                .andExpect(jsonPath("$.meetingsHeld").value(2))
                .andExpect(jsonPath("$.heldInCustody").value(2))
                .andExpect(jsonPath("$.heldAfterRelease").value(0))
                .andExpect(jsonPath("$.firstMeetingLeadDays").value(32.0))
                .andExpect(jsonPath("$.clientAttendanceRate").value(0.5))
                .andExpect(jsonPath("$.agenciesPresentAverage").value(1.5))
                .andExpect(jsonPath("$.perMeeting[*].agenciesPresent", contains(2, 1)));
        Map<String, Object> line = jdbc.sql("select * from followup_meetings where meeting_id = :m")
                .param("m", java.util.UUID.fromString(earlier)).query().singleRow();
        assertThat(line).containsEntry("PHASE", "IN_CUSTODY").containsEntry("HELD", true)
                .containsEntry("CLIENT_ATTENDED", true).containsEntry("ENTERED_AFTERWARDS", true);
        assertThat(((Number) line.get("AGENCIES_PRESENT")).intValue()).isEqualTo(2);
        as("employment", get(meetings() + "/figures")).andExpect(status().isForbidden());
        as("partner", get("/api/v1/meetings/figures?office=" + fixtures.actor("coordinator").unitId().value()))
                .andExpect(status().isForbidden());
        as("coordinator", get("/api/v1/meetings/figures?office=" + fixtures.actor("coordinator").unitId().value()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.perMeeting", empty()));
    }

    @Test
    void pastMeetingsAreListedForTheInvitedAndTheCoordinatorListsAllMeetingsOfTheirClients() throws Exception {
        fixtures.consent(client, "partner", DataCategory.BASIC_AND_CUSTODY);
        String past = book(LocalDate.now().minusDays(3));
        // Booked without inviting anyone: the coordinator's list has it, "my meetings" of the invited do not.
        String body = as("coordinator", post(meetings()), MeetingApiTests.meetingJson(LocalDate.now().plusDays(4),
                "10:00", 60, "PHONE", null, null, "", null)).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        String uninvited = JsonPath.read(body, "$.id");
        as("partner", get("/api/v1/meetings/past")).andExpect(status().isOk())
                .andExpect(jsonPath("$.lines[*].id", hasItem(past)))
                .andExpect(jsonPath("$.lines[?(@.id == '" + past + "')].clientName").value(contains("Held Meeting Client")))
                .andExpect(jsonPath("$.page").value(0));
        as("partner", get("/api/v1/meetings")).andExpect(jsonPath("$[*].id", not(hasItem(past))));
        as("coordinator", get("/api/v1/meetings/coordinated")).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id", hasItem(uninvited)))
                .andExpect(jsonPath("$[*].id", not(hasItem(past))));
        as("partner", get("/api/v1/meetings/coordinated")).andExpect(jsonPath("$[*].id", not(hasItem(uninvited))));
        as("prison", get("/api/v1/meetings/past")).andExpect(jsonPath("$.lines[*].id", not(hasItem(past))));
    }
}
