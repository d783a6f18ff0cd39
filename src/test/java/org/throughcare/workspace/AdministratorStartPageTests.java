package org.throughcare.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.throughcare.workspace.StartPageTests.item;
import static org.throughcare.workspace.StartPageTests.line;

import jakarta.servlet.http.Cookie;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.throughcare.IntegrationTest;

/**
 * The administrator's start page: directory and audit health. An account locked after failed logins, the
 * audit chain's last check, an agency the directory cannot help anyone reach: each appears with the data
 * behind it, for the administrator only, and goes when it is put right.
 */
@IntegrationTest
class AdministratorStartPageTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    private String startPage(String username) throws Exception {
        Cookie session = mvc.perform(formLogin().user(username).password("demo")).andReturn().getResponse()
                .getCookie("SESSION");
        return mvc.perform(get("/").cookie(session)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    @Test
    void theAdministratorSeesAnAccountLockedAfterFailedLoginsUntilItIsUnlocked() throws Exception {
        // A lock from one documentation address only: the account still logs in from everywhere else.
        String source = "203.0.113.77";
        jdbc.sql("""
                insert into login_failure (username, source, failures, locked_until, last_attempt)
                values ('analyst', :source, 5, :until, :now)""").param("source", source)
                .param("until", java.sql.Timestamp.from(Instant.now().plusSeconds(600)))
                .param("now", java.sql.Timestamp.from(Instant.now())).update();
        try {
            String locked = item(startPage("admin"), "locked-accounts");
            assertThat(locked).contains("(analyst)").contains("locked from 1 address")
                    .contains("/admin/users/" + org.throughcare.TestActors.actor(jdbc, "analyst").userId() + "/edit");
            assertThat(startPage("manager")).doesNotContain("id=\"work-locked-accounts\"");
        } finally {
            jdbc.sql("delete from login_failure where source = :source").param("source", source).update();
        }
        assertThat(item(startPage("admin"), "locked-accounts")).doesNotContain("(analyst)");
    }

    @Test
    void theAdministratorSeesWhenTheAuditChainWasLastCheckedAndWithWhatResult() throws Exception {
        Cookie session = mvc.perform(formLogin().user("admin").password("demo")).andReturn().getResponse()
                .getCookie("SESSION");
        mvc.perform(post("/admin/audit/verification").cookie(session).with(csrf())).andExpect(status().isOk());
        assertThat(item(startPage("admin"), "audit")).contains("Chain checked on " + LocalDate.now()
                + ": intact");
    }

    @Test
    void theAdministratorSeesAnOrganisationNobodyIsNamedAtUntilAContactIsAdded() throws Exception {
        UUID organisation = UUID.randomUUID();
        jdbc.sql("insert into organisation (id, version, name, agency_type) values (:id, 0, :name, 'SOCIAL_SERVICES')")
                .param("id", organisation).param("name", "AAA Start Unreached Agency").update();
        try {
            String before = line(startPage("admin"), "directory-gaps", "AAA Start Unreached Agency");
            assertThat(before).contains("nobody named yet")
                    .contains("/admin/organisations/" + organisation + "/contacts/new");
            assertThat(startPage("manager")).doesNotContain("id=\"work-directory-gaps\"");

            jdbc.sql("""
                    insert into contact (id, version, organisation_id, full_name, phone)
                    values (:id, 0, :org, 'Start Reachable Contact', '090-123 45')""")
                    .param("id", UUID.randomUUID()).param("org", organisation).update();
            assertThat(item(startPage("admin"), "directory-gaps")).doesNotContain("AAA Start Unreached Agency");
        } finally {
            // Other tests count the directory's organisations.
            jdbc.sql("delete from contact where organisation_id = :org").param("org", organisation).update();
            jdbc.sql("delete from organisation where id = :org").param("org", organisation).update();
        }
    }
}
