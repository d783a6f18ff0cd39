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
class MeetingHeldConcurrencyTests {

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
    void simultaneousRecordsDecisionsAndReadsAreAllAnsweredKeptAndAudited() throws Exception {
        PlanFixtures fixtures = new PlanFixtures(jdbc, clients, groups, consents);
        ClientId client = fixtures.clientInCustody("Concurrent Held Meetings Client", 80);
        jdbc.sql("update stage_transition set effective_on = :on where client_id = :id and from_stage is null")
                .param("on", LocalDate.now().minusDays(60)).param("id", client.value()).update();
        fixtures.join(client, "partner");
        fixtures.consent(client, "partner", DataCategory.BASIC_AND_CUSTODY, DataCategory.MEETING_MINUTES);
        String partner = "user:" + fixtures.actor("partner").userId();
        List<UUID> held = new ArrayList<>();
        for (int i = 0; i < WRITES; i++) {
            held.add(meetings.book(client, new BookMeeting(LocalDate.now().minusDays(1 + i), java.time.LocalTime.of(9, 0),
                    60, PlaceKind.PHONE, null, null, null, null, true, List.of(partner), null, null),
                    fixtures.actor("coordinator")));
        }
        long mark = jdbc.sql("select coalesce(max(id), 0) from audit_entry").query(Long.class).single();
        TestHttp http = new TestHttp(port);
        String base = "/api/v1/clients/" + client + "/meetings/";

        List<Callable<HttpResponse<String>>> records = new ArrayList<>();
        for (UUID meeting : held) {
            String json = MeetingHeldApiTests.holdJson(true, MeetingHeldApiTests.attended(partner, "ATTENDED", null),
                    "Minutes of " + meeting, null, 0);
            records.add(() -> http.sendJsonWithBasic("POST", base + meeting + "/held", json, "coordinator", "demo"));
            records.add(() -> http.getWithBasic(base + meeting + "/outcome", "partner", "demo"));
        }
        assertThat(Together.statuses(records)).as("status of every request").allMatch(s -> s == 200);
        assertThat(jdbc.sql("select count(*) from meeting_record r join meeting m on m.id = r.meeting_id "
                + "where m.client_id = :c").param("c", client.value()).query(Long.class).single())
                .as("each record kept once").isEqualTo(WRITES);
        assertThat(audited(mark, client, "MEETING_HELD")).as("each record audited").isEqualTo(WRITES);

        UUID first = held.get(0);
        List<Callable<HttpResponse<String>>> decisions = new ArrayList<>();
        for (int i = 0; i < WRITES; i++) {
            String json = "{\"text\": \"Decision " + i + "\"}";
            decisions.add(() -> http.sendJsonWithBasic("POST", base + first + "/decisions", json, "coordinator", "demo"));
            decisions.add(() -> http.getWithBasic(base + first + "/outcome", "partner", "demo"));
        }
        assertThat(Together.statuses(decisions)).as("every decision and read answered").allMatch(s -> s == 200 || s == 201);
        assertThat(jdbc.sql("select position from meeting_decision where meeting_id = :m order by position")
                .param("m", first).query(Integer.class).list()).as("each decision kept once, in order")
                .containsExactlyElementsOf(java.util.stream.IntStream.range(0, WRITES).boxed().toList());
        assertThat(audited(mark, client, "MEETING_DECIDED")).as("each decision audited").isEqualTo(WRITES);

        List<Callable<HttpResponse<String>>> corrections = new ArrayList<>();
        for (int i = 0; i < WRITES; i++) {
            String json = MeetingHeldApiTests.holdJson(false, "", null, "Correction " + i, 1);
            corrections.add(() -> http.sendJsonWithBasic("POST", base + held.get(1) + "/held", json, "coordinator",
                    "demo"));
        }
        List<Integer> statuses = Together.statuses(corrections);
        assertThat(statuses.stream().filter(s -> s == 200).count()).as("one correction wins").isEqualTo(1);
        assertThat(statuses.stream().filter(s -> s == 409).count()).as("the others conflict").isEqualTo(WRITES - 1);
        assertThat(jdbc.sql("select max(revision) from meeting_record where meeting_id = :m").param("m", held.get(1))
                .query(Integer.class).single()).isEqualTo(2);
    }

    private long audited(long mark, ClientId client, String action) {
        return jdbc.sql("""
                        select count(*) from audit_entry where id > :mark and subject_id = :client
                        and action = :action and outcome = 'SUCCEEDED'""")
                .param("mark", mark).param("client", client.toString()).param("action", action)
                .query(Long.class).single();
    }
}
