package org.throughcare;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
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
        ChildNode node = new ChildNode(workingDirectory);
        TestHttp http = node.http();
        List<String> acknowledged = new ArrayList<>();
        Process first = node.start("first");
        try {
            // The coordinator's office and id, from one of their clients.
            String someClient = JSON.readTree(ChildNode.ok(http.getWithBasic("/api/v1/clients?mine=true&size=1",
                    "coordinator", "demo"))).get("items").get(0).get("id").asString();
            JsonNode known = JSON.readTree(ChildNode.ok(http.getWithBasic("/api/v1/clients/" + someClient, "coordinator", "demo")));
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

        Process second = node.start("second");
        try {
            for (String id : acknowledged) {
                assertThat(http.getWithBasic("/api/v1/clients/" + id, "coordinator", "demo").statusCode())
                        .as("acknowledged client %s after the crash", id).isEqualTo(200);
            }
            for (String id : acknowledged) {
                JsonNode log = JSON.readTree(ChildNode.ok(http.getWithBasic("/api/v1/clients/" + id + "/access-log?size=100",
                        "coordinator", "demo")));
                List<String> actions = new ArrayList<>();
                log.get("items").forEach(e -> actions.add(e.get("action").asString()));
                assertThat(actions).as("audit entries of acknowledged client %s", id).contains("CLIENT_REGISTERED");
            }

            JsonNode verification = node.awaitSealed();
            assertThat(verification.get("intact").asBoolean()).as(verification.toString()).isTrue();
            assertThat(verification.get("anchoredSequence").isNull()).as("compared with an anchor").isFalse();
        } finally {
            second.destroyForcibly().waitFor();
        }
    }
}
