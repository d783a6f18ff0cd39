package org.throughcare;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.throughcare.audit.AuditLog;
import org.throughcare.audit.AuditSequencer;
import org.throughcare.audit.ChainVerification;
import org.throughcare.client.ClientManagement;
import org.throughcare.client.Gender;
import org.throughcare.client.RegisterClient;
import org.throughcare.client.TestNumbers;
import org.throughcare.shared.Actor;
import org.throughcare.shared.ClientId;

/**
 * The application on real ports under a burst of simultaneous requests, with the default connection pool
 * and bulkhead size: every request answered, every one audited exactly once, one chain that verifies —
 * also with a second node on the same database. The bulkhead's wait is raised so that a slow, shared build
 * machine queues the burst rather than answers 503; what is asserted is correctness, never a timing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "throughcare.bulkhead.max-wait=60s")
class ConcurrentLoadTests {

    private static final int READS_PER_READER = 32;
    private static final int WRITES = 16;

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ClientManagement clients;
    @Autowired
    AuditLog audit;
    @Autowired
    AuditSequencer sequencer;

    record Read(String username, UUID client, boolean page) {
    }

    @Test
    void aBurstOfSimultaneousReadsAndWritesIsAnsweredAuditedOnceEachAndSealedIntoOneChain() throws Exception {
        TestHttp http = new TestHttp(port);
        List<UUID> readable = jdbc.sql("""
                        select c.id from client c join app_user u on u.id = c.coordinator_id
                        where u.username = 'coordinator' order by c.id limit :n""")
                .param("n", READS_PER_READER).query(UUID.class).list();
        assertThat(readable).hasSize(READS_PER_READER);
        List<Read> reads = new ArrayList<>();
        for (String reader : List.of("coordinator", "manager")) {
            for (int i = 0; i < readable.size(); i++) {
                reads.add(new Read(reader, readable.get(i), i % 2 == 0));
            }
        }
        // One session per simultaneous read: 64 signed-in browsers.
        List<String> sessions = new ArrayList<>();
        for (Read read : reads) {
            sessions.add(http.signIn(read.username(), "demo"));
        }
        List<UUID> written = new ArrayList<>();
        for (int i = 0; i < WRITES; i++) {
            written.add(referredClient("Burst Write " + i));
        }
        long mark = lastEntryId();

        List<Callable<HttpResponse<String>>> requests = new ArrayList<>();
        for (int i = 0; i < reads.size(); i++) {
            Read read = reads.get(i);
            String session = sessions.get(i);
            requests.add(() -> http.getWithSession((read.page() ? "/clients/" : "/api/v1/clients/") + read.client(),
                    session));
        }
        for (UUID client : written) {
            requests.add(() -> http.sendJsonWithBasic("PUT", "/api/v1/clients/" + client + "/custody",
                    custody(version(client)), "coordinator", "demo"));
        }
        assertThat(Together.statuses(requests)).as("status of every request").containsOnly(200);

        for (Read read : reads) {
            assertEachDecisionOnce(mark, read.client(), read.username(), "READ");
        }
        for (UUID client : written) {
            assertEachDecisionOnce(mark, client, "coordinator", "RECORD_CUSTODY");
            assertThat(entries(mark, client, "coordinator")).containsEntry("CUSTODY_RECORDED SUCCEEDED null", 1L);
        }
        assertSealedIntoOneChain(mark);
    }

    @Test
    void twoNodesOnOneDatabaseServeTheSameSessionsAndKeepOneChain() throws Exception {
        try (ConfigurableApplicationContext nodeB = new SpringApplicationBuilder(ThroughcareApplication.class)
                .run("--server.port=0", "--throughcare.bulkhead.max-wait=60s")) {
            TestHttp a = new TestHttp(port);
            TestHttp b = new TestHttp(Integer.parseInt(nodeB.getEnvironment().getProperty("local.server.port")));
            UUID someClient = jdbc.sql("""
                            select c.id from client c join app_user u on u.id = c.coordinator_id
                            where u.username = 'coordinator' order by c.id limit 1""").query(UUID.class).single();
            String signedInOnA = a.signIn("coordinator", "demo");
            assertThat(b.getWithSession("/api/v1/clients/" + someClient, signedInOnA).statusCode())
                    .as("the session made on node A, used on node B").isEqualTo(200);

            List<UUID> readable = jdbc.sql("""
                            select c.id from client c join app_user u on u.id = c.coordinator_id
                            where u.username = 'coordinator' order by c.id limit 16""").query(UUID.class).list();
            List<String> sessions = new ArrayList<>();
            for (int i = 0; i < readable.size(); i++) {
                sessions.add(a.signIn("manager", "demo"));
            }
            List<UUID> written = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                written.add(referredClient("Two Nodes " + i));
            }
            long mark = lastEntryId();
            List<Callable<HttpResponse<String>>> requests = new ArrayList<>();
            for (int i = 0; i < readable.size(); i++) {
                TestHttp node = i % 2 == 0 ? a : b;
                String path = "/api/v1/clients/" + readable.get(i);
                String session = sessions.get(i);
                requests.add(() -> node.getWithSession(path, session));
            }
            for (int i = 0; i < written.size(); i++) {
                TestHttp node = i % 2 == 0 ? b : a;
                UUID client = written.get(i);
                requests.add(() -> node.sendJsonWithBasic("PUT", "/api/v1/clients/" + client + "/custody",
                        custody(version(client)), "coordinator", "demo"));
            }
            assertThat(Together.statuses(requests)).as("status of every request").containsOnly(200);
            for (UUID client : readable) {
                assertEachDecisionOnce(mark, client, "manager", "READ");
            }
            for (UUID client : written) {
                assertThat(entries(mark, client, "coordinator")).containsEntry("CUSTODY_RECORDED SUCCEEDED null", 1L);
            }
            nodeB.getBean(AuditSequencer.class).sealWaiting();
            assertSealedIntoOneChain(mark);
        }
    }


    /** Every decision of this request about this client (action, outcome, category) is in the log once. */
    private void assertEachDecisionOnce(long mark, UUID client, String username, String action) {
        Map<String, Long> decisions = entries(mark, client, username);
        assertThat(decisions).as("decisions for %s on %s", username, client)
                .containsKey(action + " ALLOWED category=BASIC_AND_CUSTODY; ground="
                        + (username.equals("manager") ? "OFFICE_MANAGER" : "CLIENT_COORDINATOR"));
        assertThat(decisions.values()).as("each decision once").containsOnly(1L);
    }

    private Map<String, Long> entries(long mark, UUID client, String username) {
        Map<String, Long> counts = new java.util.TreeMap<>();
        jdbc.sql("""
                        select action, outcome, details, count(*) from audit_entry
                        where id > :mark and subject_type = 'client' and subject_id = :client and actor_username = :u
                          and coalesce(purpose, '') <> 'notice disclosure'
                        group by action, outcome, details""")
                .param("mark", mark).param("client", client.toString()).param("u", username)
                .query(rs -> {
                    counts.put(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3), rs.getLong(4));
                });
        return counts;
    }

    private void assertSealedIntoOneChain(long mark) {
        sequencer.sealWaiting();
        assertThat(jdbc.sql("""
                        select count(*) from audit_entry e where e.id > :mark
                        and not exists (select 1 from audit_seal s where s.entry_id = e.id)""")
                .param("mark", mark).query(Long.class).single()).as("entries left unsealed").isZero();
        assertThat(jdbc.sql("select count(*) = max(sequence) and count(distinct entry_id) = count(*) from audit_seal")
                .query(Boolean.class).single()).as("no sequence skipped or doubled").isTrue();
        ChainVerification verification = audit.verifyChain();
        assertThat(verification.intact()).as(verification.toString()).isTrue();
    }

    private long lastEntryId() {
        return jdbc.sql("select coalesce(max(id), 0) from audit_entry").query(Long.class).single();
    }

    private UUID referredClient(String name) {
        Actor coordinator = TestActors.actor(jdbc, "coordinator");
        LocalDate born = LocalDate.of(1980, 1 + name.length() % 12, 1 + Math.abs(name.hashCode()) % 28);
        ClientId id = clients.register(new RegisterClient(name, "SE", TestNumbers.personnummer(born), born,
                Gender.MALE, "svenska", false, "2480", coordinator.unitId().value(), coordinator.userId().value()),
                coordinator);
        return id.value();
    }

    private long version(UUID client) {
        return jdbc.sql("select version from client where id = :id").param("id", client).query(Long.class).single();
    }

    private String custody(long version) {
        LocalDate release = LocalDate.now().plusDays(120);
        return """
                {"institutionId": "%s", "sentenceStart": "%s", "sentenceLengthMonths": 24,
                 "conditionalReleaseDate": "%s", "sentenceExpiry": "%s", "supervisionEnd": "%s", "riskLevel": "HIGH",
                 "riskInstrument": "LS/CMI", "riskAssessedOn": "%s", "mainOffence": "NARCOTICS", "version": %d}"""
                .formatted(TestActors.organisation(jdbc, "Anstalten Umeå"), release.minusMonths(16), release,
                        release.plusMonths(9), release.plusYears(1), LocalDate.now().minusDays(10), version);
    }
}
