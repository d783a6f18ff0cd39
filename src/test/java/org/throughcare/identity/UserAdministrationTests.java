package org.throughcare.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.throughcare.IntegrationTest;
import org.throughcare.TestActors;

@IntegrationTest
class UserAdministrationTests {

    private static final String GOOD_PASSWORD = "a long walk by the river";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    IdentityManagement identity;

    @Test
    void aNewUserSetsTheirPasswordThroughTheOneTimeLinkAndSignsIn() throws Exception {
        String body = createUser("new.worker", "new.worker@example.se");
        String id = JsonPath.read(body, "$.user.id");
        String link = JsonPath.read(body, "$.setupLink.url");
        assertThat((Boolean) JsonPath.read(body, "$.setupLink.mailed")).isFalse();
        assertThat((Boolean) JsonPath.read(body, "$.user.passwordSet")).isFalse();
        assertThat(link).matches("http://localhost/account/setup/[A-Za-z0-9_-]{43}");
        String path = link.substring("http://localhost".length());
        String token = path.substring(path.lastIndexOf('/') + 1);
        assertThat(jdbc.sql("select count(*) from password_link where token_hash = :t").param("t", token)
                .query(Long.class).single()).as("only the token's hash is stored").isZero();

        // No password yet: nothing signs in, not even an empty one.
        mvc.perform(login("new.worker", "", "10.2.0.1")).andExpect(redirectedUrl("/login?error"));

        mvc.perform(get(path)).andExpect(status().isOk()).andExpect(content().string(containsString("Set your password")));
        setPassword(path, "short", "short").andExpect(content().string(containsString("Use at least 12 characters.")));
        setPassword(path, "password1234", "password1234")
                .andExpect(content().string(containsString("among the most common")));
        setPassword(path, "New.Worker", "New.Worker").andExpect(content().string(containsString("at least 12")));
        setPassword(path, GOOD_PASSWORD, GOOD_PASSWORD + "x").andExpect(content().string(containsString("differ")));
        mvc.perform(post(path).with(csrf()).param("password", GOOD_PASSWORD).param("repeat", GOOD_PASSWORD))
                .andExpect(redirectedUrl("/login?passwordSet"));

        mvc.perform(login("new.worker", GOOD_PASSWORD, "10.2.0.1")).andExpect(redirectedUrl("/"));
        // Single use: the link now says it no longer works, and a second try changes nothing.
        mvc.perform(get(path)).andExpect(content().string(containsString("This link no longer works")));
        setPassword(path, "another long sentence", "another long sentence")
                .andExpect(content().string(containsString("This link no longer works")));
        mvc.perform(login("new.worker", GOOD_PASSWORD, "10.2.0.1")).andExpect(redirectedUrl("/"));
        assertThat(auditActions(id)).contains("USER_CREATED", "PASSWORD_SET");
    }

    @Test
    void aPasswordEqualToTheUsernameIsRefused() throws Exception {
        String body = createUser("exactly.twelve", null);
        String path = pathOf(JsonPath.read(body, "$.setupLink.url"));
        setPassword(path, "Exactly.Twelve", "Exactly.Twelve")
                .andExpect(content().string(containsString("cannot be your username")));
    }

    @Test
    void anExpiredOrReplacedLinkNoLongerWorks() throws Exception {
        String body = createUser("link.replaced", null);
        String id = JsonPath.read(body, "$.user.id");
        String first = pathOf(JsonPath.read(body, "$.setupLink.url"));
        String second = pathOf(JsonPath.read(admin(post("/api/v1/users/" + id + "/setup-link"), null)
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(), "$.url"));
        mvc.perform(get(first)).andExpect(content().string(containsString("This link no longer works")));
        jdbc.sql("update password_link set expires_at = created_at where user_id = :id").param("id", UUID.fromString(id))
                .update();
        mvc.perform(get(second)).andExpect(content().string(containsString("This link no longer works")));
        mvc.perform(get("/account/setup/not-a-token")).andExpect(content().string(containsString("This link no longer works")));
    }

