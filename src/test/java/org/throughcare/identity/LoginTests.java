package org.throughcare.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.throughcare.IntegrationTest;
import org.throughcare.shared.Role;

@IntegrationTest
class LoginTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    IdentityManagement identity;
    @Autowired
    JdbcClient jdbc;

    @Test
    void demoUserLogsInAndTheLoginIsAudited() throws Exception {
        long before = auditCount("LOGIN", "SUCCEEDED", "coordinator");
        mvc.perform(formLogin().user("coordinator").password("demo"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/"));
        assertThat(auditCount("LOGIN", "SUCCEEDED", "coordinator")).isEqualTo(before + 1);
    }

    @Test
    void wrongPasswordIsRefusedAndAudited() throws Exception {
        long before = auditCount("LOGIN", "FAILED", "manager");
        mvc.perform(formLogin().user("manager").password("wrong"))
                .andExpect(redirectedUrl("/login?error"));
        assertThat(auditCount("LOGIN", "FAILED", "manager")).isEqualTo(before + 1);
    }

    @Test
    void fiveFailuresInARowLockTheAccountEvenForTheRightPassword() throws Exception {
        identity.createUser(new NewUser("lockme", "Lock Me", null, "right-password", Role.PARTNER_WORKER, null, null));
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin().user("lockme").password("wrong")).andExpect(redirectedUrl("/login?error"));
        }
        // Locked: even the right password is refused, with the same answer a wrong one gets.
        mvc.perform(formLogin().user("lockme").password("right-password")).andExpect(redirectedUrl("/login?error"));
        assertThat(auditCount("LOGIN", "FAILED", "lockme")).isEqualTo(6);
        assertThat(jdbc.sql("select details from audit_entry where actor_username = 'lockme' order by id")
                .query(String.class).list())
                .endsWith("BAD_CREDENTIALS_NOW_LOCKED", "ACCOUNT_LOCKED");
    }

    @Test
    void aSuccessResetsTheFailureCount() throws Exception {
        identity.createUser(new NewUser("resetme", "Reset Me", null, "right-password", Role.PARTNER_WORKER, null, null));
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < 4; i++) {
                mvc.perform(formLogin().user("resetme").password("wrong")).andExpect(redirectedUrl("/login?error"));
            }
            mvc.perform(formLogin().user("resetme").password("right-password")).andExpect(redirectedUrl("/"));
        }
    }

    @Test
    void passwordsAreStoredAsArgon2Hashes() {
        String hash = jdbc.sql("select password_hash from app_user where username = 'admin'").query(String.class).single();
        assertThat(hash).startsWith("{argon2}$argon2id$").doesNotContain("demo");
    }

    @Test
    void loginFormWithoutCsrfTokenIsRefused() throws Exception {
        long before = auditCount("LOGIN", "SUCCEEDED", "admin");
        mvc.perform(post("/login").param("username", "admin").param("password", "demo"))
                .andExpect(redirectedUrl("/login?expired"));
        assertThat(auditCount("LOGIN", "SUCCEEDED", "admin")).isEqualTo(before);
    }

    @Test
    void aFormSentAfterTheSessionEndedLeadsToLoginWithAnExplanation() throws Exception {
        mvc.perform(post("/admin/organisations").param("name", "Late").param("agencyType", "OTHER"))
                .andExpect(redirectedUrl("/login?expired"));
        mvc.perform(get("/login").param("expired", ""))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("Your session ended, so nothing was saved")));
    }

    @Test
    void onlyBasicCredentialsExcuseAnApiWriteFromTheCsrfCheck() throws Exception {
        var session = mvc.perform(formLogin().user("admin").password("demo")).andReturn().getResponse()
                .getCookie("SESSION");
        mvc.perform(post("/api/v1/municipalities").cookie(session).header("Authorization", "Bearer anything")
                        .contentType("application/json").content("{\"code\": \"9001\", \"name\": \"X\", \"country\": \"SE\"}"))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from municipality where code = '9001'").query(Long.class).single()).isZero();
    }

    @Test
    void logoutEndsTheSession() throws Exception {
        var session = mvc.perform(formLogin().user("analyst").password("demo")).andReturn().getResponse()
                .getCookie("SESSION");
        mvc.perform(get("/directory").cookie(session)).andExpect(status().isOk());
        mvc.perform(post("/logout").with(csrf()).cookie(session)).andExpect(redirectedUrl("/login?logout"));
        mvc.perform(get("/directory").cookie(session)).andExpect(status().is3xxRedirection());
    }

    @Test
    void pagesCarryStrictSecurityHeaders() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Referrer-Policy", "same-origin"))
                .andExpect(header().string("Content-Security-Policy",
                        org.hamcrest.Matchers.allOf(org.hamcrest.Matchers.containsString("default-src 'self'"),
                                org.hamcrest.Matchers.containsString("frame-ancestors 'none'"),
                                org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("unsafe-inline")))));
    }

    private long auditCount(String action, String outcome, String username) {
        return jdbc.sql("select count(*) from audit_entry where action = :a and outcome = :o and actor_username = :u")
                .param("a", action).param("o", outcome).param("u", username).query(Long.class).single();
    }
}
