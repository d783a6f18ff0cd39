package org.throughcare.client;

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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.throughcare.IntegrationTest;
import org.throughcare.shared.ClientId;

@IntegrationTest
class ClientPageTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ClientManagement management;

    ClientFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new ClientFixtures(jdbc, management);
    }

    private Cookie login(String username) throws Exception {
        return mvc.perform(formLogin().user(username).password("demo")).andReturn().getResponse().getCookie("SESSION");
    }

    @Test
    void theStageFormMovesTheClientOn() throws Exception {
        ClientId id = fixtures.referred("Page Stage");
        mvc.perform(post("/clients/" + id + "/stage").with(csrf()).cookie(login("coordinator"))
                        .param("to", "DECLINED").param("effectiveOn", LocalDate.now().toString())
                        .param("reason", "Does not want to take part").param("version", "" + fixtures.version(id)))
                .andExpect(redirectedUrl("/clients/" + id));
        mvc.perform(get("/clients/" + id).cookie(login("coordinator")))
                .andExpect(content().string(allOf(containsString("Declined"), containsString("Does not want to take part"),
                        not(containsString("/clients/" + id + "/stage\"")))));
    }

    @Test
    void aRefusedMoveIsExplainedAtTheField() throws Exception {
        ClientId id = fixtures.referred("Page Refused");
        mvc.perform(post("/clients/" + id + "/stage").with(csrf()).cookie(login("coordinator"))
                        .param("to", "ENROLLED").param("effectiveOn", LocalDate.now().toString())
                        .param("reason", "Too soon").param("version", "" + fixtures.version(id)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"to-error\""), containsString("cannot become"))));
    }

    @Test
    void registrationErrorsAreShownInSwedishAtTheirFields() throws Exception {
        long before = jdbc.sql("select count(*) from client").query(Long.class).single();
        mvc.perform(post("/clients").with(csrf()).cookie(login("coordinator"), new Cookie("throughcare-lang", "sv"))
                        .param("fullName", "").param("idCountry", "SE").param("idNumber", "811218-9875")
                        .param("dateOfBirth", "1981-12-18").param("gender", "ROBOT").param("municipalityCode", "2480"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"fullName-error\""),
                        containsString("id=\"gender-error\""), containsString("Välj ett värde."))));
        org.assertj.core.api.Assertions.assertThat(jdbc.sql("select count(*) from client").query(Long.class).single())
                .isEqualTo(before);
    }

    @Test
    void aSecondRegistrationOfTheSamePersonLinksToTheCase() throws Exception {
        ClientId existing = fixtures.referred("Already Here");
        var row = jdbc.sql("select id_number, date_of_birth from client where id = :id").param("id", existing.value())
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getObject(2, LocalDate.class)}).single();
        var coordinator = fixtures.actor("coordinator");
        mvc.perform(post("/clients").with(csrf()).cookie(login("coordinator"))
                        .param("fullName", "Already Here Again").param("idCountry", "SE").param("idNumber", (String) row[0])
                        .param("dateOfBirth", row[1].toString()).param("gender", "MALE").param("municipalityCode", "2480")
                        .param("probationOfficeId", coordinator.unitId().toString())
                        .param("coordinatorId", coordinator.userId().toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("This person is already registered"),
                        containsString("href=\"/clients/" + existing + "\""))));
    }

    @Test
    void otherRolesAndOfficesSeeNeitherTheCaseNorItsName() throws Exception {
        ClientId id = fixtures.referred("Hidden Person");
        for (String user : new String[] {"partner", "prison", "coordinator.goteborg"}) {
            mvc.perform(get("/clients/" + id).cookie(login(user)))
                    .andExpect(status().isForbidden())
                    .andExpect(content().string(not(containsString("Hidden Person"))));
        }
        mvc.perform(get("/clients").cookie(login("partner")))
                .andExpect(content().string(not(containsString("Hidden Person"))));
    }
}
