package org.throughcare;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The application in a child JVM on its own defaults (an H2 file database under the working directory, the demo
 * on), on a port of its own: what the crash tests kill with SIGKILL and start again on the same files.
 */
final class ChildNode {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Path workingDirectory;
    private final int port;

    ChildNode(Path workingDirectory) throws IOException {
        this.workingDirectory = workingDirectory;
        try (ServerSocket socket = new ServerSocket(0)) {
            this.port = socket.getLocalPort();
        }
    }

    TestHttp http() {
        return new TestHttp(port);
    }

    /** Starts a run (its log is {@code run.log}) with these extra arguments and waits until it answers. */
    Process start(String run, String... arguments) throws Exception {
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
        Process process = builder.start();
        try {
            awaitUp(process);
        } catch (Exception | AssertionError e) {
            process.destroyForcibly().waitFor();
            throw e;
        }
        return process;
    }

    private void awaitUp(Process process) throws Exception {
        // About 20 s on a quiet machine; a build box shared by several builds has taken over three minutes.
        Instant deadline = Instant.now().plus(Duration.ofMinutes(10));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new AssertionError("The application exited: " + logTail());
            }
            try {
                if (http().get("/actuator/health").statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("The application did not start: " + logTail());
    }

    /** The chain's verification once nothing waits to be sealed. */
    JsonNode awaitSealed() throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
        JsonNode verification;
        do {
            verification = JSON.readTree(ok(http().getWithBasic("/api/v1/audit/verification", "admin", "demo")));
            if (verification.get("waitingToBeSealed").asLong() == 0) {
                return verification;
            }
            Thread.sleep(200);
        } while (Instant.now().isBefore(deadline));
        throw new AssertionError("Entries still waiting to be sealed: " + verification);
    }

    /** The JDBC address of the child's database files, to look into once it has stopped. */
    String databaseUrl() {
        return "jdbc:h2:file:" + workingDirectory.resolve("data/throughcare")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    }

    static String ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    private String logTail() throws IOException {
        StringBuilder tail = new StringBuilder();
        try (var logs = Files.list(workingDirectory)) {
            for (Path log : logs.filter(p -> p.toString().endsWith(".log")).sorted().toList()) {
                String text = Files.readString(log);
                tail.append(text, Math.max(0, text.length() - 3000), text.length());
            }
        }
        return tail.toString();
    }
}
