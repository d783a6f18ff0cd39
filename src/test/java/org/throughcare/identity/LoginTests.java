package org.throughcare.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
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
        mvc.perform(login("manager", "wrong", "10.1.0.1"))
                .andExpect(redirectedUrl("/login?error"));
        assertThat(auditCount("LOGIN", "FAILED", "manager")).isEqualTo(before + 1);
    }

    @Test
    void fiveFailuresInARowFromOneAddressLockItOutEvenForTheRightPassword() throws Exception {
        identity.createUser(new CreateUser("lockme", "Lock Me", null, "right-password", Role.PARTNER_WORKER, null, null));
        for (int i = 0; i < 5; i++) {
            mvc.perform(login("lockme", "wrong", "10.1.0.2"))
                    .andExpect(redirectedUrl("/login?error"));
        }
        // Locked: even the right password is refused, with the same answer a wrong one gets.
        mvc.perform(login("lockme", "right-password", "10.1.0.2"))
                .andExpect(redirectedUrl("/login?error"));
        assertThat(auditCount("LOGIN", "FAILED", "lockme")).isEqualTo(6);
        assertThat(jdbc.sql("select details from audit_entry where actor_username = 'lockme' order by id")
                .query(String.class).list())
                .endsWith("BAD_CREDENTIALS_NOW_LOCKED", "ACCOUNT_LOCKED");
    }

    @Test
    void aSuccessResetsTheFailureCount() throws Exception {
        identity.createUser(new CreateUser("resetme", "Reset Me", null, "right-password", Role.PARTNER_WORKER, null, null));
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < 4; i++) {
                mvc.perform(login("resetme", "wrong", "10.1.0.3"))
                        .andExpect(redirectedUrl("/login?error"));
            }
            mvc.perform(login("resetme", "right-password", "10.1.0.3"))
                    .andExpect(redirectedUrl("/"));
        }
    }

    @Test
    void fortyParallelGuessesCheckNoMorePasswordsThanTheLimit() throws Exception {
        identity.createUser(new CreateUser("raceme", "Race Me", null, "right-password", Role.PARTNER_WORKER, null, null));
        ExecutorService pool = Executors.newFixedThreadPool(40);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                answers.add(pool.submit(() -> mvc.perform(httpBasicGet("raceme", "wrong-" + UUID.randomUUID(), "10.1.0.4"))
                        .andReturn().getResponse().getStatus()));
            }
            for (Future<Integer> answer : answers) {
                assertThat(answer.get()).isEqualTo(401);
            }
        } finally {
            pool.shutdownNow();
        }
        List<String> reasons = jdbc.sql("select details from audit_entry where actor_username = 'raceme'")
                .query(String.class).list();
        assertThat(reasons).hasSize(40);
        // Each BAD_CREDENTIALS entry is one password checked; every other attempt was refused before the check.
        assertThat(reasons.stream().filter(r -> r.startsWith("BAD_CREDENTIALS")).count()).isEqualTo(5);
        assertThat(reasons).filteredOn(r -> !r.startsWith("BAD_CREDENTIALS")).containsOnly("ACCOUNT_LOCKED");
    }

    /** An agency system sends its right password on many parallel requests: none is refused as locked. */
    @Test
    void parallelRequestsWithTheRightPasswordAreAllLetIn() throws Exception {
        identity.createUser(new CreateUser("busyapi", "Busy Agency System", null, "right-password", Role.PARTNER_WORKER,
                null, null));
        ExecutorService pool = Executors.newFixedThreadPool(24);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                answers.add(pool.submit(() -> mvc.perform(httpBasicGet("busyapi", "right-password", "10.1.0.5"))
                        .andReturn().getResponse().getStatus()));
            }
            for (Future<Integer> answer : answers) {
                assertThat(answer.get()).isNotEqualTo(401);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.sql("select count(*) from audit_entry where actor_username = 'busyapi' and outcome = 'FAILED'")
                .query(Long.class).single()).isZero();
    }

    /**
     * The rule: failures lock out the address they come from, for that account only. A stranger who guesses
     * the administrator's password wrong from one address keeps only that address out; the administrator signs
     * in from their own address throughout.
     */
    @Test
    void aStrangerCannotKeepTheAdministratorOutFromAnotherAddress() throws Exception {
        String stranger = "10.66.0.1";
        for (int i = 0; i < 12; i++) {
            mvc.perform(login("admin", "guess-" + i, stranger))
                    .andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(login("admin", "demo", stranger))
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(login("admin", "demo", "10.7.0.1")).andExpect(redirectedUrl("/"));
        mvc.perform(httpBasicGet("admin", "demo", "10.7.0.2")).andExpect(status().isOk());
        // The administrator's own sign-in does not lift the stranger's lock.
        mvc.perform(login("admin", "demo", stranger))
                .andExpect(redirectedUrl("/login?error"));
        jdbc.sql("delete from login_failure where username = 'admin'").update();
    }

    @Test
    void unknownUserWrongPasswordLockedAndDeactivatedGetTheSameAnswer() throws Exception {
        identity.createUser(new CreateUser("sameanswer", "Same Answer", null, "right-password", Role.PARTNER_WORKER, null, null));
        for (int i = 0; i < 5; i++) {
            mvc.perform(login("sameanswer", "wrong", "10.1.0.5"));
        }
        identity.createUser(new CreateUser("inactive.one", "Inactive", null, "right-password", Role.PARTNER_WORKER, null, null));
        jdbc.sql("update app_user set enabled = false where username = 'inactive.one'").update();
        List<String[]> attempts = List.of(new String[] {"nobody-such", "whatever-password", "10.1.0.6"},
                new String[] {"manager", "wrong-password", "10.1.0.6"},
                new String[] {"sameanswer", "right-password", "10.1.0.5"},
                new String[] {"inactive.one", "right-password", "10.1.0.6"});
        List<String> pages = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (String[] attempt : attempts) {
            pages.add(mvc.perform(login(attempt[0], attempt[1], attempt[2])).andReturn().getResponse().getRedirectedUrl());
            var api = mvc.perform(httpBasicGet(attempt[0], attempt[1], attempt[2])).andReturn().getResponse();
            problems.add(api.getStatus() + " " + api.getContentAsString());
        }
        // The page depends on nothing but its address, so one address means one message for all four.
        assertThat(pages).containsOnly("/login?error");
        mvc.perform(get("/login").param("error", "")).andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
                .content().string(org.hamcrest.Matchers.containsString("Wrong username or password")));
        assertThat(problems).allMatch(problem -> problem.equals(problems.get(0)));
        assertThat(problems.get(0)).startsWith("401 ");
    }

    @Test
    void controlCharactersInTheUsernameAreAWrongLoginNotAnError() throws Exception {
        mvc.perform(login("admin\u0000", "wrong", "10.1.0.10")).andExpect(redirectedUrl("/login?error"));
        mvc.perform(login("\u0007\u0000", "wrong", "10.1.0.10")).andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void aForgedHostHeaderNeverAppearsInARedirect() throws Exception {
        var toLogin = mvc.perform(get("/clients").header("Host", "evil.example").with(from("10.1.0.9")))
                .andReturn().getResponse();
        assertThat(toLogin.getStatus()).isEqualTo(302);
        assertThat(toLogin.getHeader("Location")).isEqualTo("/login").doesNotContain("evil");
        // Back to the page asked for before login: Spring Security builds that address from the Host header.
        var session = mvc.perform(get("/directory").header("Host", "evil.example")).andReturn().getResponse()
                .getCookie("SESSION");
        var afterLogin = mvc.perform(post("/login").cookie(session).header("Host", "evil.example").with(csrf())
                .param("username", "analyst").param("password", "demo")).andReturn().getResponse();
        assertThat(afterLogin.getHeader("Location")).startsWith("/directory").doesNotContain("evil");
    }

    /** A form login from the given source address (throttling and lockout count per address). */
    private static MockHttpServletRequestBuilder login(String user, String password, String address) {
        return post("/login").param("username", user).param("password", password).with(csrf()).with(from(address));
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private static org.springframework.test.web.servlet.RequestBuilder httpBasicGet(String user, String password,
                                                                                    String address) {
        return get("/api/v1/municipalities").with(httpBasic(user, password)).with(from(address));
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
