package org.throughcare.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.throughcare.TestHttp;
import org.throughcare.Together;

/**
 * Dozens of simultaneous follow-up requests — the page, the JSON, the CSV and the XLSX, by the analyst and a
 * manager — every one answered, and every one in the audit log once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "throughcare.bulkhead.max-wait=60s")
class FigureConcurrencyTests {

    private static final int REQUESTS = 24;

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void simultaneousFigureRequestsAreAllAnsweredAndEachAudited() throws Exception {
        // A national cohort covers every client of the suite's database, and the first request works out their
        // facts while the others wait for it: a generous timeout, as what is asserted is that all are answered.
        TestHttp http = new TestHttp(port, java.time.Duration.ofMinutes(5));
        String analyst = http.signIn("analyst", "demo");
        String manager = http.signIn("manager", "demo");
        long mark = jdbc.sql("select coalesce(max(id), 0) from audit_entry").query(Long.class).single();
        List<String> paths = List.of("/followup", "/api/v1/followup/figures?basis=ENROLMENT",
                "/api/v1/followup/figures.csv?from=2026-01-01&to=2026-11-01", "/api/v1/followup/figures.xlsx");
        List<Callable<HttpResponse<String>>> requests = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            String path = paths.get(i % paths.size());
            String session = i % 2 == 0 ? analyst : manager;
            requests.add(() -> http.getWithSession(path, session));
        }
        assertThat(Together.call(requests, 360).stream().map(HttpResponse::statusCode).toList()).as("status of every request").containsOnly(200);
        long audited = jdbc.sql("""
                        select count(*) from audit_entry where id > :mark and action = 'FOLLOWUP_FIGURES'
                        and outcome = 'ALLOWED' and actor_username in ('analyst', 'manager')""")
                .param("mark", mark).query(Long.class).single();
        assertThat(audited).isEqualTo(REQUESTS);
    }
}
