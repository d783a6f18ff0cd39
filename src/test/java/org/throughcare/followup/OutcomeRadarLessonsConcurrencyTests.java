package org.throughcare.followup;

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
import org.throughcare.TestActors;
import org.throughcare.TestHttp;
import org.throughcare.Together;
import org.throughcare.client.ClientLifecycle;
import org.throughcare.client.ClientManagement;
import org.throughcare.group.ConsentManagement;
import org.throughcare.group.GroupManagement;
import org.throughcare.shared.ClientId;
import org.throughcare.shared.DataCategory;

/**
 * Dozens of simultaneous outcome forms, lessons and radar reads: every request answered, every form and entry kept
 * once and audited once, every read audited; and the same point sent many times at once: exactly one is kept.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "throughcare.bulkhead.max-wait=60s")
class OutcomeRadarLessonsConcurrencyTests {

    private static final int WRITES = 16;

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ClientManagement clients;
    @Autowired
    ClientLifecycle lifecycle;
    @Autowired
    GroupManagement groups;
    @Autowired
    ConsentManagement consents;

    @Test
    void simultaneousFormsLessonsAndReadsAreAllAnsweredKeptOnceAndAudited() throws Exception {
        OutcomeFixtures fixtures = new OutcomeFixtures(jdbc, clients, lifecycle, groups, consents);
        LocalDate today = LocalDate.now();
        List<ClientId> released = new ArrayList<>();
        for (int i = 0; i < WRITES; i++) {
            ClientId client = fixtures.released("Concurrent Outcome " + i, today.minusDays(10 + i));
            released.add(client);
        }
        fixtures.plan.join(released.get(0), "partner");
        fixtures.plan.consent(released.get(0), "partner", DataCategory.BASIC_AND_CUSTODY);
        UUID office = TestActors.actor(jdbc, "manager").unitId().value();
        String tag = "c" + UUID.randomUUID().toString().substring(0, 8);
        long mark = jdbc.sql("select coalesce(max(id), 0) from audit_entry").query(Long.class).single();
        TestHttp http = new TestHttp(port);
        String lessons = "/api/v1/followup/offices/" + office + "/lessons";

        List<Callable<HttpResponse<String>>> requests = new ArrayList<>();
        for (int i = 0; i < WRITES; i++) {
            String path = "/api/v1/clients/" + released.get(i) + "/outcomes";
            String form = OutcomeApiTests.form("RELEASE", today);
            requests.add(() -> http.sendJsonWithBasic("POST", path, form, "coordinator", "demo"));
            String entry = LessonsTests.entry("LESSON", today, "Concurrent lesson " + i, null, null, tag, null);
            requests.add(() -> http.sendJsonWithBasic("POST", lessons, entry, "coordinator", "demo"));
            if (i % 2 == 0) {
                requests.add(() -> http.getWithBasic("/api/v1/clients/" + released.get(0) + "/outcomes", "partner",
                        "demo"));
                requests.add(() -> http.getWithBasic(lessons + "?tag=" + tag, "partner", "demo"));
                requests.add(() -> http.getWithBasic("/api/v1/followup/radar", "manager", "demo"));
            }
        }
        assertThat(Together.statuses(requests)).as("status of every request").allMatch(s -> s == 200 || s == 201);
        for (ClientId client : released) {
            assertThat(jdbc.sql("select count(*) from outcome_form where client_id = :c").param("c", client.value())
                    .query(Long.class).single()).as("each form kept once").isEqualTo(1);
        }
        assertThat(count(mark, "OUTCOME_RECORDED", "client", null)).as("each form audited").isEqualTo(WRITES);
        assertThat(jdbc.sql("select count(*) from lesson_entry where tags like :t").param("t", "%," + tag + ",%")
                .query(Long.class).single()).as("each lesson kept once").isEqualTo(WRITES);
        assertThat(count(mark, "LESSON_WRITTEN", "lessons", null)).as("each lesson audited").isEqualTo(WRITES);
        assertThat(count(mark, "READ", "lessons", "partner")).as("each read of the log audited").isEqualTo(WRITES / 2);
        assertThat(jdbc.sql("""
                        select count(*) from audit_entry where id > :mark and subject_id = :c and actor_username = 'partner'
                          and outcome = 'ALLOWED' and purpose = 'outcomes'""")
                .param("mark", mark).param("c", released.get(0).toString()).query(Long.class).single())
                .as("each read of the outcomes audited").isEqualTo(WRITES / 2);

        // The same point of one client sent many times at once: one is kept, the others refused at the field.
        ClientId client = fixtures.released("Concurrent Same Point", today.minusDays(3));
        List<Callable<HttpResponse<String>>> same = new ArrayList<>();
        for (int i = 0; i < WRITES; i++) {
            same.add(() -> http.sendJsonWithBasic("POST", "/api/v1/clients/" + client + "/outcomes",
                    OutcomeApiTests.form("RELEASE", today), "coordinator", "demo"));
        }
        List<Integer> statuses = Together.statuses(same);
        assertThat(statuses.stream().filter(s -> s == 201).count()).as("one form wins").isEqualTo(1);
        assertThat(statuses.stream().filter(s -> s == 400).count()).as("the others refused").isEqualTo(WRITES - 1);
        assertThat(jdbc.sql("select count(*) from outcome_form where client_id = :c").param("c", client.value())
                .query(Long.class).single()).isEqualTo(1);
    }

    private long count(long mark, String action, String subjectType, String username) {
        return jdbc.sql("select count(*) from audit_entry where id > :mark and action = :a and subject_type = :t"
                        + (username == null ? "" : " and actor_username = :u"))
                .param("mark", mark).param("a", action).param("t", subjectType)
                .params(username == null ? java.util.Map.of() : java.util.Map.of("u", username))
                .query(Long.class).single();
    }
}
