package org.throughcare.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders;
import org.springframework.test.web.servlet.MockMvc;
import org.throughcare.IntegrationTest;
import org.throughcare.TestActors;
import org.throughcare.client.ClientManagement;
import org.throughcare.client.Gender;
import org.throughcare.client.RegisterClient;
import org.throughcare.client.TestNumbers;
import org.throughcare.group.ConsentForm;
import org.throughcare.group.ConsentManagement;
import org.throughcare.group.RecordConsent;
import org.throughcare.shared.Actor;
import org.throughcare.shared.ClientId;
import org.throughcare.shared.DataCategory;

/**
 * The administrator's audit log (issue 10): who did what, when, to which kind of record, never the details of
 * an entry about a client; reading it and checking it are audited; a failed login's username is stored cleaned.
 */
@IntegrationTest
class AuditReviewTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ClientManagement clients;
    @Autowired
    ConsentManagement consents;

    @Test
    void administratorsSeeWhoDidWhatButNoClientFactsAndTheirReadingIsAudited() throws Exception {
        Actor coordinator = TestActors.actor(jdbc, "coordinator");
        LocalDate born = LocalDate.of(1988, 2, 3);
        ClientId client = clients.register(new RegisterClient("Audit Review Client", "SE", TestNumbers.personnummer(born),
                born, Gender.MALE, null, false, "2480", coordinator.unitId().value(), coordinator.userId().value()),
                coordinator);
        consents.record(client, new RecordConsent(ConsentForm.DIGITAL, LocalDate.now(), null, true, "2026-1", null,
                List.of(TestActors.organisation(jdbc, "Psykiatrin Umeå")), List.of(DataCategory.HEALTH_AND_SUBSTANCE_USE)),
                null, coordinator);
        mvc.perform(get("/api/v1/clients/" + client).with(httpBasic("coordinator", "demo")));

        String entries = mvc.perform(get("/api/v1/audit/entries?size=100").with(httpBasic("admin", "demo")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        List<Map<String, Object>> aboutClients = JsonPath.read(entries, "$.items[?(@.subjectType == 'client')]");
        assertThat(aboutClients).extracting(e -> e.get("action")).contains("CONSENT_RECORDED", "READ");
        assertThat(aboutClients).allSatisfy(e -> assertThat(e.get("details")).isNull());
        assertThat(entries).doesNotContain("HEALTH_AND_SUBSTANCE_USE").doesNotContain("category=");

        Cookie admin = mvc.perform(SecurityMockMvcRequestBuilders.formLogin().user("admin").password("demo"))
                .andReturn().getResponse().getCookie("SESSION");
        String page = mvc.perform(get("/admin/audit").cookie(admin)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Consent documented").doesNotContain("HEALTH_AND_SUBSTANCE_USE")
                .doesNotContain("category=");
        mvc.perform(post("/admin/audit/verification").with(csrf()).cookie(admin));
        mvc.perform(get("/api/v1/audit/verification").with(httpBasic("admin", "demo")));

        List<String> reviews = jdbc.sql("select action from audit_entry where actor_username = 'admin'"
                + " and subject_type = 'audit' order by id").query(String.class).list();
        assertThat(reviews).containsSubsequence("AUDIT_LOG_READ", "AUDIT_LOG_READ", "AUDIT_CHAIN_VERIFIED",
                "AUDIT_CHAIN_VERIFIED");
    }

    @Test
    void aFailedLoginStoresTheUsernameWithoutControlCharactersAndClipped() throws Exception {
        // NUL, which PostgreSQL refuses in text before it reaches the log, is the bad-input boundary's to strip.
        String typed = "mis\u0007typed\u001b[2J\r\nLOGIN SUCCEEDED admin " + "p4ssw0rd-typed-in-the-wrong-field".repeat(4);
        mvc.perform(SecurityMockMvcRequestBuilders.formLogin().user(typed).password("wrong"));
        String stored = jdbc.sql("select actor_username from audit_entry where action = 'LOGIN' and outcome = 'FAILED'"
                + " and actor_username like 'mis%typed%' order by id desc limit 1").query(String.class).single();
        assertThat(stored).doesNotContainPattern("\\p{Cntrl}").hasSizeLessThanOrEqualTo(60);
        assertThat(stored.toLowerCase()).startsWith("mistyped[2jlogin succeeded admin p4ssw0rd");
    }
}
