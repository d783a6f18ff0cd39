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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
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

@IntegrationTest
class MeetingPageTests {

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
    String name;

    @BeforeEach
    void aClientInCustodyWithTheSocialServicesInTheGroup() {
        fixtures = new PlanFixtures(jdbc, clientManagement, groups, consents);
        // A name of its own in every test, so that a search finds this test's client only.
        name = "Page Meeting Client " + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        client = fixtures.clientInCustody(name, 45);
        fixtures.join(client, "partner");
    }

    private MockHttpServletRequestBuilder as(String user, MockHttpServletRequestBuilder request) throws Exception {
        Cookie session = mvc.perform(formLogin().user(user).password("demo")).andReturn().getResponse()
                .getCookie("SESSION");
        return request.cookie(session);
    }

    /** The booking form as the page sends it, with {@code changed} (name, value pairs) in place of the defaults. */
    private MockHttpServletRequestBuilder bookForm(String user, String... changed) throws Exception {
        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("startsOn", LocalDate.now().plusDays(14).toString());
        fields.put("startsAt", "10:30");
        fields.put("durationMinutes", "60");
        fields.put("placeKind", "INSTITUTION");
        fields.put("room", "Visiting room 1");
        fields.put("agenda", "Who meets him at the gate");
        fields.put("clientInvited", "true");
        fields.put("_clientInvited", "on");
        fields.put("invitees", "user:" + fixtures.actor("partner").userId());
        for (int i = 0; i < changed.length; i += 2) {
            fields.put(changed[i], changed[i + 1]);
        }
        MockHttpServletRequestBuilder request = as(user, post("/clients/" + client + "/meetings")).with(csrf());
        fields.forEach(request::param);
        return request;
    }

    @Test
    void theCoordinatorBooksOnThePageAndThePartnerFindsItAmongTheirMeetings() throws Exception {
        String base = "/clients/" + client + "/meetings";
        mvc.perform(as("coordinator", get(base))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("No meetings are booked."),
                        containsString("href=\"" + base + "/new\""))));
        mvc.perform(as("coordinator", get(base + "/new"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Omar Hassan"), containsString("Anstalten Umeå"))));
        String location = mvc.perform(bookForm("coordinator")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern(base + "/*")).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(as("coordinator", get(location))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Anstalten Umeå"), containsString("room Visiting room 1"),
                        containsString("Who meets him at the gate"), containsString("Omar Hassan"),
                        containsString("Cancel the meeting"))));
        mvc.perform(as("coordinator", get(location + "/edit"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"10:30\"")));

        fixtures.consent(client, "partner", DataCategory.BASIC_AND_CUSTODY);
        mvc.perform(as("partner", get("/meetings"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Page Meeting Client"), containsString(location))));
        mvc.perform(as("partner", get(location))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Consent does not cover what is discussed"),
                        not(containsString("Who meets him at the gate")), not(containsString("Cancel the meeting")))));
        mvc.perform(as("partner", get(base))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("href=\"" + base + "/new\""))));
    }

    @Test
    void aFormWithBadInputComesBackWithTheMessagesAtTheFieldsInTheReadersLanguage() throws Exception {
        mvc.perform(bookForm("coordinator", "startsAt", "25:61").header("Accept-Language", "sv"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"startsAt-error\""),
                        containsString("Who meets him at the gate"))));
        mvc.perform(bookForm("coordinator", "durationMinutes", "0").header("Accept-Language", "sv"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"durationMinutes-error\"")));
        mvc.perform(bookForm("coordinator", "placeKind", "VIDEO", "invitees", "user:somebody")
                        .header("Accept-Language", "sv"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"videoLink-error\""),
                        containsString("Ett videomöte behöver en länk."), containsString("id=\"invitees-error\""))));
        assertThat(jdbc.sql("select count(*) from meeting where client_id = :c").param("c", client.value())
                .query(Long.class).single()).isZero();
    }

    @Test
    void theCaseloadFlagsAReleaseWithoutAFirstMeetingUntilOneIsBookedAndThePageShowsTheSchedule() throws Exception {
        String flag = "<strong class=\"flag\">No first meeting booked, release within 100 days</strong>";
        mvc.perform(as("coordinator", get("/clients").param("scope", "mine").param("q", name)))
                .andExpect(content().string(containsString(flag)));
        mvc.perform(as("coordinator", get("/clients/" + client + "/meetings")))
                .andExpect(content().string(allOf(containsString("Proposed schedule"), containsString(flag),
                        containsString("30 days before release"), containsString("60 days after release"),
                        containsString(LocalDate.now().plusDays(45 - 30).toString()))));
        mvc.perform(bookForm("coordinator")).andExpect(status().is3xxRedirection());
        mvc.perform(as("coordinator", get("/clients").param("scope", "mine").param("q", name)))
                .andExpect(content().string(allOf(containsString(name), not(containsString(flag)))));
    }
}
