package org.throughcare.group;

import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.throughcare.IntegrationTest;

@IntegrationTest
class ConsentCompletenessTests {

    private static final String UMEA = "$[?(@.probationOfficeName == 'Frivårdskontoret Umeå')]";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    private int completeInUmea() throws Exception {
        String body = mvc.perform(get("/api/v1/consent-completeness").with(httpBasic("manager", "demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        java.util.List<Integer> complete = JsonPath.read(body, UMEA + ".complete");
        return complete.get(0);
    }

    @Test
    void documentingConsentForEveryAgencyOfAGroupMakesItsClientComplete() throws Exception {
        // A demo client of the coordinator, enrolled, whose group is the social services case worker alone.
        UUID client = jdbc.sql("""
                        select m.client_id from group_member m join client c on c.id = m.client_id
                        where c.stage = 'ENROLLED' and not exists (select 1 from consent k where k.client_id = c.id)
                        group by m.client_id having count(*) = 1 and max(m.person_name) = 'Omar Hassan'""")
                .query(UUID.class).list().get(0);
        int before = completeInUmea();
        mvc.perform(post("/api/v1/clients/" + client + "/consents").with(httpBasic("coordinator", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"form": "DIGITAL", "givenOn": "%s", "toldAboutConfidentiality": true,
                                 "textVersion": "2026-1", "organisationIds": ["%s"], "categories": ["PLAN_AND_MEASURES"]}"""
                                .formatted(LocalDate.now(), jdbc.sql("select id from organisation where name = 'Socialtjänsten Umeå'")
                                        .query(UUID.class).single())))
                .andExpect(status().isCreated());
        org.assertj.core.api.Assertions.assertThat(completeInUmea()).isEqualTo(before + 1);
    }

    @Test
    void theAnalystSeesEveryOfficeAndOthersSeeNone() throws Exception {
        mvc.perform(get("/api/v1/consent-completeness").with(httpBasic("analyst", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].probationOfficeName", hasItem("Frivårdskontoret Norrköping")))
                .andExpect(jsonPath("$[*].probationOfficeName", hasItem("Frivårdskontoret Umeå")));
        for (String user : new String[] {"partner", "prison", "coordinator", "admin"}) {
            mvc.perform(get("/api/v1/consent-completeness").with(httpBasic(user, "demo")))
                    .andExpect(status().isForbidden());
        }
    }
}
