package org.throughcare;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
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
 * date of dozens of clients at once, and the node is killed with SIGKILL the moment the last move is acknowledged,
 * while the notices are being made. Restarted on the same files, it republishes what was outstanding: every move
 * tells the office manager and each member once — none lost, none twice — and the audit chain still verifies.
 */
class NoticeCrashTests {

    private static final int MOVES = 36;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path workingDirectory;

    @Test
    void aNodeKilledWhileDeliveringABurstRepublishesOnRestartAndTellsEveryoneExactlyOnce() throws Exception {
        int port = freePort();
        TestHttp http = new TestHttp(port);
        Map<String, LocalDate> moved = new LinkedHashMap<>();
        Process first = start(port, "first", "--throughcare.events.max-concurrent-listeners=1");
        try {
            awaitUp(http, first);
            String coordinator = http.signIn("coordinator", "demo");
            String csrf = http.csrfToken(coordinator);
            List<Callable<HttpResponse<String>>> moves = new ArrayList<>();
            List<String> clients = new ArrayList<>();
            JsonNode mine = JSON.readTree(json(http.getWithSession("/api/v1/clients?mine=true&size=100", coordinator)));
            for (JsonNode item : mine.get("items")) {
                if (moves.size() == MOVES) {
                    break;
                }
                String id = item.get("id").asString();
                JsonNode client = JSON.readTree(json(http.getWithSession("/api/v1/clients/" + id, coordinator)));
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
                clients.add(id);
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
        try (Connection files = h2()) {
            JdbcClient jdbc = JdbcClient.create(new SingleConnectionDataSource(files, true));
            assertThat(managerNotices(jdbc, moved)).as("the crash came while the notices were being made")
                    .isLessThan(moved.size());
        }

        Process second = start(port, "second");
        try {
            awaitUp(http, second);
            String manager = http.signIn("manager", "demo");
            Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
            while (toldOfTheMove(http, manager, moved) < moved.size() && Instant.now().isBefore(deadline)) {
                Thread.sleep(500);
            }
            assertThat(toldOfTheMove(http, manager, moved)).as("the manager's inbox after the restart")
                    .isEqualTo(moved.size());
            JsonNode verification = awaitSealed(http);
            assertThat(verification.get("intact").asBoolean()).as(verification.toString()).isTrue();
        } finally {
            second.destroy();
            second.waitFor();
        }

        try (Connection files = h2()) {
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
            JsonNode page = JSON.readTree(json(http.getWithSession("/api/v1/notifications?size=100&client="
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

    private Connection h2() throws Exception {
        return DriverManager.getConnection("jdbc:h2:file:" + workingDirectory.resolve("data/throughcare")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH", "sa", "");
    }

    private Process start(int port, String run, String... arguments) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx384m", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), "org.throughcare.ThroughcareApplication",
                "--server.port=" + port, "--throughcare.demo.enabled=true"));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workingDirectory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(workingDirectory.resolve(run + ".log").toFile());
        // The child uses the application's own defaults (./data/ under its working directory), nothing else.
        builder.environment().keySet().removeIf(name -> name.startsWith("SPRING_") || name.startsWith("THROUGHCARE_"));
        return builder.start();
    }

    private void awaitUp(TestHttp http, Process process) throws Exception {
        // About 20 s on a quiet machine; a build box shared by several builds has taken over three minutes.
        Instant deadline = Instant.now().plus(Duration.ofMinutes(10));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new AssertionError("The application exited: " + logTail());
            }
            try {
                if (http.get("/actuator/health").statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("The application did not start: " + logTail());
    }

    private JsonNode awaitSealed(TestHttp http) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
        JsonNode verification;
        do {
            verification = JSON.readTree(json(http.getWithBasic("/api/v1/audit/verification", "admin", "demo")));
            if (verification.get("waitingToBeSealed").asLong() == 0) {
                return verification;
            }
            Thread.sleep(200);
        } while (Instant.now().isBefore(deadline));
        throw new AssertionError("Entries still waiting to be sealed: " + verification);
    }

    private static String json(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    private String logTail() throws IOException {
        StringBuilder tail = new StringBuilder();
        for (String run : List.of("first", "second")) {
            Path log = workingDirectory.resolve(run + ".log");
            if (Files.exists(log)) {
                String text = Files.readString(log);
                tail.append(text, Math.max(0, text.length() - 3000), text.length());
            }
        }
        return tail.toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
