package org.throughcare.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.throughcare.TestHttp;
import org.throughcare.Together;
import org.throughcare.client.ClientManagement;
import org.throughcare.directory.SaveService;
import org.throughcare.directory.ServiceManagement;
import org.throughcare.directory.ServiceStatus;
import org.throughcare.group.ConsentManagement;
import org.throughcare.group.GroupManagement;
import org.throughcare.identity.IdentityManagement;
import org.throughcare.plan.PlanFixtures;
import org.throughcare.shared.ClientId;
import org.throughcare.shared.DataCategory;
import org.throughcare.shared.NeedArea;

/**
 * Dozens of the service's staff reading its queue at once while its capacity is told by several at once: every
 * read answered and audited once per client and category it showed; of the capacity changes made on one version,
 * exactly one is kept and audited, the others told they are stale.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "throughcare.bulkhead.max-wait=60s")
class ReferralQueueConcurrencyTests {

    private static final int READS = 24;
    private static final int CLIENTS = 3;
    private static final int CAPACITY_CHANGES = 8;

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;
    @Autowired
    ClientManagement clients;
    @Autowired
    GroupManagement groups;
    @Autowired
    ConsentManagement consents;
    @Autowired
    IdentityManagement identity;
    @Autowired
    ServiceManagement services;

    @Test
    void simultaneousQueueReadsAreAllAnsweredAndAuditedAndOneOfSimultaneousCapacityChangesIsKept() throws Exception {
        PlanFixtures fixtures = new PlanFixtures(jdbc, clients, groups, consents);
        ReferralFixtures referralFixtures = new ReferralFixtures(jdbc, identity);
        ReferralRows rows = new ReferralRows(jdbc, clock, fixtures.actor("coordinator").userId().value());
        UUID organisation = referralFixtures.organisation("Beroendemottagningen Umeå");
        UUID service = services.createService(fixtures.actor("admin"), new SaveService(organisation,
                "Samtidig kö " + UUID.randomUUID(), null, ServiceStatus.ACTIVE, null, List.of(NeedArea.SUBSTANCE_USE),
                List.of("2480"), List.of("sv"), null, null, false, null, null, null, null));
        List<ClientId> waiting = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            ClientId client = fixtures.clientInCustody("Concurrent Queue Client " + i, 60);
            fixtures.consent(client, "addiction", DataCategory.BASIC_AND_CUSTODY,
                    DataCategory.HEALTH_AND_SUBSTANCE_USE);
            rows.add(client, service, organisation, 10 + i, ReferralStatus.SENT, null);
            waiting.add(client);
        }
        TestHttp http = new TestHttp(port);
        String session = http.signIn("addiction", "demo");
        String csrf = http.csrfToken(session);
        long mark = jdbc.sql("select coalesce(max(id), 0) from audit_entry").query(Long.class).single();
        long version = services.service(service).version();

        List<Callable<HttpResponse<String>>> reads = new ArrayList<>();
        for (int i = 0; i < READS; i++) {
            reads.add(() -> http.getWithSession("/referrals/queue", session));
        }
        List<Callable<HttpResponse<String>>> changes = new ArrayList<>();
        for (int i = 0; i < CAPACITY_CHANGES; i++) {
            String json = "{\"available\": " + i + ", \"maximum\": 10, \"unit\": \"platser\", \"version\": " + version + "}";
            changes.add(() -> http.sendJsonWithSession("PUT", "/api/v1/services/" + service + "/capacity", json,
                    session, csrf));
        }
        List<Callable<HttpResponse<String>>> all = new ArrayList<>(reads);
        all.addAll(changes);
        List<HttpResponse<String>> answers = Together.call(all);

        List<HttpResponse<String>> readAnswers = answers.subList(0, READS);
        assertThat(readAnswers).extracting(HttpResponse::statusCode).as("every read answered").allMatch(s -> s == 200);
        assertThat(readAnswers).allSatisfy(a -> waiting.forEach(c -> assertThat(a.body())
                .contains("Concurrent Queue Client " + waiting.indexOf(c))));
        List<Integer> changeStatuses = answers.subList(READS, answers.size()).stream().map(HttpResponse::statusCode)
                .toList();
        assertThat(changeStatuses).as("one change kept, the others stale").containsOnly(200, 409)
                .filteredOn(s -> s == 200).hasSize(1);

        for (ClientId client : waiting) {
            long audited = jdbc.sql("""
                    select count(*) from audit_entry where id > :mark and subject_id = :client and outcome = 'ALLOWED'
                    and purpose = 'referral queue' and actor_username = 'addiction'""")
                    .param("mark", mark).param("client", client.toString()).query(Long.class).single();
            assertThat(audited).as("each read audited for the client's basic facts and health category")
                    .isEqualTo(READS * 2L);
        }
        assertThat(jdbc.sql("""
                select count(*) from audit_entry where id > :mark and action = 'SERVICE_CAPACITY_CHANGED'
                and subject_id = :service""").param("mark", mark).param("service", service.toString())
                .query(Long.class).single()).as("the kept change audited once").isEqualTo(1);
        assertThat(services.service(service).version()).isEqualTo(version + 1);
    }
}
