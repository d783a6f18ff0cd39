package org.throughcare;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Notices survive a crash in the middle of a burst: the application runs in a child JVM on its default H2 file
 * database (demo on) with one listener at a time, so that delivery lags behind; the coordinator moves the release
 * date of a dozen or more of the demo's clients at once, and the node is killed with SIGKILL the moment the last
 * move is acknowledged, while the notices are being made. Restarted on the same files, it republishes what was
 * outstanding: every move tells the office manager and each member once — none lost, none twice — and the audit
 * chain still verifies.
 */
class NoticeCrashTests {

    private static final int MOVES = 36;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path workingDirectory;

    @Test
    void aNodeKilledWhileDeliveringABurstRepublishesOnRestartAndTellsEveryoneExactlyOnce() throws Exception {
        ChildNode node = new ChildNode(workingDirectory);
        TestHttp http = node.http();
        Map<String, LocalDate> moved = new LinkedHashMap<>();
        Process first = node.start("first", "--throughcare.events.max-concurrent-listeners=1");
        try {
            String coordinator = http.signIn("coordinator", "demo");
            String csrf = http.csrfToken(coordinator);
            List<Callable<HttpResponse<String>>> moves = new ArrayList<>();
            JsonNode mine = JSON.readTree(ChildNode.ok(http.getWithSession("/api/v1/clients?mine=true&size=100",
                    coordinator)));
            for (JsonNode item : mine.get("items")) {
                if (moves.size() == MOVES) {
                    break;
                }
                String id = item.get("id").asString();
                JsonNode client = JSON.readTree(ChildNode.ok(http.getWithSession("/api/v1/clients/" + id,
                        coordinator)));
                JsonNode custody = client.get("custody");
                if (custody == null || custody.isNull() || custody.get("conditionalReleaseDate").isNull()
                        || !LocalDate.parse(custody.get("conditionalReleaseDate").asString())
                        .isAfter(LocalDate.now().plusDays(2))
                        || !custody.get("riskAssessedOn").isNull()
                        && LocalDate.parse(custody.get("riskAssessedOn").asString()).isAfter(LocalDate.now())) {
                    // Facts that cannot be saved again as they are today: a save would be refused, not moved.
                    continue;
                }
                LocalDate to = LocalDate.parse(custody.get("conditionalReleaseDate").asString()).minusDays(1);
                ObjectNode body = (ObjectNode) custody;
                body.put("conditionalReleaseDate", to.toString());
                body.put("reason", "moved in the crash test");
                body.put("version", client.get("version").asLong());
                moved.put(id, to);
                moves.add(() -> http.sendJsonWithSession("PUT", "/api/v1/clients/" + id + "/custody",
                        body.toString(), coordinator, csrf));
            }
            assertThat(moves).as("demo clients whose release can move").hasSizeGreaterThanOrEqualTo(12);
            List<HttpResponse<String>> answers = Together.call(moves);
            first.destroyForcibly().waitFor();
            for (int i = 0; i < answers.size(); i++) {
                assertThat(answers.get(i).statusCode()).as(answers.get(i).body()).isEqualTo(200);
            }
        } finally {
            first.destroyForcibly().waitFor();
        }
        try (Connection files = DriverManager.getConnection(node.databaseUrl(), "sa", "")) {
            JdbcClient jdbc = JdbcClient.create(new SingleConnectionDataSource(files, true));
            assertThat(managerNotices(jdbc, moved)).as("the crash came while the notices were being made")
                    .isLessThan(moved.size());
        }

        Process second = node.start("second");
        try {
            String manager = http.signIn("manager", "demo");
            Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
            while (toldOfTheMove(http, manager, moved) < moved.size() && Instant.now().isBefore(deadline)) {
                Thread.sleep(500);
            }
            assertThat(toldOfTheMove(http, manager, moved)).as("the manager's inbox after the restart")
                    .isEqualTo(moved.size());
            JsonNode verification = node.awaitSealed();
            assertThat(verification.get("intact").asBoolean()).as(verification.toString()).isTrue();
        } finally {
            second.destroy();
            second.waitFor();
        }

        try (Connection files = DriverManager.getConnection(node.databaseUrl(), "sa", "")) {
            JdbcClient jdbc = JdbcClient.create(new SingleConnectionDataSource(files, true));
            assertThat(managerNotices(jdbc, moved)).as("the office manager told of each move once")
                    .isEqualTo(moved.size());
            for (Map.Entry<String, LocalDate> move : moved.entrySet()) {
                assertThat(jdbc.sql("""
                                select count(*) from notice_event where client_id = :c and kind = 'RELEASE_DATE_CHANGED'
                                  and new_date = :d""").param("c", uuid(move.getKey())).param("d", move.getValue())
                        .query(Long.class).single()).as("one event for the move of %s", move.getKey()).isEqualTo(1);
                assertThat(jdbc.sql("""
                                select count(*) from group_member m
                                where m.client_id = :c and m.user_id is not null and m.to_date is null
                                  and not exists (select 1 from notice_outcome o join notice_event e on e.id = o.event_id
                                    where e.client_id = m.client_id and e.new_date = :d and o.person_id = m.user_id)""")
                        .param("c", uuid(move.getKey())).param("d", move.getValue()).query(Long.class).single())
                        .as("every member of %s's group told, or shown why not", move.getKey()).isZero();
            }
            assertThat(jdbc.sql("""
                            select count(*) from (select event_id, recipient_id, channel from notice
                            group by event_id, recipient_id, channel having count(*) > 1) twice""")
                    .query(Long.class).single()).as("no notice twice").isZero();
            assertThat(jdbc.sql("""
                            select count(*) from event_publication
                            where listener_id like '%notification%' and completion_date is null""")
                    .query(Long.class).single()).as("no delivery left outstanding").isZero();
        }
    }

    private static java.util.UUID uuid(String id) {
        return java.util.UUID.fromString(id);
    }

    /** The manager's notices of the moves, counted in the database. */
    private static int managerNotices(JdbcClient jdbc, Map<String, LocalDate> moved) {
        int told = 0;
        for (Map.Entry<String, LocalDate> move : moved.entrySet()) {
            told += jdbc.sql("""
                            select count(*) from notice n join notice_event e on e.id = n.event_id
                            join app_user u on u.id = n.recipient_id
                            where u.username = 'manager' and e.client_id = :c and e.kind = 'RELEASE_DATE_CHANGED'
                              and e.new_date = :d""")
                    .param("c", uuid(move.getKey())).param("d", move.getValue()).query(Long.class).single().intValue();
        }
        return told;
    }

    /** How many of the moves the manager's inbox shows, through the API. */
    private static int toldOfTheMove(TestHttp http, String session, Map<String, LocalDate> moved) throws Exception {
        int told = 0;
        for (Map.Entry<String, LocalDate> move : moved.entrySet()) {
            JsonNode page = JSON.readTree(ChildNode.ok(http.getWithSession("/api/v1/notifications?size=100&client="
                    + move.getKey(), session)));
            for (JsonNode notice : page.get("items")) {
                if (notice.get("kind").asString().equals("RELEASE_DATE_CHANGED")
                        && move.getValue().toString().equals(notice.get("newDate").asString())) {
                    told++;
                }
            }
        }
        return told;
    }
}