    @Test
    void theAdministratorChangesAnAccountAndAStaleEditIsRefused() throws Exception {
        String body = createUser("to.change", null);
        String id = JsonPath.read(body, "$.user.id");
        UUID socialServices = TestActors.organisation(jdbc, "Socialtjänsten Umeå");
        String change = """
                {"username": "to.change", "displayName": "Changed Name", "role": "MANAGER",
                 "organisationId": "%s", "version": 0}""".formatted(socialServices);
        admin(put("/api/v1/users/" + id), change).andExpect(status().isOk())
                .andExpect(jsonPath("$.displayName").value("Changed Name")).andExpect(jsonPath("$.role").value("MANAGER"))
                .andExpect(jsonPath("$.organisationName").value("Socialtjänsten Umeå"));
        admin(put("/api/v1/users/" + id), change).andExpect(status().isConflict());
        admin(put("/api/v1/users/" + id), change.replace("\"to.change\"", "\"renamed\"").replace("\"version\": 0", "\"version\": 1"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("username"));
        // A unit of another organisation is refused at the unit.
        UUID prisonUnit = jdbc.sql("select u.id from unit u join organisation o on o.id = u.organisation_id "
                + "where o.name = 'Anstalten Umeå' limit 1").query(UUID.class).single();
        admin(put("/api/v1/users/" + id), change.replace("\"version\": 0", "\"version\": 1, \"unitId\": \"" + prisonUnit + "\""))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("unitId"));
        assertThat(auditActions(id)).contains("USER_CREATED", "USER_CHANGED");
    }

    @Test
    void aDeactivatedUserIsSignedOutCannotSignInAndIsMarkedInactive() throws Exception {
        identity.createUser(new CreateUser("leaving", "Leaving Soon", null, GOOD_PASSWORD,
                org.throughcare.shared.Role.COORDINATOR, new org.throughcare.shared.OrganisationId(
                TestActors.organisation(jdbc, "Frivården Umeå")), null));
        UUID id = TestActors.actor(jdbc, "leaving").userId().value();
        Cookie session = mvc.perform(login("leaving", GOOD_PASSWORD, "10.2.0.2")).andReturn().getResponse()
                .getCookie("SESSION");
        mvc.perform(get("/directory").cookie(session)).andExpect(status().isOk());

        admin(post("/api/v1/users/" + id + "/deactivate"), null).andExpect(jsonPath("$.active").value(false));
        mvc.perform(get("/directory").cookie(session)).andExpect(status().is3xxRedirection());
        mvc.perform(login("leaving", GOOD_PASSWORD, "10.2.0.2")).andExpect(redirectedUrl("/login?error"));
        assertThat(identity.user(id)).get().extracting(UserSummaryView::active).isEqualTo(false);
        assertThat(identity.usersInRoles(List.of(org.throughcare.shared.Role.COORDINATOR)))
                .extracting(UserSummaryView::id).doesNotContain(id);

        admin(post("/api/v1/users/" + id + "/reactivate"), null).andExpect(jsonPath("$.active").value(true));
        mvc.perform(login("leaving", GOOD_PASSWORD, "10.2.0.2")).andExpect(redirectedUrl("/"));
        assertThat(auditActions(id.toString())).contains("USER_DEACTIVATED", "USER_REACTIVATED");
    }

    @Test
    void theAdministratorCannotDeactivateThemselves() throws Exception {
        UUID admin = TestActors.actor(jdbc, "admin").userId().value();
        admin(post("/api/v1/users/" + admin + "/deactivate"), null).andExpect(status().isBadRequest());
        assertThat(identity.user(admin)).get().extracting(UserSummaryView::active).isEqualTo(true);
    }

    @Test
    void unlockLetsALockedOutAddressTryAgain() throws Exception {
        identity.createUser(new CreateUser("locked.out", "Locked Out", null, GOOD_PASSWORD,
                org.throughcare.shared.Role.PARTNER_WORKER, null, null));
        UUID id = TestActors.actor(jdbc, "locked.out").userId().value();
        for (int i = 0; i < 5; i++) {
            mvc.perform(login("locked.out", "wrong", "10.2.0.3"));
        }
        mvc.perform(login("locked.out", GOOD_PASSWORD, "10.2.0.3")).andExpect(redirectedUrl("/login?error"));
        admin(get("/api/v1/users/" + id), null).andExpect(jsonPath("$.lockedAddresses").value(1));
        admin(post("/api/v1/users/" + id + "/unlock"), null).andExpect(jsonPath("$.lockedAddresses").value(0));
        mvc.perform(login("locked.out", GOOD_PASSWORD, "10.2.0.3")).andExpect(redirectedUrl("/"));
        assertThat(auditActions(id.toString())).contains("USER_UNLOCKED");
    }

