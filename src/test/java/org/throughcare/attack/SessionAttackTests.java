package org.throughcare.attack;

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
import org.throughcare.IntegrationTest;
import org.throughcare.TestActors;

/**
 * What an outsider tried against the features of the 29 November session and found broken: each test shows the
 * behaviour users rely on once the defect is fixed.
 */
@IntegrationTest
class SessionAttackTests {

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
}
