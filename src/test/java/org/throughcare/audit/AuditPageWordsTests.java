package org.throughcare.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders;
import org.springframework.test.web.servlet.MockMvc;
import org.throughcare.IntegrationTest;
import org.throughcare.TestActors;
import org.throughcare.shared.Actor;

/** The administrator's audit page in words: people by name, actions, subjects and details in each language. */
@IntegrationTest
class AuditPageWordsTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AuditLog audit;

    @Test
    void entriesShowNamesAndWordsNotLoginsAndCodes() throws Exception {
        Actor admin = TestActors.actor(jdbc, "admin");
        Actor coordinator = TestActors.actor(jdbc, "coordinator");
        audit.record(new AuditEvent("USER_CHANGED", AuditEvent.Outcome.SUCCEEDED, "user",
                coordinator.userId().toString(), "administration", "role=COORDINATOR; organisation=null; unit=null",
                admin, null));
        mvc.perform(SecurityMockMvcRequestBuilders.formLogin().user("words.nobody").password("wrong"));
        Cookie session = mvc.perform(SecurityMockMvcRequestBuilders.formLogin().user("admin").password("demo"))
                .andReturn().getResponse().getCookie("SESSION");

        Map<String, List<String>> words = Map.of(
                "en", List.of("Maja Sandberg", "User changed", "Role: ", "Coordinator", "Login", "Failed",
                        "Reason: ", "wrong username or password", "words.nobody", ">User<"),
                "sv", List.of("Maja Sandberg", "Användare ändrad", "Roll: ", "Samordnare", "Inloggning",
                        "Misslyckades", "fel användarnamn eller lösenord", ">Användare<"),
                "nb", List.of("Maja Sandberg", "Bruker endret", "Rolle: ", "Koordinator", "Innlogging", "Mislyktes",
                        "feil brukernavn eller passord", ">Bruker<"));
        for (var language : words.entrySet()) {
            String page = mvc.perform(get("/admin/audit").cookie(session).header("Accept-Language", language.getKey()))
                    .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(page).as(language.getKey()).contains(language.getValue());
            String text = page.replaceAll("<[^>]*>", " ");
            assertThat(text).as(language.getKey()).doesNotContain("role=", "USER_CHANGED", "BAD_CREDENTIALS",
                    "COORDINATOR", "SUCCEEDED", "AUDIT_LOG_READ");
            assertThat(page).as("the admin is named, not logged in as").doesNotContain("<td>admin</td>");
        }
    }
}
