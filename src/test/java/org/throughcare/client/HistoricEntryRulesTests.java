package org.throughcare.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.throughcare.IntegrationTest;
import org.throughcare.shared.ClientId;

/**
 * The rules for records entered afterwards: past days are accepted and marked, a day in the future, before the
 * referral or before the current stage is refused at its field in the caller's language with nothing saved; only
 * those who may change the case may enter its history; many entered at once all succeed and are all audited.
 */
@IntegrationTest
class HistoricEntryRulesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ClientManagement management;

    ClientFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new ClientFixtures(jdbc, management);
    }

    private ResultActions as(String user, String language, MockHttpServletRequestBuilder request, String json)
            throws Exception {
        return mvc.perform(request.with(httpBasic(user, "demo")).header("Accept-Language", language)
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private String registration(String number, LocalDate born, Object referredOn) {
        var coordinator = fixtures.actor("coordinator");
        return """
                {"fullName": "Earlier Trial", "idCountry": "SE", "idNumber": "%s", "dateOfBirth": "%s", "gender": "MALE",
                 "municipalityCode": "2480", "probationOfficeId": "%s", "coordinatorId": "%s", "referredOn": %s}"""
                .formatted(number, born, coordinator.unitId(), coordinator.userId(),
                        referredOn == null ? "null" : "\"" + referredOn + "\"");
    }

    private long clientsNumbered(String number) {
        return jdbc.sql("select count(*) from client where id_number = :n").param("n", number).query(Long.class).single();
    }

    @Test
    void aReferralInTheFutureOrBeforeBirthIsRefusedAtTheFieldInEachLanguageAndNothingIsSaved() throws Exception {
        LocalDate born = LocalDate.of(1990, 2, 3);
        String number = ClientFixtures.personnummer(born);
        as("coordinator", "en", post("/api/v1/clients"), registration(number, born, LocalDate.now().plusDays(1)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("referredOn"))
                .andExpect(jsonPath("$.errors[0].message").value("The date cannot be in the future."));
        as("coordinator", "sv", post("/api/v1/clients"), registration(number, born, LocalDate.now().plusDays(1)))
                .andExpect(jsonPath("$.errors[0].message").value("Datumet kan inte ligga i framtiden."));
        as("coordinator", "nb", post("/api/v1/clients"), registration(number, born, born.minusDays(1)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("referredOn"))
                .andExpect(jsonPath("$.errors[0].message").value("Henvisningsdatoen kan ikke være før fødselsdatoen."));
        assertThat(clientsNumbered(number)).as("nothing half saved").isZero();

        LocalDate referred = LocalDate.now().minusDays(400);
        as("coordinator", "en", post("/api/v1/clients"), registration(number, born, referred))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.stage").value("REFERRED"));
        UUID id = jdbc.sql("select id from client where id_number = :n").param("n", number).query(UUID.class).single();
        assertThat(jdbc.sql("select referred_on from client where id = :id").param("id", id)
                .query(LocalDate.class).single()).isEqualTo(referred);
        assertThat(jdbc.sql("""
                        select effective_on, entered_afterwards from stage_transition where client_id = :id""")
                .param("id", id).query((rs, n) -> rs.getObject(1, LocalDate.class) + " " + rs.getBoolean(2)).list())
                .containsExactly(referred + " true");
    }

    @Test
    void aScreeningOrAStageChangeBeforeTheReferralOrInTheFutureIsRefusedAtItsField() throws Exception {
        LocalDate born = LocalDate.of(1988, 7, 21);
        LocalDate referred = LocalDate.now().minusDays(100);
        as("coordinator", "en", post("/api/v1/clients"), registration(ClientFixtures.personnummer(born), born, referred))
                .andExpect(status().isCreated());
        ClientId client = new ClientId(jdbc.sql("""
                select id from client where full_name = 'Earlier Trial' and referred_on = :r and date_of_birth = :b""")
                .param("r", referred).param("b", born).query(UUID.class).single());
        String screening = """
                {"releaseInWindow": "MET", "riskMediumOrHigh": "MET", "sentenceLongEnough": "MET",
                 "severalAgencies": "MET", "motivated": "MET", "noExpulsion": "MET", "decision": "ELIGIBLE",
                 "reason": "Meets the criteria", "version": %d, "screenedOn": "%s"}""";
        as("coordinator", "sv", post("/api/v1/clients/" + client + "/screenings"),
                screening.formatted(fixtures.version(client), referred.minusDays(1)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("screenedOn"))
                .andExpect(jsonPath("$.errors[0].message", containsString(referred.toString())));
        as("coordinator", "en", post("/api/v1/clients/" + client + "/screenings"),
                screening.formatted(fixtures.version(client), LocalDate.now().plusDays(2)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("screenedOn"));
        assertThat(jdbc.sql("select count(*) from eligibility_screening where client_id = :id")
                .param("id", client.value()).query(Long.class).single()).as("nothing half saved").isZero();

        LocalDate screened = referred.plusDays(10);
        as("coordinator", "en", post("/api/v1/clients/" + client + "/screenings"),
                screening.formatted(fixtures.version(client), screened))
                .andExpect(status().isOk()).andExpect(jsonPath("$.stage").value("SCREENED"));
        String change = """
                {"to": "CONSENTED", "effectiveOn": "%s", "reason": "Signed at the prison", "version": %d}""";
        as("coordinator", "nb", post("/api/v1/clients/" + client + "/transitions"),
                change.formatted(screened.minusDays(1), fixtures.version(client)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("effectiveOn"))
                .andExpect(jsonPath("$.errors[0].message", containsString("før den nåværende fasen")));
        as("coordinator", "en", post("/api/v1/clients/" + client + "/transitions"),
                change.formatted(screened.plusDays(5), fixtures.version(client)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.stage").value("CONSENTED"));
        assertThat(jdbc.sql("""
                        select to_stage, effective_on, entered_afterwards
                        from stage_transition where client_id = :id order by effective_on""")
                .param("id", client.value()).query((rs, n) -> rs.getString(1) + " " + rs.getObject(2, LocalDate.class)
                        + " " + rs.getBoolean(3)).list()).containsExactly(
                "REFERRED " + referred + " true", "SCREENED " + screened + " true",
                "CONSENTED " + screened.plusDays(5) + " true");

        var newCoordinator = jdbc.sql("select id from app_user where username = 'manager'").query(UUID.class).single();
        as("coordinator", "en", post("/api/v1/clients/" + client + "/handover"), """
                {"newCoordinatorId": "%s", "on": "%s", "reason": "Parental leave", "version": %d}"""
                .formatted(newCoordinator, referred.minusDays(3), fixtures.version(client)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("on"))
                .andExpect(jsonPath("$.errors[0].message",
                        containsString("before the client was referred (" + referred + ")")));
    }

    @Test
    void onlyThoseWhoMayChangeTheCaseEnterItsHistory() throws Exception {
        ClientId client = fixtures.referred("History Guarded");
        LocalDate born = LocalDate.of(1979, 11, 5);
        for (String outsider : List.of("partner", "prison", "analyst", "coordinator.goteborg")) {
            as(outsider, "en", post("/api/v1/clients"),
                    registration(ClientFixtures.personnummer(born), born, LocalDate.now().minusDays(30)))
                    .andExpect(status().isForbidden());
            as(outsider, "en", post("/api/v1/clients/" + client + "/transitions"), """
                    {"to": "WITHDREW", "effectiveOn": "%s", "reason": "Left", "version": %d}"""
                    .formatted(LocalDate.now().minusDays(1), fixtures.version(client)))
                    .andExpect(status().isForbidden());
        }
        assertThat(jdbc.sql("select count(*) from stage_transition where client_id = :id").param("id", client.value())
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void manyClientsEnteredAfterwardsAtOnceAllSucceedAndAreEachAudited() throws Exception {
        int count = 30;
        LocalDate referred = LocalDate.now().minusDays(200);
        List<String> numbers = new ArrayList<>();
        List<LocalDate> births = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            LocalDate born = LocalDate.of(1960 + i, 1 + i % 12, 1 + i % 28);
            births.add(born);
            numbers.add(ClientFixtures.personnummer(born));
        }
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int n = i;
            calls.add(() -> as("coordinator", "en", post("/api/v1/clients"),
                    registration(numbers.get(n), births.get(n), referred)).andReturn().getResponse().getStatus());
        }
        List<Integer> statuses = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            for (Future<Integer> f : pool.invokeAll(calls)) {
                statuses.add(f.get());
            }
        } finally {
            pool.shutdown();
        }
        assertThat(statuses).containsOnly(201).hasSize(count);
        List<UUID> ids = jdbc.sql("select id from client where id_number in (:n)").param("n", numbers)
                .query(UUID.class).list();
        assertThat(ids).hasSize(count);
        assertThat(jdbc.sql("""
                        select count(*) from stage_transition where client_id in (:ids) and entered_afterwards
                          and effective_on = :r""").param("ids", ids).param("r", referred)
                .query(Long.class).single()).isEqualTo(count);
        assertThat(jdbc.sql("""
                        select count(*) from audit_entry where action = 'CLIENT_REGISTERED'
                          and details = 'entered afterwards' and subject_id in (:ids)""")
                .param("ids", ids.stream().map(UUID::toString).toList()).query(Long.class).single())
                .isEqualTo(count);
    }
}
