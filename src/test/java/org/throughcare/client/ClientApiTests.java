package org.throughcare.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.throughcare.IntegrationTest;
import org.throughcare.shared.ClientId;

@IntegrationTest
@RecordApplicationEvents
class ClientApiTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ClientManagement management;
    @Autowired
    ApplicationEvents events;

    ClientFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new ClientFixtures(jdbc, management);
    }

    private ResultActions as(String user, MockHttpServletRequestBuilder request, String json) throws Exception {
        return mvc.perform(request.with(httpBasic(user, "demo")).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private String registration(String number, LocalDate born) {
        var coordinator = fixtures.actor("coordinator");
        return """
                {"fullName": "Nils Holm", "idCountry": "SE", "idNumber": "%s", "dateOfBirth": "%s", "gender": "MALE",
                 "preferredLanguage": "svenska", "interpreterNeeded": false, "municipalityCode": "2480",
                 "probationOfficeId": "%s", "coordinatorId": "%s"}""".formatted(number, born,
                coordinator.unitId(), coordinator.userId());
    }

    @Test
    void registersAClientAndRefusesTheSamePersonTwiceWithALinkToTheCase() throws Exception {
        LocalDate born = LocalDate.of(1984, 3, 9);
        String number = ClientFixtures.personnummer(born);
        String body = as("coordinator", post("/api/v1/clients"), registration(number, born))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.stage").value("REFERRED"))
                .andExpect(jsonPath("$.personalNumber").value(number.substring(0, 8) + "-" + number.substring(8)))
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(body, "$.id");
        // The same person typed the short way is still the same person.
        String shortForm = number.substring(2, 8) + "-" + number.substring(8);
        as("coordinator", post("/api/v1/clients"), registration(shortForm, born))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.existing").value("/api/v1/clients/" + id));
    }

    @Test
    void aWrongIdentityNumberIsRefusedAtTheFieldInTheCallersLanguage() throws Exception {
        LocalDate born = LocalDate.of(1984, 3, 9);
        String number = ClientFixtures.personnummer(born);
        String wrongCheckDigit = number.substring(0, 11) + ((number.charAt(11) - '0' + 1) % 10);
        mvc.perform(post("/api/v1/clients").with(httpBasic("coordinator", "demo")).header("Accept-Language", "sv")
                        .contentType(MediaType.APPLICATION_JSON).content(registration(wrongCheckDigit, born)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("idNumber"))
                .andExpect(jsonPath("$.errors[0].message", containsString("Kontrollsiffran")));
        as("coordinator", post("/api/v1/clients"), registration(number, born.plusDays(1)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("dateOfBirth"));
    }

    @Test
    void datesOutOfOrderAreRefusedEachAtItsField() throws Exception {
        ClientId id = fixtures.referred("Date Rules");
        LocalDate start = LocalDate.now().minusMonths(6);
        as("coordinator", put("/api/v1/clients/" + id + "/custody"), """
                {"sentenceStart": "%s", "sentenceLengthMonths": 12, "conditionalReleaseDate": "%s",
                 "sentenceExpiry": "%s", "supervisionEnd": "%s", "riskLevel": "HIGH", "version": %d}"""
                .formatted(start, start.minusDays(1), start.minusDays(2), start.minusDays(3), fixtures.version(id)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", org.hamcrest.Matchers.containsInAnyOrder(
                        "conditionalReleaseDate", "sentenceExpiry", "supervisionEnd", "riskInstrument",
                        "riskAssessedOn")));
        assertThat(jdbc.sql("select count(*) from custody_episode where client_id = :id").param("id", id.value())
                .query(Long.class).single()).as("nothing half saved").isZero();
    }

    @Test
    void aMovedReleaseDateNeedsAReasonIsKeptAndIsAnnounced() throws Exception {
        ClientId id = fixtures.inCustody("Moving Date", 120, RiskLevel.HIGH, 24);
        LocalDate oldRelease = LocalDate.now().plusDays(120);
        LocalDate newRelease = oldRelease.minusDays(30);
        String custody = """
                {"institutionId": "%s", "sentenceStart": "%s", "sentenceLengthMonths": 24, "conditionalReleaseDate": "%s",
                 "sentenceExpiry": "%s", "supervisionEnd": "%s", "riskLevel": "HIGH", "riskInstrument": "LS/CMI",
                 "riskAssessedOn": "%s", "mainOffence": "NARCOTICS", "reason": %s, "version": %d}""";
        Object[] args = {fixtures.prison("Anstalten Umeå"), oldRelease.minusMonths(16), newRelease,
                oldRelease.plusMonths(9), oldRelease.plusYears(1), LocalDate.now().minusDays(10)};
        as("coordinator", put("/api/v1/clients/" + id + "/custody"),
                custody.formatted(args[0], args[1], args[2], args[3], args[4], args[5], "null", fixtures.version(id)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        events.clear();
        as("coordinator", put("/api/v1/clients/" + id + "/custody"), custody.formatted(args[0], args[1], args[2],
                args[3], args[4], args[5], "\"Early release on electronic monitoring\"", fixtures.version(id)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.custody.conditionalReleaseDate").value(newRelease.toString()));
        assertThat(events.stream(ReleaseDateChanged.class))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.clientId()).isEqualTo(id);
                    assertThat(e.previousDate()).isEqualTo(oldRelease);
                    assertThat(e.newDate()).isEqualTo(newRelease);
                    assertThat(e.reason()).isEqualTo("Early release on electronic monitoring");
                });
        mvc.perform(get("/api/v1/clients/" + id + "/timeline").with(httpBasic("coordinator", "demo")))
                .andExpect(jsonPath("$[0].type").value("KEY_DATE"))
                .andExpect(jsonPath("$[0].keyDate").value("CONDITIONAL_RELEASE"))
                .andExpect(jsonPath("$[0].oldDate").value(oldRelease.toString()))
                .andExpect(jsonPath("$[0].newDate").value(newRelease.toString()))
                .andExpect(jsonPath("$[0].recordedBy").value("Karin Lindqvist"))
                .andExpect(jsonPath("$[0].reason").value("Early release on electronic monitoring"));
    }

    @Test
    void aStaleVersionIsAConflict() throws Exception {
        ClientId id = fixtures.referred("Stale Version");
        long version = fixtures.version(id);
        String change = """
                {"to": "DECLINED", "effectiveOn": "%s", "reason": "Said no", "version": %d}""";
        as("coordinator", post("/api/v1/clients/" + id + "/transitions"), change.formatted(LocalDate.now(), version + 5))
                .andExpect(status().isConflict());
    }

    @Test
    void aMoveTheLifecycleDoesNotAllowIsRefusedWithWhatIsPossible() throws Exception {
        ClientId id = fixtures.referred("Not Yet");
        as("coordinator", post("/api/v1/clients/" + id + "/transitions"), """
                {"to": "ENROLLED", "effectiveOn": "%s", "reason": "Too soon", "version": %d}"""
                .formatted(LocalDate.now(), fixtures.version(id)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("to"))
                .andExpect(jsonPath("$.errors[0].message", containsString("Referred")))
                .andExpect(jsonPath("$.errors[0].message", containsString("DECLINED")));
    }

    @Test
    void screeningThenConsentThenEnrolmentAndReturnToCustodyKeepsTheWholeHistory() throws Exception {
        ClientId id = fixtures.inCustody("Whole Journey", 90, RiskLevel.MEDIUM, 18);
        String base = "/api/v1/clients/" + id;
        String prefill = mvc.perform(get(base + "/screening").with(httpBasic("coordinator", "demo")))
                .andExpect(jsonPath("$.releaseInWindow").value("MET"))
                .andExpect(jsonPath("$.riskMediumOrHigh").value("MET"))
                .andReturn().getResponse().getContentAsString();
        as("coordinator", post(base + "/transitions"), transition("CONSENTED", id))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("to"));
        String screening = prefill.replace("\"severalAgencies\":\"UNKNOWN\"", "\"severalAgencies\":\"MET\"")
                .replace("\"motivated\":\"UNKNOWN\"", "\"motivated\":\"MET\"")
                .replace("\"decision\":null", "\"decision\":\"ELIGIBLE\"")
                .replace("\"reason\":null", "\"reason\":\"Needs housing, work and addiction care\"");
        as("coordinator", post(base + "/screenings"), screening)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.stage").value("SCREENED"))
                .andExpect(jsonPath("$.eligibility").value("ELIGIBLE"));
        LocalDate release = jdbc.sql("select release_date from client where id = :id").param("id", id.value())
                .query(LocalDate.class).single();
        events.clear();
        for (String stage : new String[] {"CONSENTED", "ENROLLED", "RELEASED", "RETURNED_TO_CUSTODY", "ENROLLED"}) {
            as("coordinator", post(base + "/transitions"), transition(stage, id))
                    .andExpect(status().isOk()).andExpect(jsonPath("$.stage").value(stage));
        }
        // The return to custody clears the release date: kept as a key-date change and announced like any other.
        assertThat(events.stream(ReleaseDateChanged.class)).singleElement().satisfies(e -> {
            assertThat(e.previousDate()).isEqualTo(release);
            assertThat(e.newDate()).isNull();
            assertThat(e.reason()).isEqualTo("Next step");
        });
        mvc.perform(get(base + "/timeline").with(httpBasic("coordinator", "demo")))
                .andExpect(jsonPath("$[?(@.type == 'KEY_DATE' && @.keyDate == 'CONDITIONAL_RELEASE' && @.newDate == null)]"
                        + ".oldDate", contains(release.toString())));
        mvc.perform(get(base + "/timeline").with(httpBasic("coordinator", "demo")))
                .andExpect(jsonPath("$[?(@.type == 'STAGE')].to", org.hamcrest.Matchers.contains("ENROLLED",
                        "RETURNED_TO_CUSTODY", "RELEASED", "ENROLLED", "CONSENTED", "SCREENED", "REFERRED")))
                .andExpect(jsonPath("$[?(@.type == 'SCREENING')].decision", hasItem("ELIGIBLE")));
        // Back in custody, the old episode is kept and the next custody facts open episode 2.
        assertThat(jdbc.sql("select count(*) from custody_episode where client_id = :id and not current")
                .param("id", id.value()).query(Long.class).single()).isEqualTo(1);
    }

    private String transition(String to, ClientId id) {
        return """
                {"to": "%s", "effectiveOn": "%s", "reason": "Next step", "version": %d}"""
                .formatted(to, LocalDate.now(), fixtures.version(id));
    }

    @Test
    void onlyTheClientsOfTheirOwnOfficeAreVisible() throws Exception {
        ClientId id = fixtures.referred("Office Only");
        for (String user : new String[] {"partner", "prison", "analyst", "admin", "coordinator.norrkoping"}) {
            mvc.perform(get("/api/v1/clients/" + id).with(httpBasic(user, "demo")))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.detail", org.hamcrest.Matchers.not(containsString("Office Only"))));
        }
        mvc.perform(get("/api/v1/clients/" + id).with(httpBasic("manager", "demo"))).andExpect(status().isOk());
        // The partner's caseload holds only clients whose group they sit in with consent: not this one.
        mvc.perform(get("/api/v1/clients").param("size", "100").with(httpBasic("partner", "demo")))
                .andExpect(jsonPath("$.items[*].fullName", org.hamcrest.Matchers.not(hasItem("Office Only"))));
        as("partner", post("/api/v1/clients/" + id + "/transitions"), transition("DECLINED", id))
                .andExpect(status().isForbidden());
        as("coordinator.norrkoping", post("/api/v1/clients/" + id + "/transitions"), transition("DECLINED", id))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select stage from client where id = :id").param("id", id.value()).query(String.class)
                .single()).isEqualTo("REFERRED");
    }

    @Test
    void theCaseloadIsFilteredSortedAndSearchable() throws Exception {
        ClientId id = fixtures.inCustody("Zacharias Sökbar", 30, RiskLevel.HIGH, 12);
        String number = jdbc.sql("select id_number from client where id = :id").param("id", id.value())
                .query(String.class).single();
        mvc.perform(get("/api/v1/clients").param("mine", "true").param("q", "sökbar").with(httpBasic("coordinator", "demo")))
                .andExpect(jsonPath("$.totalItems").value(1))
                .andExpect(jsonPath("$.items[0].daysToRelease").value(30));
        mvc.perform(get("/api/v1/clients").param("q", number.substring(2, 8) + "-" + number.substring(8))
                        .with(httpBasic("manager", "demo")))
                .andExpect(jsonPath("$.items[0].fullName").value("Zacharias Sökbar"));
        mvc.perform(get("/api/v1/clients").param("stage", "COMPLETED").with(httpBasic("coordinator", "demo")))
                .andExpect(jsonPath("$.items[*].stage", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is("COMPLETED"))));
        // Every page of the coordinator's caseload (other tests add clients to it): those still in custody first,
        // by days to release (a passed date first of all); then the others.
        java.util.List<Integer> days = new java.util.ArrayList<>();
        for (int page = 0, pages = 1; page < pages; page++) {
            String bySoonest = mvc.perform(get("/api/v1/clients").param("mine", "true").param("sort", "release")
                    .param("size", "100").param("page", String.valueOf(page)).with(httpBasic("coordinator", "demo")))
                    .andReturn().getResponse().getContentAsString();
            days.addAll(JsonPath.read(bySoonest, "$.items[*].daysToRelease"));
            int total = JsonPath.read(bySoonest, "$.totalItems");
            pages = (total + 99) / 100;
        }
        int inCustody = (int) days.stream().takeWhile(java.util.Objects::nonNull).count();
        assertThat(days.subList(0, inCustody)).hasSizeGreaterThan(10).isSorted();
        assertThat(days.subList(inCustody, days.size())).allMatch(java.util.Objects::isNull);
        mvc.perform(get("/api/v1/clients").param("sort", "soonest").with(httpBasic("coordinator", "demo")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("sort"));
        mvc.perform(get("/api/v1/clients").param("stage", "SLEEPING").with(httpBasic("coordinator", "demo")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("stage"));
    }

    @Test
    void theTargetPoolCountsWhoCouldBeReachedAndShowsNamesOnlyToTheOffice() throws Exception {
        String before = mvc.perform(get("/api/v1/target-pool").with(httpBasic("manager", "demo")))
                .andReturn().getResponse().getContentAsString();
        int notScreened = JsonPath.read(before, "$.notScreened");
        // Released tomorrow: among the 50 soonest the pool names, however many clients other tests release soon.
        fixtures.inCustody("Pool Member", 1, RiskLevel.HIGH, 24);
        fixtures.inCustody("Too Far Away", 500, RiskLevel.HIGH, 48);
        mvc.perform(get("/api/v1/target-pool").with(httpBasic("manager", "demo")))
                .andExpect(jsonPath("$.notScreened").value(notScreened + 1))
                .andExpect(jsonPath("$.people[*].fullName", hasItem("Pool Member")))
                .andExpect(jsonPath("$.people[*].fullName", org.hamcrest.Matchers.not(hasItem("Too Far Away"))));
        mvc.perform(get("/api/v1/target-pool").with(httpBasic("analyst", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.people").isEmpty())
                .andExpect(jsonPath("$.counts[*].probationOfficeName", hasItem("Frivårdskontoret Norrköping")));
        mvc.perform(get("/api/v1/target-pool").with(httpBasic("partner", "demo"))).andExpect(status().isForbidden());
    }

    @Test
    void badInputIsABadRequestNeverAServerError() throws Exception {
        ClientId id = fixtures.referred("Bad Input");
        as("coordinator", post("/api/v1/clients"), "{\"fullName\": ").andExpect(status().isBadRequest());
        as("coordinator", post("/api/v1/clients"), "{\"dateOfBirth\": \"yesterday\"}").andExpect(status().isBadRequest());
        as("coordinator", post("/api/v1/clients/" + id + "/transitions"), "{\"to\": \"HEAVEN\"}")
                .andExpect(status().isBadRequest());
        as("coordinator", put("/api/v1/clients/" + id + "/custody"), "{\"sentenceLengthMonths\": 0, \"version\": 0}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("sentenceLengthMonths"));
        mvc.perform(get("/api/v1/clients/not-an-id").with(httpBasic("coordinator", "demo"))).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/clients/00000000-0000-0000-0000-000000000042").with(httpBasic("coordinator", "demo")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/target-pool").param("months", "lots").with(httpBasic("manager", "demo")))
                .andExpect(status().isBadRequest());
    }
}
