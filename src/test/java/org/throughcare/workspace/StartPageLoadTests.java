package org.throughcare.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.throughcare.Together;
import org.throughcare.TestActors;
import org.throughcare.TestHttp;
import org.throughcare.audit.AuditLog;
import org.throughcare.audit.AuditSequencer;
import org.throughcare.audit.ChainVerification;

/**
 * Start pages and filtered caseloads of every role, all at once on real ports (the bulkhead's wait raised so
 * that a busy build machine queues the burst rather than answers 503): every request answered, every client
 * a caseload showed audited as listed for its reader, and the audit log one chain that verifies.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "throughcare.bulkhead.max-wait=60s")
class StartPageLoadTests {

    private static final int SESSIONS_PER_ROLE = 3;
    private static final Pattern CLIENT_LINK = Pattern.compile("href=\"/clients/([0-9a-f-]{36})\"");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AuditLog audit;
    @Autowired
    AuditSequencer sequencer;

    record Request(String username, String path) {
    }

    @Test
    void everyRolesStartPageAndFilteredCaseloadAtOnceAreAnsweredAndAudited() throws Exception {
        String karin = TestActors.actor(jdbc, "coordinator").userId().toString();
        Map<String, List<String>> pages = Map.of(
                "coordinator", List.of("/", "/clients", "/clients?flag=NO_FIRST_NIGHT",
                        "/clients?flag=CONSENT_MISSING&stage=all", "/clients?sort=name&dir=desc&stage=ended"),
                "manager", List.of("/", "/clients?scope=office", "/clients?scope=office&flag=NO_OWNER",
                        "/clients?scope=office&coordinator=" + karin, "/clients?scope=office&flag=RELEASE_PASSED"),
                "partner", List.of("/", "/clients", "/measures"),
                "prison", List.of("/", "/clients?sort=release"),
                "analyst", List.of("/"),
                "admin", List.of("/"));
        TestHttp http = new TestHttp(port);
        List<Request> requests = new ArrayList<>();
        List<String> sessions = new ArrayList<>();
        for (var role : pages.entrySet()) {
            for (int s = 0; s < SESSIONS_PER_ROLE; s++) {
                String session = http.signIn(role.getKey(), "demo");
                for (String path : role.getValue()) {
                    requests.add(new Request(role.getKey(), path));
                    sessions.add(session);
                }
            }
        }
        assertThat(requests).as("dozens at once").hasSizeGreaterThan(50);
        long mark = jdbc.sql("select coalesce(max(id), 0) from audit_entry").query(Long.class).single();

        List<Callable<HttpResponse<String>>> calls = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            String path = requests.get(i).path();
            String session = sessions.get(i);
            calls.add(() -> http.getWithSession(path, session));
        }
        List<HttpResponse<String>> answers = Together.call(calls);

        int linesChecked = 0;
        for (int i = 0; i < answers.size(); i++) {
            Request request = requests.get(i);
            HttpResponse<String> answer = answers.get(i);
            assertThat(answer.statusCode()).as("%s GET %s", request.username(), request.path()).isEqualTo(200);
            if (!request.path().startsWith("/clients")) {
                continue;
            }
            Set<UUID> shown = new LinkedHashSet<>();
            Matcher m = CLIENT_LINK.matcher(answer.body());
            while (m.find()) {
                shown.add(UUID.fromString(m.group(1)));
            }
            for (UUID client : shown) {
                assertThat(listed(mark, request.username(), client)).as("%s was shown %s on %s and it is audited",
                        request.username(), client, request.path()).isTrue();
                linesChecked++;
            }
        }
        assertThat(linesChecked).as("the caseloads showed clients").isGreaterThan(20);
        sequencer.sealWaiting();
        assertThat(jdbc.sql("""
                        select count(*) from audit_entry e where e.id > :mark
                        and not exists (select 1 from audit_seal s where s.entry_id = e.id)""")
                .param("mark", mark).query(Long.class).single()).as("entries left unsealed").isZero();
        ChainVerification verification = audit.verifyChain();
        assertThat(verification.intact()).as(verification.toString()).isTrue();
    }

    private boolean listed(long mark, String username, UUID client) {
        return jdbc.sql("""
                        select count(*) from audit_entry where id > :mark and actor_username = :u
                        and subject_type = 'client' and subject_id = :c and outcome = 'ALLOWED'
                        and details like 'category=BASIC_AND_CUSTODY;%'""")
                .param("mark", mark).param("u", username).param("c", client.toString())
                .query(Long.class).single() > 0;
    }

}
