package org.throughcare.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.throughcare.IntegrationTest;
import org.throughcare.Together;
import org.throughcare.client.ClientManagement;
import org.throughcare.group.ConsentManagement;
import org.throughcare.group.GroupManagement;
import org.throughcare.plan.PlanFixtures;
import org.throughcare.shared.ClientId;

/**
 * Each user's choice of e-mail about their notices, on the page reached from the inbox and in the API: kept,
 * audited, refused at its field in the user's language, a stale save refused with 409, many at once each kept
 * once; and, with no mail server configured (as in this application), nothing queued.
 */
@IntegrationTest
class MailSettingsTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    ClientManagement clients;
    @Autowired
    GroupManagement groups;
    @Autowired
    ConsentManagement consents;

    @Test
    void theInboxLeadsToTheSettingsWhereAChoiceIsSavedAndAudited() throws Exception {
        mvc.perform(get("/notifications").with(signedIn("prison"))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("href=\"/notifications/settings\"")));
        String page = mvc.perform(get("/notifications/settings").with(signedIn("prison"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("value=\"IMMEDIATE\"", "value=\"DIGEST\"", "value=\"NONE\"")
                .contains("no mail server configured");
        String version = version(page);
        long audited = audited("prison");

        mvc.perform(post("/notifications/settings").with(signedIn("prison")).with(csrf())
                        .param("frequency", "DIGEST").param("language", "sv").param("version", version))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/notifications/settings"));
        String saved = mvc.perform(get("/notifications/settings").with(signedIn("prison")))
                .andReturn().getResponse().getContentAsString();
        assertThat(saved).containsPattern("value=\"DIGEST\"[^>]*checked");
        assertThat(audited("prison")).isEqualTo(audited + 1);

        // The same form sent again from an older window: refused, nothing changed.
        mvc.perform(post("/notifications/settings").with(signedIn("prison")).with(csrf())
                        .param("frequency", "NONE").param("language", "en").param("version", version))
                .andExpect(status().isConflict())
                .andExpect(content().string(Matchers.containsString("Someone else changed this record")));
        assertThat(jdbc.sql("select choice from notice_mail_choice where user_id = (select id from app_user where"
                + " username = 'prison')").query(String.class).single()).isEqualTo("DIGEST");
    }

    @Test
    void anUnknownChoiceIsRefusedAtItsFieldInTheUsersLanguageAndNothingIsSaved() throws Exception {
        long audited = audited("analyst");
        mvc.perform(post("/notifications/settings").with(signedIn("analyst")).with(csrf())
                        .cookie(new Cookie("throughcare-lang", "sv"))
                        .param("frequency", "hourly").param("language", "fi").param("version", "0"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("Välj varje gång, en gång om dagen eller aldrig.")))
                .andExpect(content().string(Matchers.containsString("Välj engelska, svenska eller norska.")));
        mvc.perform(put("/api/v1/notifications/settings").with(httpBasic("analyst", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"frequency\":\"WEEKLY\",\"language\":\"en\",\"version\":\"x\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", Matchers.containsInAnyOrder("frequency", "version")));
        assertThat(audited("analyst")).isEqualTo(audited);
    }

    @Test
    void theApiReadsAndChangesOnlyTheCallersOwnChoice() throws Exception {
        String body = mvc.perform(get("/api/v1/notifications/settings").with(httpBasic("employment", "demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Map<String, Object> choice = JsonPath.read(body, "$");
        assertThat(choice.keySet()).as("the caller's own choice, about no client")
                .containsExactlyInAnyOrder("frequency", "language", "version");
        String version = String.valueOf(choice.get("version"));
        mvc.perform(put("/api/v1/notifications/settings").with(httpBasic("employment", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"frequency\":\"none\",\"language\":\"nb\",\"version\":\"" + version + "\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.frequency").value("NONE"))
                .andExpect(jsonPath("$.language").value("nb"));
        mvc.perform(put("/api/v1/notifications/settings").with(httpBasic("employment", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"frequency\":\"DIGEST\",\"language\":\"nb\",\"version\":\"" + version + "\"}"))
                .andExpect(status().isConflict());
        mvc.perform(put("/api/v1/notifications/settings").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"frequency\":\"NONE\",\"language\":\"en\",\"version\":\"0\"}"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void manySavesAtOnceEachUserKeepsOneAndOfOneVersionOnlyOneWins() throws Exception {
        List<String> users = List.of("coordinator", "manager", "partner", "admin");
        List<Callable<Integer>> saves = new ArrayList<>();
        for (String username : users) {
            String version = String.valueOf(JsonPath.<Object>read(mvc.perform(get("/api/v1/notifications/settings")
                    .with(httpBasic(username, "demo"))).andReturn().getResponse().getContentAsString(), "$.version"));
            for (int i = 0; i < 8; i++) {
                String frequency = i % 2 == 0 ? "DIGEST" : "IMMEDIATE";
                saves.add(() -> mvc.perform(put("/api/v1/notifications/settings").with(httpBasic(username, "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"frequency\":\"" + frequency
                                + "\",\"language\":\"en\",\"version\":\"" + version + "\"}"))
                        .andReturn().getResponse().getStatus());
            }
        }
        long auditedBefore = users.stream().mapToLong(this::audited).sum();
        List<Integer> statuses = Together.call(saves);

        assertThat(statuses).containsOnly(200, 409);
        assertThat(statuses.stream().filter(s -> s == 200)).as("one save per user and version").hasSize(users.size());
        assertThat(users.stream().mapToLong(this::audited).sum()).as("each kept save audited once")
                .isEqualTo(auditedBefore + users.size());
    }

    @Test
    void withNoMailServerConfiguredANoticeQueuesNoEMail() {
        PlanFixtures fixtures = new PlanFixtures(jdbc, clients, groups, consents);
        NoticeFixtures notices = new NoticeFixtures(jdbc, clients);
        ClientId client = notices.clientWithCoveredMember(fixtures, "Unmailed Client", "partner");
        notices.moveRelease(client, LocalDate.now().plusDays(99), "no mail", "coordinator");
        notices.awaitDelivered();

        assertThat(notices.noticesOf("partner", client)).as("the in-app notice is made").isNotEmpty();
        assertThat(jdbc.sql("select count(*) from notice_mail m join notice_event e on e.id = m.event_id"
                + " where e.client_id = :c").param("c", client.value()).query(Long.class).single()).isZero();
    }

    private long audited(String username) {
        return jdbc.sql("select count(*) from audit_entry where action = 'NOTICE_MAIL_CHOICE_CHANGED'"
                + " and actor_username = :u").param("u", username).query(Long.class).single();
    }

    private static String version(String page) {
        var matcher = java.util.regex.Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(page);
        if (!matcher.find()) {
            matcher = java.util.regex.Pattern.compile("value=\"(\\d+)\"[^>]*name=\"version\"").matcher(page);
            assertThat(matcher.find()).as("the form carries its version").isTrue();
        }
        return matcher.group(1);
    }

    private RequestPostProcessor signedIn(String username) {
        return user(accounts.loadUserByUsername(username));
    }
}
