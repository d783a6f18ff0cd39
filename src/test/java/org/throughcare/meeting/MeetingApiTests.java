package org.throughcare.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
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
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
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

@IntegrationTest
@RecordApplicationEvents
class MeetingApiTests {

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
    ApplicationEvents events;
    @Autowired
    org.throughcare.client.CustodyEvents custodyEvents;

    PlanFixtures fixtures;
    ClientId client;
    String partner;

    @BeforeEach
    void aClientInCustodyWithTheSocialServicesInTheGroup() {
        fixtures = new PlanFixtures(jdbc, clientManagement, groups, consents);
        client = fixtures.clientInCustody("Meeting Client", 60);
        fixtures.join(client, "partner");
        partner = "user:" + fixtures.actor("partner").userId();
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

    static String meetingJson(LocalDate on, String time, int minutes, String placeKind, String placeId, String link,
                              String invitees, Long version) {
        return """
                {"startsOn": "%s", "startsAt": "%s", "durationMinutes": %d, "placeKind": "%s", "placeId": %s,
                 "room": "Visiting room 2", "videoLink": %s, "agenda": "Housing after release", "clientInvited": true,
                 "invitees": [%s], "version": %s}"""
                .formatted(on, time, minutes, placeKind, placeId == null ? "null" : "\"" + placeId + "\"",
                        link == null ? "null" : "\"" + link + "\"", invitees, version == null ? "null" : version);
    }

    private String book(LocalDate on) throws Exception {
        String body = as("coordinator", post(meetings()), meetingJson(on, "10:00", 60, "INSTITUTION", null, null,
                "\"" + partner + "\"", null))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    private long count() {
        return jdbc.sql("select count(*) from meeting where client_id = :c").param("c", client.value())
                .query(Long.class).single();
    }

    @Test
    void aMeetingIsBookedMovedWithItsOldTimeKeptAndCancelledWithAReason() throws Exception {
        LocalDate on = LocalDate.now().plusDays(20);
        String meeting = book(on);
        assertThat(events.stream(MeetingBooked.class)).anyMatch(e -> e.meetingId().toString().equals(meeting)
                && e.invitedUsers().contains(fixtures.actor("partner").userId().value()));
        as("coordinator", get(meetings() + "/" + meeting)).andExpect(status().isOk())
                .andExpect(jsonPath("$.placeName").value("Anstalten Umeå"))
                .andExpect(jsonPath("$.phase").value("IN_CUSTODY"))
                .andExpect(jsonPath("$.status").value("PLANNED"))
                .andExpect(jsonPath("$.invitees[*].name", contains("Omar Hassan")))
                .andExpect(jsonPath("$.agenda").value("Housing after release"))
                .andExpect(jsonPath("$.warnings", empty()))
                .andExpect(jsonPath("$.enteredAfterwards").value(false));

        LocalDate later = on.plusDays(70);
        as("coordinator", put(meetings() + "/" + meeting), meetingJson(later, "13:30", 90, "VIDEO", null,
                "https://video.example.se/room/7", "\"" + partner + "\"", 0L))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("RESCHEDULED"))
                .andExpect(jsonPath("$.phase").value("AFTER_RELEASE"))
                .andExpect(jsonPath("$.placeName").doesNotExist())
                .andExpect(jsonPath("$.history[0].kind").value("RESCHEDULED"))
                .andExpect(jsonPath("$.history[0].oldStartsOn").value(on.toString()))
                .andExpect(jsonPath("$.history[0].oldPlaceKind").value("INSTITUTION"))
                .andExpect(jsonPath("$.history[0].oldPlaceName").value("Anstalten Umeå"))
                .andExpect(jsonPath("$.history[1].kind").value("BOOKED"));
        assertThat(events.stream(MeetingRescheduled.class)).anyMatch(e -> e.meetingId().toString().equals(meeting));

        // The same version again: someone changed it in between.
        as("coordinator", put(meetings() + "/" + meeting), meetingJson(later, "14:00", 90, "PHONE", null, null, "",
                0L)).andExpect(status().isConflict());
        as("coordinator", post(meetings() + "/" + meeting + "/cancel"), "{\"reason\": \"The client is ill\", \"version\": 0}")
                .andExpect(status().isConflict());
        as("coordinator", post(meetings() + "/" + meeting + "/cancel"), "{\"reason\": \" \", \"version\": 1}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        as("coordinator", post(meetings() + "/" + meeting + "/cancel"), "{\"reason\": \"The client is ill\", \"version\": 1}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CANCELLED"))
                .andExpect(jsonPath("$.cancelReason").value("The client is ill"))
                .andExpect(jsonPath("$.history[*].kind", contains("CANCELLED", "RESCHEDULED", "BOOKED")));
        assertThat(events.stream(MeetingCancelled.class)).anyMatch(e -> e.meetingId().toString().equals(meeting));

        as("coordinator", put(meetings() + "/" + meeting), meetingJson(later, "14:00", 90, "PHONE", null, null, "",
                2L)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("startsOn"));
        as("coordinator", get(meetings())).andExpect(status().isOk())
                .andExpect(jsonPath("$.upcoming", empty()))
                .andExpect(jsonPath("$.past[0].status").value("CANCELLED"));
        assertThat(count()).isEqualTo(1);
    }

    @Test
    void badInputIsRefusedAtTheFieldAndNothingIsSaved() throws Exception {
        LocalDate on = LocalDate.now().plusDays(10);
        for (int minutes : new int[] {0, 481, -5}) {
            as("coordinator", post(meetings()), meetingJson(on, "10:00", minutes, "PHONE", null, null, "", null))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[*].field", contains("durationMinutes")));
        }
        as("coordinator", post(meetings()), meetingJson(on, "10:00", 60, "VIDEO", null, null, "", null))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", contains("videoLink")))
                .andExpect(jsonPath("$.errors[0].message", containsString("link")));
        as("coordinator", post(meetings()), meetingJson(on, "10:00", 60, "VIDEO", null, "javascript:alert(1)", "",
                null)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", contains("videoLink")));
        String employment = "\"user:" + fixtures.actor("employment").userId() + "\"";
        as("coordinator", post(meetings()), meetingJson(on, "10:00", 60, "PHONE", null, null, employment, null))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", contains("invitees")));
        as("coordinator", post(meetings()), meetingJson(on, "10:00", 60, "PHONE", null, null, "\"user:nobody\"", null))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", contains("invitees")));
        as("coordinator", post(meetings()), meetingJson(LocalDate.now().minusDays(1), "10:00", 60, "OTHER_ORGANISATION",
                null, null, employment, null))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", contains("startsOn", "placeId", "invitees")));
        as("coordinator", post(meetings()), """
                {"startsOn": "2026-13-40", "startsAt": "25:99", "durationMinutes": 60, "placeKind": "PHONE"}""")
                .andExpect(status().isBadRequest());
        assertThat(count()).isZero();
    }

    @Test
    void aDirectoryContactFromOutsideTheGroupMayBeInvitedAndAnotherInstitutionIsWarnedNotRefused() throws Exception {
        String skanninge = fixtures.organisation("Anstalten Skänninge").toString();
        String contact = jdbc.sql("select id from contact where organisation_id = :o order by full_name fetch first 1 rows only")
                .param("o", fixtures.organisation("Anstalten Skänninge")).query(String.class).single();
        String body = as("coordinator", post(meetings()), meetingJson(LocalDate.now().plusDays(5), "09:00", 45,
                "INSTITUTION", skanninge, null, "", null).replace("\"version\"", "\"outsideContactId\": \"" + contact
                + "\", \"version\""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.placeName").value("Anstalten Skänninge"))
                .andExpect(jsonPath("$.warnings", contains("meeting.warning.otherInstitution")))
                .andExpect(jsonPath("$.invitees[0].outsideGroup").value(true))
                .andReturn().getResponse().getContentAsString();
        assertThat((String) JsonPath.read(body, "$.invitees[0].contactId")).isEqualTo(contact);
        as("coordinator", post(meetings()), meetingJson(LocalDate.now().plusDays(5), "09:00", 45, "INSTITUTION", null,
                null, "", null).replace("\"version\"", "\"outsideContactId\": \"" + java.util.UUID.randomUUID()
                + "\", \"version\"")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", contains("outsideContactId")));
    }

    @Test
    void aMeetingStartedAlreadyIsMarkedAsEnteredAfterwards() throws Exception {
        String body = as("coordinator", post(meetings()), meetingJson(LocalDate.now(), "00:00", 30, "PHONE", null, null,
                "", null)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        assertThat((Boolean) JsonPath.read(body, "$.enteredAfterwards")).isTrue();
        as("coordinator", get(meetings())).andExpect(jsonPath("$.past[0].startsOn").value(LocalDate.now().toString()));
    }

    @Test
    void theAgendaIsReadOnlyUnderMeetingMinutesAndOnlyTheCoordinatorBooks() throws Exception {
        String meeting = book(LocalDate.now().plusDays(3));
        // In the group without consent: refused, as for every other client fact.
        as("partner", get(meetings())).andExpect(status().isForbidden());
        as("partner", get(meetings() + "/" + meeting)).andExpect(status().isForbidden())
                .andExpect(content -> assertThat(content.getResponse().getContentAsString())
                        .doesNotContain("Housing after release", "Meeting Client"));
        as("partner", get("/api/v1/meetings")).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == '" + meeting + "')].clientName", contains((Object) null)));

        fixtures.consent(client, "partner", DataCategory.BASIC_AND_CUSTODY);
        as("partner", get(meetings() + "/" + meeting)).andExpect(status().isOk())
                .andExpect(jsonPath("$.minutesReadable").value(false))
                .andExpect(jsonPath("$.agenda").doesNotExist())
                .andExpect(jsonPath("$.mayChange").value(false));
        as("partner", get("/api/v1/meetings")).andExpect(jsonPath("$[?(@.id == '" + meeting + "')].clientName",
                contains("Meeting Client")));
        as("partner", post(meetings()), meetingJson(LocalDate.now().plusDays(4), "10:00", 60, "PHONE", null, null, "",
                null)).andExpect(status().isForbidden());
        as("partner", post(meetings() + "/" + meeting + "/cancel"), "{\"reason\": \"x\", \"version\": 0}")
                .andExpect(status().isForbidden());

        fixtures.consent(client, "partner", DataCategory.BASIC_AND_CUSTODY, DataCategory.MEETING_MINUTES);
        as("partner", get(meetings() + "/" + meeting)).andExpect(jsonPath("$.agenda").value("Housing after release"));
        // Never in the group: nothing, and not in their list.
        as("employment", get(meetings() + "/" + meeting)).andExpect(status().isForbidden());
        as("employment", get("/api/v1/meetings")).andExpect(jsonPath("$[*].id", not(hasItem(meeting))));
    }

    @Test
    void theScheduleIsProposedFromTheConditionalReleaseDateAndShowsWhatIsBooked() throws Exception {
        as("coordinator", get(meetings() + "/schedule")).andExpect(status().isOk())
                .andExpect(jsonPath("$.releaseOn").value(LocalDate.now().plusDays(60).toString()))
                .andExpect(jsonPath("$.slots[*].offsetDays", contains(-90, -30, -7, 14, 60)))
                .andExpect(jsonPath("$.slots[1].day").value(LocalDate.now().plusDays(30).toString()))
                .andExpect(jsonPath("$.flags", contains("NO_FIRST_MEETING")));
        String meeting = book(LocalDate.now().plusDays(31));
        as("coordinator", get(meetings() + "/schedule"))
                .andExpect(jsonPath("$.slots[1].meetingId").value(meeting))
                .andExpect(jsonPath("$.slots[0].meetingId").doesNotExist())
                .andExpect(jsonPath("$.flags", empty()));
        as("employment", get(meetings() + "/schedule")).andExpect(status().isForbidden());
    }

    @Test
    void invitedMembersWhoMayReadTheCustodyFactsAreToldInTheirInboxWithALinkToTheMeeting() throws Exception {
        fixtures.consent(client, "partner", DataCategory.BASIC_AND_CUSTODY);
        fixtures.join(client, "employment");
        String employment = "user:" + fixtures.actor("employment").userId();
        String meeting = JsonPath.read(as("coordinator", post(meetings()), meetingJson(LocalDate.now().plusDays(9),
                "10:00", 60, "PHONE", null, null, "\"" + partner + "\", \"" + employment + "\"", null))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
        org.throughcare.notification.NoticeFixtures notices = new org.throughcare.notification.NoticeFixtures(jdbc,
                clientManagement);
        notices.awaitDelivered();
        // The client's release date set by the fixture is told too: only the meeting notices count here.
        assertThat(notices.noticesOf("partner", client)).filteredOn(n -> n.startsWith("MEETING_"))
                .containsExactly("MEETING_BOOKED Meeting Client " + LocalDate.now().plusDays(9) + " null");
        // Invited, but no consent covers their organisation: not told.
        assertThat(notices.noticesOf("employment", client)).filteredOn(n -> n.startsWith("MEETING_")).isEmpty();
        as("partner", get("/api/v1/notifications?client=" + client)).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].href").value("/clients/" + client + "/meetings/" + meeting))
                .andExpect(jsonPath("$.items[0].newDate").value(LocalDate.now().plusDays(9).toString()))
                .andExpect(content -> assertThat(content.getResponse().getContentAsString())
                        .doesNotContain("Housing after release"));
        as("coordinator", post(meetings() + "/" + meeting + "/cancel"), "{\"reason\": \"Ill\", \"version\": 0}")
                .andExpect(status().isOk());
        notices.awaitDelivered();
        assertThat(notices.noticesOf("partner", client)).extracting(n -> n.split(" ")[0])
                .filteredOn(n -> n.startsWith("MEETING_")).containsExactlyInAnyOrder("MEETING_BOOKED", "MEETING_CANCELLED");
    }

    @Test
    void aTransferFlagsTheMeetingAtTheOldInstitutionAndTellsItsInviteesAndTheCoordinator() throws Exception {
        fixtures.consent(client, "partner", DataCategory.BASIC_AND_CUSTODY);
        String meeting = book(LocalDate.now().plusDays(20));
        String phone = JsonPath.read(as("coordinator", post(meetings()), meetingJson(LocalDate.now().plusDays(21),
                "10:00", 60, "PHONE", null, null, "\"" + partner + "\"", null)).andReturn().getResponse()
                .getContentAsString(), "$.id");
        long version = jdbc.sql("select version from client where id = :id").param("id", client.value())
                .query(Long.class).single();
        custodyEvents.record(client, org.throughcare.client.CustodyEventKind.TRANSFER,
                new org.throughcare.client.RecordCustodyEvent(LocalDate.now(), fixtures.organisation("Anstalten Skänninge"),
                        null, null, null, "Moved for a programme", version), fixtures.actor("coordinator"));
        org.throughcare.notification.NoticeFixtures notices = new org.throughcare.notification.NoticeFixtures(jdbc,
                clientManagement);
        String told = "MEETING_NO_LONGER_FITS Meeting Client " + LocalDate.now().plusDays(20) + " null";
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60)).until(() ->
                notices.noticesOf("partner", client).contains(told) && notices.noticesOf("coordinator", client)
                        .contains(told));
        assertThat(jdbc.sql("""
                select distinct e.subject_id from notice_event e where e.client_id = :c
                and e.kind = 'MEETING_NO_LONGER_FITS'""").param("c", client.value()).query(String.class).list())
                .as("only the meeting at the old institution").containsExactly(meeting).doesNotContain(phone);
        as("coordinator", get(meetings() + "/schedule")).andExpect(jsonPath("$.flags", hasItem("MEETING_NO_LONGER_FITS")));
        as("coordinator", get(meetings() + "/" + meeting))
                .andExpect(jsonPath("$.warnings", contains("meeting.warning.otherInstitution")));
    }
}
