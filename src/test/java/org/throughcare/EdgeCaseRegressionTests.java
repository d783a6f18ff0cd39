package org.throughcare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
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

/**
 * Edge cases an attack on the meetings, lessons log and radar found broken: a page far past the end, tags that fill
 * their field, a refused radar read; each test shows the behaviour users rely on now that the defect is fixed.
 */
@IntegrationTest
class EdgeCaseRegressionTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

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

    private long deniedRadarReads(String user) {
        return jdbc.sql("""
                        select count(*) from audit_entry where actor_username = :u and outcome = 'DENIED'
                          and subject_type = 'radar'""").param("u", user).query(Long.class).single();
    }
}
