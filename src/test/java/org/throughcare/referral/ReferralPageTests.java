package org.throughcare.referral;

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
import org.throughcare.identity.IdentityManagement;
import org.throughcare.plan.PlanFixtures;
import org.throughcare.shared.ClientId;
import org.throughcare.shared.DataCategory;

/** The pages: find a service and refer, the referral with its history, the service answering, the list. */
@IntegrationTest
class ReferralPageTests {

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
    @Autowired
    IdentityManagement identity;

    PlanFixtures fixtures;
    ReferralFixtures services;
    ClientId client;
    String name;

    @BeforeEach
    void aClientWhoseConsentCoversTheAddictionService() {
        fixtures = new PlanFixtures(jdbc, clients, groups, consents);
        services = new ReferralFixtures(jdbc, identity);
        name = "Page Referral Client " + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        client = fixtures.clientInCustody(name, 60);
        fixtures.consent(client, "addiction", DataCategory.HEALTH_AND_SUBSTANCE_USE);
    }

    private MockHttpServletRequestBuilder as(String user, MockHttpServletRequestBuilder request) throws Exception {
        Cookie session = mvc.perform(formLogin().user(user).password("demo")).andReturn().getResponse()
                .getCookie("SESSION");
        return request.cookie(session);
    }

    @Test
    void theCoordinatorFindsAServiceRefersAndTheServiceAnswersOnThePage() throws Exception {
        mvc.perform(as("coordinator", get("/clients/" + client + "/referrals"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Refer to a service"),
                        containsString("No referrals you may see yet."))));
        mvc.perform(as("coordinator", get("/clients/" + client + "/referrals/new?area=SUBSTANCE_USE")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(ReferralFixtures.ADDICTION),
                        containsString("Beroendemottagningen Umeå"), not(containsString("Boendestöd efter frigivning")))));

        // Without a reason and goals: told at the fields, nothing saved.
        mvc.perform(as("coordinator", post("/clients/" + client + "/referrals")).with(csrf())
                        .param("serviceId", services.addictionUmea().toString()).param("needArea", "SUBSTANCE_USE")
                        .param("urgency", "URGENT").param("reason", " ").param("goals", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Please correct the following")));
        assertThat(services.referrals(client)).isZero();

        String location = mvc.perform(as("coordinator", post("/clients/" + client + "/referrals")).with(csrf())
                        .param("serviceId", services.addictionUmea().toString()).param("needArea", "SUBSTANCE_USE")
                        .param("urgency", "URGENT").param("reason", "Relapse risk at release")
                        .param("goals", "Drug-free for three months\nAn outpatient group"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/clients/*/referrals/*")).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(as("addiction", get(location))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Relapse risk at release"),
                        containsString("(not covered by consent)"), not(containsString(name)),
                        containsString("value=\"ACCEPTED\""), not(containsString("value=\"CANCELLED\"")))));
        mvc.perform(as("addiction", post(location + "/transitions")).with(csrf()).param("to", "ACCEPTED")
                .param("version", "0")).andExpect(redirectedUrlPattern("/clients/*/referrals/*"));
        mvc.perform(as("addiction", post(location + "/transitions")).with(csrf()).param("to", "STARTED")
                .param("version", "1")).andExpect(redirectedUrlPattern("/clients/*/referrals/*"));
        mvc.perform(as("addiction", post(location + "/transitions")).with(csrf()).param("to", "COMPLETED")
                        .param("outcomes[0]", "ACHIEVED").param("version", "2"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Record an outcome for each")));
        mvc.perform(as("addiction", post(location + "/transitions")).with(csrf()).param("to", "COMPLETED")
                        .param("outcomes[0]", "ACHIEVED").param("outcomes[1]", "PARTLY_ACHIEVED")
                        .param("endNote", "Finished the group").param("version", "2"))
                .andExpect(redirectedUrlPattern("/clients/*/referrals/*"));
        mvc.perform(as("coordinator", get(location))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(name), containsString("Completed"),
                        containsString("Partly achieved"), containsString("Finished the group"),
                        containsString("Sofia Ekström"), containsString("Confirm as member"))));
        String proposal = jdbc.sql("select id from group_member_proposal where client_id = :c")
                .param("c", client.value()).query(UUID.class).single().toString();
        mvc.perform(as("coordinator", post(location + "/proposed-members/" + proposal + "/confirm")).with(csrf()))
                .andExpect(redirectedUrlPattern("/clients/*/referrals/*"));
        assertThat(groups.currentMembers(client)).extracting(GroupManagement.CurrentMember::personName)
                .contains("Sofia Ekström");
        mvc.perform(as("coordinator", get("/clients/" + client + "/referrals"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(ReferralFixtures.ADDICTION),
                        containsString("Completed"))));
    }

    @Test
    void othersAreRefusedThePages() throws Exception {
        for (String user : List.of("partner", "analyst", "coordinator.norrkoping")) {
            mvc.perform(as(user, get("/clients/" + client + "/referrals"))).andExpect(status().isForbidden());
            mvc.perform(as(user, get("/clients/" + client + "/referrals/new"))).andExpect(status().isForbidden());
        }
        mvc.perform(as("addiction", get("/clients/" + client + "/referrals/" + UUID.randomUUID())))
                .andExpect(status().isNotFound());
    }
}
