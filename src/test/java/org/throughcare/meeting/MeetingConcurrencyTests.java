package org.throughcare.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
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
import org.throughcare.plan.PlanFixtures;
import org.throughcare.shared.ClientId;
import org.throughcare.shared.DataCategory;

/**
 * Dozens of simultaneous bookings while an invited member reads the client's meetings and their own: every request
 * answered, every meeting kept once and audited once, every read audited; and simultaneous moves of one meeting from
 * the same version: exactly one wins, the others are told of the conflict and change nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "throughcare.bulkhead.max-wait=60s")
class MeetingConcurrencyTests {

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
    MeetingManagement meetings;

    @Test
    void simultaneousBookingsAndReadsAreAllAnsweredKeptAndAudited() throws Exception {
        PlanFixtures fixtures = new PlanFixtures(jdbc, clients, groups, consents);
        ClientId client = fixtures.clientInCustody("Concurrent Meetings Client", 80);
        fixtures.join(client, "partner");
        fixtures.consent(client, "partner", DataCategory.BASIC_AND_CUSTODY, DataCategory.MEETING_MINUTES);
        String partner = "user:" + fixtures.actor("partner").userId();
        long mark = jdbc.sql("select coalesce(max(id), 0) from audit_entry").query(Long.class).single();
        TestHttp http = new TestHttp(port);
        String base = "/api/v1/clients/" + client + "/meetings";

        List<Callable<HttpResponse<String>>> requests = new ArrayList<>();
        for (int i = 0; i < WRITES; i++) {
            String json = MeetingApiTests.meetingJson(LocalDate.now().plusDays(1 + i), "10:00", 60, "INSTITUTION",
                    null, null, "\"" + partner + "\"", null);
            requests.add(() -> http.sendJsonWithBasic("POST", base, json, "coordinator", "demo"));
            if (i % 2 == 0) {
                requests.add(() -> http.getWithBasic(base, "partner", "demo"));
                requests.add(() -> http.getWithBasic("/api/v1/meetings", "partner", "demo"));
            }
        }
        assertThat(Together.statuses(requests)).as("status of every request").allMatch(s -> s == 200 || s == 201);
        assertThat(jdbc.sql("select count(*) from meeting where client_id = :c").param("c", client.value())
                .query(Long.class).single()).as("each booking kept once").isEqualTo(WRITES);
        assertThat(audited(mark, client, "MEETING_BOOKED", "SUCCEEDED")).as("each booking audited").isEqualTo(WRITES);
        assertThat(jdbc.sql("""
                        select count(*) from audit_entry where id > :mark and subject_id = :client
                        and actor_username = 'partner' and outcome = 'ALLOWED' and purpose = 'client meetings'""")
                .param("mark", mark).param("client", client.toString()).query(Long.class).single())
                .as("each read of the client's meetings audited").isEqualTo(WRITES / 2);

        UUID meeting = jdbc.sql("select id from meeting where client_id = :c order by starts_on fetch first 1 rows only")
                .param("c", client.value()).query(UUID.class).single();
        List<Callable<HttpResponse<String>>> moves = new ArrayList<>();
        for (int i = 0; i < WRITES; i++) {
            String json = MeetingApiTests.meetingJson(LocalDate.now().plusDays(30 + i), "11:00", 60, "PHONE", null,
                    null, "\"" + partner + "\"", 0L);
            moves.add(() -> http.sendJsonWithBasic("PUT", base + "/" + meeting, json, "coordinator", "demo"));
        }
        List<Integer> statuses = Together.statuses(moves);
        assertThat(statuses.stream().filter(s -> s == 200).count()).as("one move wins").isEqualTo(1);
        assertThat(statuses.stream().filter(s -> s == 409).count()).as("the others conflict").isEqualTo(WRITES - 1);
        assertThat(jdbc.sql("select count(*) from meeting_change where meeting_id = :m and kind = 'RESCHEDULED'")
                .param("m", meeting).query(Long.class).single()).as("one move in the history").isEqualTo(1);
        assertThat(jdbc.sql("select version from meeting where id = :m").param("m", meeting).query(Long.class).single())
                .isEqualTo(1);
    }

    private long audited(long mark, ClientId client, String action, String outcome) {
        return jdbc.sql("""
                        select count(*) from audit_entry where id > :mark and subject_id = :client
                        and action = :action and outcome = :outcome""")
                .param("mark", mark).param("client", client.toString()).param("action", action)
                .param("outcome", outcome).query(Long.class).single();
    }
}
