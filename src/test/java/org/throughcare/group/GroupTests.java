package org.throughcare.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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

@IntegrationTest
class GroupTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    private ResultActions as(String user, MockHttpServletRequestBuilder request, String json) throws Exception {
        return mvc.perform(request.with(httpBasic(user, "demo")).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    /** A fresh client of the demo coordinator, registered through the API. */
    private String newClient() throws Exception {
        LocalDate born = LocalDate.of(1979, 4, 2);
        var coordinator = jdbc.sql("select id, unit_id from app_user where username = 'coordinator'")
                .query((rs, n) -> new UUID[] {rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)}).single();
        String body = as("coordinator", post("/api/v1/clients"), """
                {"fullName": "Group Client", "idCountry": "SE", "idNumber": "%s", "dateOfBirth": "%s", "gender": "FEMALE",
                 "municipalityCode": "2480", "probationOfficeId": "%s", "coordinatorId": "%s", "referredOn": "%s"}"""
                .formatted(org.throughcare.client.TestNumbers.personnummer(born), born, coordinator[1], coordinator[0],
                        LocalDate.now().minusDays(30)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return com.jayway.jsonpath.JsonPath.read(body, "$.id");
    }

    private UUID id(String sql) {
        return jdbc.sql(sql).query(UUID.class).single();
    }

    @Test
    void usersAndDirectoryContactsJoinAndLeaveAndTheHistoryStays() throws Exception {
        String client = newClient();
        UUID partner = id("select id from app_user where username = 'partner'");
        UUID mentor = id("select c.id from contact c join organisation o on o.id = c.organisation_id"
                + " where o.name = 'KRIS Umeå' order by c.full_name limit 1");
        as("coordinator", post("/api/v1/clients/" + client + "/group/members"), """
                {"userId": "%s", "role": "CASE_WORKER", "from": "%s", "reason": "Social services case"}"""
                .formatted(partner, LocalDate.now()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.current[0].personName").value("Omar Hassan"))
                .andExpect(jsonPath("$.current[0].organisationName").value("Socialtjänsten Umeå"));
        String body = as("coordinator", post("/api/v1/clients/" + client + "/group/members"), """
                {"contactId": "%s", "role": "SUPPORT_CONTACT", "from": "%s"}""".formatted(mentor, LocalDate.now().minusDays(10)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.current.length()").value(2))
                .andReturn().getResponse().getContentAsString();
        java.util.List<String> mentors = com.jayway.jsonpath.JsonPath.read(body, "$.current[?(@.role == 'SUPPORT_CONTACT')].id");
        String mentorMember = mentors.get(0);
        as("coordinator", post("/api/v1/clients/" + client + "/group/members/" + mentorMember + "/end"), """
                {"to": "%s", "reason": "Mentor moved away"}""".formatted(LocalDate.now().minusDays(1)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.current.length()").value(1))
                .andExpect(jsonPath("$.everyone.length()").value(2))
                .andExpect(jsonPath("$.everyone[?(@.role == 'SUPPORT_CONTACT')].endReason", contains("Mentor moved away")))
                .andExpect(jsonPath("$.everyone[?(@.role == 'SUPPORT_CONTACT')].endedBy", contains("Karin Lindqvist")));
    }

    @Test
    void membershipMistakesAreRefusedAtTheField() throws Exception {
        String client = newClient();
        UUID partner = id("select id from app_user where username = 'partner'");
        String join = """
                {"userId": "%s", "role": "CASE_WORKER", "from": "%s"}""".formatted(partner, LocalDate.now());
        as("coordinator", post("/api/v1/clients/" + client + "/group/members"), join).andExpect(status().isCreated());
        as("coordinator", post("/api/v1/clients/" + client + "/group/members"), join)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("userId"))
                .andExpect(jsonPath("$.errors[0].message", containsString("already in the group")));
        as("coordinator", post("/api/v1/clients/" + client + "/group/members"), """
                {"role": "OTHER", "from": "%s"}""".formatted(LocalDate.now()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("userId"));
        as("coordinator", post("/api/v1/clients/" + client + "/group/members"), """
                {"userId": "%s", "role": "OTHER", "from": "%s"}""".formatted(UUID.randomUUID(), LocalDate.now()))
                .andExpect(status().isBadRequest());
        String member = jdbc.sql("select cast(id as varchar) from group_member where client_id = cast(:c as uuid)")
                .param("c", client).query(String.class).single();
        as("coordinator", post("/api/v1/clients/" + client + "/group/members/" + member + "/end"), """
                {"to": "%s", "reason": "Before it began"}""".formatted(LocalDate.now().minusYears(1)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("to"));
        as("coordinator", post("/api/v1/clients/" + client + "/group/members/" + UUID.randomUUID() + "/end"), """
                {"to": "%s", "reason": "Nobody"}""".formatted(LocalDate.now()))
                .andExpect(status().isNotFound());
    }

    @Test
    void theCoordinatorRoleIsHandedOverWithItsHistoryAndCounted() throws Exception {
        String client = newClient();
        UUID manager = id("select id from app_user where username = 'manager'");
        long version = jdbc.sql("select version from client where id = cast(:c as uuid)").param("c", client)
                .query(Long.class).single();
        as("coordinator", post("/api/v1/clients/" + client + "/handover"), """
                {"newCoordinatorId": "%s", "on": "%s", "reason": "Karin on parental leave", "version": %d}"""
                .formatted(manager, LocalDate.now(), version))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/clients/" + client + "/group").with(httpBasic("manager", "demo")))
                .andExpect(jsonPath("$.coordinatorName").value("Helena Forsberg"))
                .andExpect(jsonPath("$.coordinatorChanges.length()").value(1))
                .andExpect(jsonPath("$.coordinatorChanges[0].fromCoordinator").value("Karin Lindqvist"))
                .andExpect(jsonPath("$.coordinatorChanges[0].reason").value("Karin on parental leave"));
        // Handed over: the former coordinator no longer sees the case.
        mvc.perform(get("/api/v1/clients/" + client).with(httpBasic("coordinator", "demo")))
                .andExpect(status().isForbidden());
        UUID elsewhere = id("select id from app_user where username = 'coordinator.goteborg'");
        as("manager", post("/api/v1/clients/" + client + "/handover"), """
                {"newCoordinatorId": "%s", "on": "%s", "reason": "Wrong office", "version": %d}"""
                .formatted(elsewhere, LocalDate.now(), version + 1))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("newCoordinatorId"));
    }

    @Test
    void nobodyOutsideTheClientsOfficeSeesOrChangesTheGroup() throws Exception {
        String client = newClient();
        for (String user : new String[] {"partner", "prison", "analyst", "coordinator.norrkoping"}) {
            mvc.perform(get("/api/v1/clients/" + client + "/group").with(httpBasic(user, "demo")))
                    .andExpect(status().isForbidden());
        }
        as("coordinator.norrkoping", post("/api/v1/clients/" + client + "/group/members"), """
                {"userId": "%s", "role": "OTHER", "from": "%s"}"""
                .formatted(id("select id from app_user where username = 'partner'"), LocalDate.now()))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from group_member where client_id = cast(:c as uuid)").param("c", client)
                .query(Long.class).single()).isZero();
    }

    @Test
    void thePageAddsAMemberAndShowsTheGroup() throws Exception {
        String client = newClient();
        var session = mvc.perform(formLogin().user("coordinator").password("demo")).andReturn().getResponse()
                .getCookie("SESSION");
        mvc.perform(post("/clients/" + client + "/group/members").with(csrf()).cookie(session)
                        .param("person", "user:" + id("select id from app_user where username = 'prison'"))
                        .param("role", "CONTACT_OFFICER").param("from", LocalDate.now().toString()))
                .andExpect(redirectedUrl("/clients/" + client + "/group"));
        mvc.perform(get("/clients/" + client + "/group").cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Lars Berg")))
                .andExpect(content().string(containsString("Contact officer in custody")))
                .andExpect(content().string(containsString("No documented consent covers this organisation")));
        mvc.perform(post("/clients/" + client + "/group/members").with(csrf()).cookie(session)
                        .param("person", "nobody").param("role", "NOT_A_ROLE").param("from", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"person-error\"")))
                .andExpect(content().string(containsString("id=\"role-error\"")));
    }
}
