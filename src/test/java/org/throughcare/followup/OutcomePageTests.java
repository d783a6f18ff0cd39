package org.throughcare.followup;

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
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.throughcare.IntegrationTest;
import org.throughcare.client.ClientLifecycle;
import org.throughcare.client.ClientManagement;
import org.throughcare.group.ConsentManagement;
import org.throughcare.group.GroupManagement;
import org.throughcare.shared.ClientId;
import org.throughcare.shared.DataCategory;

/** The outcome page: the form offered only to those who may record, refusals at the field, in three languages. */
@IntegrationTest
class OutcomePageTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ClientManagement clients;
    @Autowired
    ClientLifecycle lifecycle;
    @Autowired
    GroupManagement groups;
    @Autowired
    ConsentManagement consents;

    private MockHttpServletRequestBuilder as(String user, MockHttpServletRequestBuilder request) throws Exception {
        Cookie session = mvc.perform(formLogin().user(user).password("demo")).andReturn().getResponse()
                .getCookie("SESSION");
        return request.cookie(session);
    }

    private MockHttpServletRequestBuilder form(String user, ClientId client, String recordedOn) throws Exception {
        return as(user, post("/clients/" + client + "/outcomes")).with(csrf()).param("point", "RELEASE")
                .param("recordedOn", recordedOn).param("settledAccommodation", "false").param("occupation", "EDUCATION")
                .param("addictionTreatment", "NOT_NEEDED").param("debtAdvice", "NOT_STARTED")
                .param("supportContact", "true");
    }

    @Test
    void theCoordinatorRecordsOnThePageAndAWrongDateIsRefusedAtTheFieldInEachLanguage() throws Exception {
        OutcomeFixtures fixtures = new OutcomeFixtures(jdbc, clients, lifecycle, groups, consents);
        LocalDate released = LocalDate.now().minusDays(5);
        ClientId client = fixtures.released("Outcome Page Client", released);
        String base = "/clients/" + client + "/outcomes";
        mvc.perform(as("coordinator", get(base))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Record a follow-up"),
                        containsString("Released on " + released))));

        mvc.perform(form("coordinator", client, released.minusDays(2).toString())).andExpect(status().isOk())
                .andExpect(content().string(containsString("cannot be dated before the release")));
        mvc.perform(form("coordinator", client, "yesterday-ish")).andExpect(status().isOk())
                .andExpect(content().string(containsString("This is not a valid date")));
        mvc.perform(form("coordinator", client, released.minusDays(2).toString()).header("Accept-Language", "sv"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Uppföljningen kan inte dateras före frigivningen")));
        mvc.perform(form("coordinator", client, released.minusDays(2).toString()).header("Accept-Language", "nb"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Oppfølgingen kan ikke dateres før løslatelsen")));
        assertThat(jdbc.sql("select count(*) from outcome_form where client_id = :c").param("c", client.value())
                .query(Long.class).single()).isZero();

        mvc.perform(form("coordinator", client, released.toString())).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl(base));
        mvc.perform(as("coordinator", get(base))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Education"), containsString("Needed, not started"))));

        fixtures.plan.join(client, "partner");
        fixtures.plan.consent(client, "partner", DataCategory.BASIC_AND_CUSTODY);
        mvc.perform(as("partner", get(base))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("not shown"), not(containsString("Education")),
                        not(containsString("Record a follow-up")))));
    }
}
