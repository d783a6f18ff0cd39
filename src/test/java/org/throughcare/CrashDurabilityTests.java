package org.throughcare;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The embedded default survives a crash: the application runs in a child JVM on its default H2 file
 * database (in a temporary working directory, demo on), takes 30 quick writes through the API, and is
 * killed with SIGKILL right after the last answer. Reopened on the same files, it still has every
 * acknowledged write and its audit entry, seals what was waiting, and its chain verifies against the
 * anchor the sealing batches wrote before the crash.
 */
class CrashDurabilityTests {

    private static final int WRITES = 30;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path workingDirectory;

    @Test
    void everyAcknowledgedWriteAndItsAuditEntrySurviveKillDashNine() throws Exception {
        int port = freePort();
        TestHttp http = new TestHttp(port);
        List<String> acknowledged = new ArrayList<>();
        Process first = start(port, "first");
        try {
            awaitUp(http, first);
            // The coordinator's office and id, from one of their clients.
            String someClient = JSON.readTree(json(http.getWithBasic("/api/v1/clients?mine=true&size=1",
                    "coordinator", "demo"))).get("items").get(0).get("id").asString();
            JsonNode known = JSON.readTree(json(http.getWithBasic("/api/v1/clients/" + someClient, "coordinator", "demo")));
            for (int i = 0; i < WRITES; i++) {
                LocalDate born = LocalDate.of(1951, 1, 1).plusDays(i * 37L);
                HttpResponse<String> created = http.sendJsonWithBasic("POST", "/api/v1/clients", """
                        {"fullName": "Crash Test %d", "idCountry": "SE", "idNumber": "%s", "dateOfBirth": "%s",
                         "gender": "FEMALE", "preferredLanguage": "svenska", "interpreterNeeded": false,
                         "municipalityCode": "2480", "probationOfficeId": "%s", "coordinatorId": "%s"}"""
                        .formatted(i, org.throughcare.client.TestNumbers.personnummer(born), born,
                                known.get("probationOfficeId").asString(), known.get("coordinatorId").asString()),
                        "coordinator", "demo");
                assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
                acknowledged.add(JSON.readTree(created.body()).get("id").asString());
            }
        } finally {
            first.destroyForcibly().waitFor();
        }

        Process second = start(port, "second");
        try {
            awaitUp(http, second);
            for (String id : acknowledged) {
                assertThat(http.getWithBasic("/api/v1/clients/" + id, "coordinator", "demo").statusCode())
                        .as("acknowledged client %s after the crash", id).isEqualTo(200);
            }
            for (String id : acknowledged) {
                JsonNode log = JSON.readTree(json(http.getWithBasic("/api/v1/clients/" + id + "/access-log?size=100",
                        "coordinator", "demo")));
                List<String> actions = new ArrayList<>();
                log.get("items").forEach(e -> actions.add(e.get("action").asString()));
                assertThat(actions).as("audit entries of acknowledged client %s", id).contains("CLIENT_REGISTERED");
            }

            JsonNode verification = awaitSealed(http);
            assertThat(verification.get("intact").asBoolean()).as(verification.toString()).isTrue();
            assertThat(verification.get("anchoredSequence").isNull()).as("compared with an anchor").isFalse();
        } finally {
            second.destroyForcibly().waitFor();
        }
    }

    private Process start(int port, String run) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx384m", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), "org.throughcare.ThroughcareApplication",
                "--server.port=" + port, "--throughcare.demo.enabled=true")
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