    @Test
    void aUserChangesTheirOwnPasswordWithTheCurrentOne() throws Exception {
        identity.createUser(new CreateUser("changer", "Password Changer", null, GOOD_PASSWORD,
                org.throughcare.shared.Role.PARTNER_WORKER, null, null));
        Cookie session = mvc.perform(login("changer", GOOD_PASSWORD, "10.2.0.4")).andReturn().getResponse()
                .getCookie("SESSION");
        mvc.perform(get("/account/password").cookie(session)).andExpect(status().isOk());
        mvc.perform(post("/account/password").cookie(session).with(csrf()).param("currentPassword", "not it at all")
                        .param("password", "a brand new sentence").param("repeat", "a brand new sentence"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("The current password is not right.")));
        mvc.perform(post("/account/password").cookie(session).with(csrf()).param("currentPassword", GOOD_PASSWORD)
                        .param("password", "a brand new sentence").param("repeat", "a brand new sentence"))
                .andExpect(redirectedUrl("/account/password"));
        mvc.perform(login("changer", GOOD_PASSWORD, "10.2.0.5")).andExpect(redirectedUrl("/login?error"));
        mvc.perform(login("changer", "a brand new sentence", "10.2.0.4")).andExpect(redirectedUrl("/"));
    }

    @Test
    void theAdministratorsPagesListSearchSortCreateAndShowTheLink() throws Exception {
        mvc.perform(get("/admin/users").param("q", "coordinator").param("sort", "username").param("dir", "desc")
                        .cookie(session("admin")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("coordinator.norrkoping")))
                .andExpect(content().string(not(containsString(">analyst<"))));
        mvc.perform(get("/admin/users").param("page", "2").cookie(session("admin"))).andExpect(status().isOk());
        mvc.perform(get("/admin/users").param("page", "x").param("sort", "nonsense").param("q", "co\u0000%_")
                .cookie(session("admin"))).andExpect(status().isOk());
        mvc.perform(get("/admin/users/new").cookie(session("admin"))).andExpect(status().isOk());
        UUID probation = TestActors.organisation(jdbc, "Frivården Umeå");
        String target = mvc.perform(post("/admin/users").cookie(session("admin")).with(csrf())
                        .param("username", "page.made").param("displayName", "Page Made").param("role", "COORDINATOR")
                        .param("organisationId", probation.toString()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(target).cookie(session("admin")))
                .andExpect(content().string(containsString("Page Made")));
        var flash = mvc.perform(post("/admin/users").cookie(session("admin")).with(csrf())
                        .param("username", "page.made2").param("displayName", "Page Made Two").param("role", "COORDINATOR")
                        .param("organisationId", probation.toString()))
                .andReturn().getFlashMap();
        assertThat(((SetupLink) flash.get("setupLink")).url()).contains("/account/setup/");
    }

    @Test
    void badInputInTheUserFormComesBackAtTheFields() throws Exception {
        mvc.perform(post("/admin/users").cookie(session("admin")).with(csrf())
                        .param("username", "Bad Name").param("displayName", "Tab\tName").param("email", "not-an-address")
                        .param("role", "EMPEROR").param("organisationId", "not-a-uuid").param("unitId", "x")
                        .param("version", "abc"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Use lower-case letters")))
                .andExpect(content().string(containsString("Remove the control characters")))
                .andExpect(content().string(containsString("id=\"role-error\"")))
                .andExpect(content().string(containsString("id=\"organisationId-error\"")));
        mvc.perform(post("/admin/users").cookie(session("admin")).with(csrf())
                        .param("username", "x".repeat(61)).param("displayName", "y".repeat(201)).param("role", "COORDINATOR")
                        .param("organisationId", UUID.randomUUID().toString()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"username-error\"")))
                .andExpect(content().string(containsString("id=\"displayName-error\"")));
        admin(post("/api/v1/users"), """
                {"username": "api.bad", "displayName": "A", "role": "EMPEROR", "organisationId": "x"}""")
                .andExpect(status().isBadRequest());
        admin(post("/api/v1/users"), """
                {"username": "api.bad", "displayName": "Nul\\u0000Name", "role": "COORDINATOR",
                 "organisationId": "%s"}""".formatted(UUID.randomUUID()))
                // The NUL is removed at the door (InputCleaning, see BadInputTests); the unknown organisation is refused.
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[?(@.field == 'organisationId')]").exists());
    }

    @Test
    void everyUserEndpointRefusesEveryOtherRole() throws Exception {
        UUID someone = TestActors.actor(jdbc, "partner").userId().value();
        for (String role : List.of("coordinator", "partner", "prison", "manager", "analyst")) {
            // Fresh requests for each role: a request builder keeps what was added to it.
            List<MockHttpServletRequestBuilder> api = List.of(get("/api/v1/users"), get("/api/v1/users/" + someone),
                    post("/api/v1/users").contentType(MediaType.APPLICATION_JSON).content("{}"),
                    put("/api/v1/users/" + someone).contentType(MediaType.APPLICATION_JSON).content("{}"),
                    post("/api/v1/users/" + someone + "/deactivate"), post("/api/v1/users/" + someone + "/reactivate"),
                    post("/api/v1/users/" + someone + "/unlock"), post("/api/v1/users/" + someone + "/setup-link"));
            List<MockHttpServletRequestBuilder> pages = List.of(get("/admin/users"), get("/admin/users/new"),
                    get("/admin/users/" + someone + "/edit"), post("/admin/users"), post("/admin/users/" + someone),
                    post("/admin/users/" + someone + "/deactivate"), post("/admin/users/" + someone + "/reactivate"),
                    post("/admin/users/" + someone + "/unlock"), post("/admin/users/" + someone + "/setup-link"));
            for (MockHttpServletRequestBuilder request : api) {
                mvc.perform(request.with(httpBasic(role, "demo"))).andExpect(status().isForbidden());
            }
            for (MockHttpServletRequestBuilder request : pages) {
                mvc.perform(request.cookie(session(role)).with(csrf())).andExpect(status().isForbidden());
            }
        }
        assertThat(jdbc.sql("select enabled from app_user where id = :id").param("id", someone).query(Boolean.class)
                .single()).isTrue();
    }

    @Test
    void theApiIsInTheOpenApiDocument() throws Exception {
        mvc.perform(get("/v3/api-docs").cookie(session("admin")))
                .andExpect(jsonPath("$.paths['/api/v1/users']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/users/{id}/deactivate']").exists());
    }

    private final java.util.Map<String, Cookie> sessions = new java.util.HashMap<>();

    /** A browser session of a demo user (the pages take form login, not HTTP Basic). */
    private Cookie session(String username) throws Exception {
        Cookie cookie = sessions.get(username);
        if (cookie == null) {
            cookie = mvc.perform(login(username, "demo", "127.0.0.1")).andReturn().getResponse().getCookie("SESSION");
            sessions.put(username, cookie);
        }
        return cookie;
    }

    private String createUser(String username, String email) throws Exception {
        UUID organisation = TestActors.organisation(jdbc, "Socialtjänsten Umeå");
        String json = """
                {"username": "%s", "displayName": "Test Person", "email": %s, "role": "PARTNER_WORKER",
                 "organisationId": "%s"}""".formatted(username, email == null ? "null" : "\"" + email + "\"", organisation);
        return admin(post("/api/v1/users"), json).andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsString();
    }

    private org.springframework.test.web.servlet.ResultActions admin(MockHttpServletRequestBuilder request, String json)
            throws Exception {
        if (json != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(json);
        }
        return mvc.perform(request.with(httpBasic("admin", "demo")));
    }

    private org.springframework.test.web.servlet.ResultActions setPassword(String path, String password, String repeat)
            throws Exception {
        return mvc.perform(post(path).with(csrf()).param("password", password).param("repeat", repeat))
                .andExpect(status().isOk());
    }

    private static String pathOf(String link) {
        return link.substring(link.indexOf("/account/"));
    }

    private List<String> auditActions(String subjectId) {
        return jdbc.sql("select action from audit_entry where subject_type = 'user' and subject_id = :id order by id")
                .param("id", subjectId).query(String.class).list();
    }

    private static MockHttpServletRequestBuilder login(String user, String password, String address) {
        return post("/login").param("username", user).param("password", password).with(csrf())
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                });
    }
}
