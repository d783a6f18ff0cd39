package org.throughcare.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
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
import org.throughcare.shared.NeedArea;
import org.throughcare.client.ClientManagement;
import org.throughcare.group.ConsentManagement;
import org.throughcare.group.GroupManagement;
import org.throughcare.plan.internal.PlanFacts;
import org.throughcare.shared.ClientId;
import org.throughcare.shared.DataCategory;

/**
 * Dozens of simultaneous plan changes that each keep their facts — goals added by the coordinator, follow-up
 * notes by the measure's owner — while the owner reads the measure's history: every request answered, every
 * change kept once with its facts as written (free text with the characters the facts are joined by), and
 * audited once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "throughcare.bulkhead.max-wait=60s")
class PlanFactsConcurrencyTests {

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
    PlanManagement plans;

    @Test
    void simultaneousPlanChangesAreAllKeptWithTheirFactsAndAuditedOnce() throws Exception {
        PlanFixtures fixtures = new PlanFixtures(jdbc, clients, groups, consents);
        ClientId client = fixtures.clientInCustody("Concurrent Facts Client", 50);
        fixtures.join(client, "employment");
        fixtures.consent(client, "employment", DataCategory.values());
        UUID measure = plans.addMeasure(client, new AssignMeasure(NeedArea.EMPLOYMENT_EDUCATION_TRAINING,
                "Concurrent measure", MeasureType.EMPLOYMENT_EDUCATION, fixtures.actor("employment").organisationId().value(),
                fixtures.actor("employment").userId().value(), null, Phase.AFTER_RELEASE, LocalDate.now(), null,
                null), fixtures.actor("coordinator"));
        long mark = jdbc.sql("select coalesce(max(id), 0) from audit_entry").query(Long.class).single();
        TestHttp http = new TestHttp(port);
        String base = "/api/v1/clients/" + client + "/plan";

        List<Callable<HttpResponse<String>>> requests = new ArrayList<>();
        for (int i = 0; i < WRITES; i++) {
            String goal = "Goal " + i + " & a=b ~ 100% ; c";
            requests.add(() -> http.sendJsonWithBasic("POST", base + "/goals",
                    "{\"area\": \"ACCOMMODATION\", \"description\": \"" + goal + "\"}", "coordinator", "demo"));
            String note = "{\"writtenOn\": \"" + LocalDate.now().minusDays(i) + "\", \"text\": \"Note " + i + "\"}";
            requests.add(() -> http.sendJsonWithBasic("POST", base + "/measures/" + measure + "/notes", note,
                    "employment", "demo"));
            if (i % 2 == 0) {
                requests.add(() -> http.getWithBasic(base + "/measures/" + measure + "/history", "employment",
                        "demo"));
            }
        }
        assertThat(Together.statuses(requests)).as("status of every request").allMatch(s -> s == 200 || s == 201);

        List<String> goals = jdbc.sql("select facts from plan_change where client_id = :c and kind = 'GOAL_ADDED'")
                .param("c", client.value()).query(String.class).list();
        assertThat(goals.stream().map(f -> PlanFacts.read(f).stream().filter(p -> p.field().equals("description"))
                .findFirst().orElseThrow().after()).toList()).as("each goal's facts, as written")
                .containsExactlyInAnyOrderElementsOf(java.util.stream.IntStream.range(0, WRITES)
                        .mapToObj(i -> "Goal " + i + " & a=b ~ 100% ; c").toList());
        String history = http.getWithBasic(base + "/measures/" + measure + "/history", "employment", "demo").body();
        List<String> notedOn = JsonPath.read(history,
                "$[?(@.kind == 'MEASURE_NOTE')].facts[?(@.field == 'writtenOn')].after");
        assertThat(notedOn).as("each note in the measure's history").containsExactlyInAnyOrderElementsOf(
                java.util.stream.IntStream.range(0, WRITES).mapToObj(i -> LocalDate.now().minusDays(i).toString())
                        .toList());
        for (String action : List.of("GOAL_ADDED", "MEASURE_NOTE")) {
            long audited = jdbc.sql("""
                            select count(*) from audit_entry where id > :mark and subject_id = :client
                            and action = :action and outcome = 'SUCCEEDED'""")
                    .param("mark", mark).param("client", client.toString()).param("action", action)
                    .query(Long.class).single();
            assertThat(audited).as("%s audited once each", action).isEqualTo(WRITES);
        }
    }

}
