package org.throughcare.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
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
import org.throughcare.group.ConsentManagement;
import org.throughcare.group.GroupManagement;
import org.throughcare.identity.IdentityManagement;
import org.throughcare.plan.PlanFixtures;
import org.throughcare.shared.ClientId;
import org.throughcare.shared.DataCategory;
import org.throughcare.shared.NeedArea;

/**
 * Dozens of referrals sent while the service and the coordinator read them: every request answered, each referral
 * kept and audited once, each read audited; and the service accepting while the coordinator cancels, on the same
 * version: exactly one wins, the other gets 409 and changes nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "throughcare.bulkhead.max-wait=60s")
class ReferralConcurrencyTests {

    private static final int WRITES = 16;

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ClientManagement clients;
    @Autowired
    GroupManagement groups;
    @Autowired
    ConsentManagement consents;
    @Autowired
    IdentityManagement identity;
    @Autowired
    ReferralManagement referrals;

    @Test
    void simultaneousReferralsAndReadsAreAllAnsweredKeptAndAudited() throws Exception {
        PlanFixtures fixtures = new PlanFixtures(jdbc, clients, groups, consents);
        ReferralFixtures services = new ReferralFixtures(jdbc, identity);
        ClientId client = fixtures.clientInCustody("Concurrent Referrals Client", 80);
        fixtures.consent(client, "addiction", DataCategory.BASIC_AND_CUSTODY, DataCategory.HEALTH_AND_SUBSTANCE_USE);
        UUID first = send(client, services);
        long mark = jdbc.sql("select coalesce(max(id), 0) from audit_entry").query(Long.class).single();
        TestHttp http = new TestHttp(port);
        String json = ReferralFixtures.sendJson(services.addictionUmea(), "SUBSTANCE_USE", null, null);
        List<Callable<HttpResponse<String>>> requests = new ArrayList<>();
        for (int i = 0; i < WRITES; i++) {
            requests.add(() -> http.sendJsonWithBasic("POST", "/api/v1/clients/" + client + "/referrals", json,
                    "coordinator", "demo"));
            requests.add(() -> http.getWithBasic("/api/v1/referrals/" + first, "addiction", "demo"));
            requests.add(() -> http.getWithBasic("/api/v1/clients/" + client + "/referrals", "coordinator", "demo"));
        }
        assertThat(Together.statuses(requests)).as("status of every request").allMatch(s -> s == 200 || s == 201);
        assertThat(services.referrals(client)).as("each referral kept once").isEqualTo(WRITES + 1);
        assertThat(count("""
                select count(*) from audit_entry where id > :mark and subject_id = :client
                and action = 'REFERRAL_SENT' and outcome = 'SUCCEEDED'""", mark, client))
                .as("each referral audited").isEqualTo(WRITES);
        assertThat(count("""
                select count(*) from audit_entry where id > :mark and subject_id = :client
                and actor_username = 'addiction' and outcome = 'ALLOWED' and purpose = 'referral'
                and details like 'category=HEALTH_AND_SUBSTANCE_USE%'""", mark, client))
                .as("each read by the service audited").isEqualTo(WRITES);
    }

    @Test
    void acceptAndCancelAtOnceExactlyOneWins() throws Exception {
        PlanFixtures fixtures = new PlanFixtures(jdbc, clients, groups, consents);
        ReferralFixtures services = new ReferralFixtures(jdbc, identity);
        ClientId client = fixtures.clientInCustody("Accept Or Cancel Client", 80);
        fixtures.consent(client, "addiction", DataCategory.BASIC_AND_CUSTODY, DataCategory.HEALTH_AND_SUBSTANCE_USE);
        TestHttp http = new TestHttp(port);
        for (int round = 0; round < 8; round++) {
            UUID referral = send(client, services);
            String base = "/api/v1/referrals/" + referral + "/transitions";
            List<Integer> statuses = Together.statuses(List.of(
                    () -> http.sendJsonWithBasic("POST", base, "{\"to\": \"ACCEPTED\", \"version\": 0}", "addiction",
                            "demo"),
                    () -> http.sendJsonWithBasic("POST", base, "{\"to\": \"CANCELLED\", \"reason\": \"Moved away\", "
                            + "\"version\": 0}", "coordinator", "demo")));
            assertThat(statuses).as("round %d: one wins, the other conflicts", round)
                    .containsExactlyInAnyOrder(200, 409);
            String status = jdbc.sql("select status from referral where id = :id").param("id", referral)
                    .query(String.class).single();
            assertThat(status).isEqualTo(statuses.get(0) == 200 ? "ACCEPTED" : "CANCELLED");
            assertThat(jdbc.sql("select count(*) from referral_change where referral_id = :id")
                    .param("id", referral).query(Long.class).single()).as("sent and the one change").isEqualTo(2);
            assertThat(jdbc.sql("select count(*) from group_member_proposal where source = :s")
                    .param("s", "referral:" + referral).query(Long.class).single())
                    .as("a proposed member only if accepted").isEqualTo(status.equals("ACCEPTED") ? 1 : 0);
        }
    }

    private UUID send(ClientId client, ReferralFixtures services) {
        return referrals.send(client, new SendReferral(services.addictionUmea(), NeedArea.SUBSTANCE_USE,
                "Relapse risk", Urgency.URGENT, null, List.of("Drug-free"), null, null),
                org.throughcare.TestActors.actor(jdbc, "coordinator"));
    }

    private long count(String sql, long mark, ClientId client) {
        return jdbc.sql(sql).param("mark", mark).param("client", client.toString()).query(Long.class).single();
    }
}
