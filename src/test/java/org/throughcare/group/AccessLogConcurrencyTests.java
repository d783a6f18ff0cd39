package org.throughcare.group;

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
import org.throughcare.Together;
import org.throughcare.TestHttp;

/**
 * Dozens of simultaneous readings of access logs, filtered and paged, on the page and through the API: every
 * one answered, and every one recorded in the log it read exactly once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "throughcare.bulkhead.max-wait=60s")
class AccessLogConcurrencyTests {

    private static final int CLIENTS = 24;

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void simultaneousFilteredReadingsAreAllAnsweredAndEachRecordedOnce() throws Exception {
        TestHttp http = new TestHttp(port);
        List<UUID> clients = jdbc.sql("""
                        select c.id from client c join app_user u on u.id = c.coordinator_id
                        where u.username = 'coordinator' order by c.id limit :n""")
                .param("n", CLIENTS).query(UUID.class).list();
        assertThat(clients).hasSize(CLIENTS);
        String today = LocalDate.now().toString();
        List<String> filters = List.of("?outcome=allowed", "?category=BASIC_AND_CUSTODY&from=2026-01-01",
                "?to=" + today + "&page=2", "?outcome=refused&category=PLAN_AND_MEASURES");
        List<String> sessions = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            sessions.add(http.signIn(i % 2 == 0 ? "coordinator" : "manager", "demo"));
        }
        long mark = jdbc.sql("select coalesce(max(id), 0) from audit_entry").query(Long.class).single();

        List<Callable<HttpResponse<String>>> requests = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            String filter = filters.get(i % filters.size());
            String session = sessions.get(i);
            UUID client = clients.get(i);
            String reader = i % 2 == 0 ? "coordinator" : "manager";
            requests.add(i % 3 == 0
                    ? () -> http.getWithBasic("/api/v1/clients/" + client + "/access-log" + filter, reader, "demo")
                    : () -> http.getWithSession("/clients/" + client + "/access-log" + filter, session));
        }
        assertThat(Together.statuses(requests)).as("status of every reading").containsOnly(200);

        for (int i = 0; i < CLIENTS; i++) {
            String reader = i % 2 == 0 ? "coordinator" : "manager";
            long recorded = jdbc.sql("""
                            select count(*) from audit_entry where id > :mark and subject_id = :client
                            and actor_username = :reader and purpose = 'access log' and outcome = 'ALLOWED'""")
                    .param("mark", mark).param("client", clients.get(i).toString()).param("reader", reader)
                    .query(Long.class).single();
            assertThat(recorded).as("readings of client %d's log recorded", i).isEqualTo(1);
        }
    }

}
