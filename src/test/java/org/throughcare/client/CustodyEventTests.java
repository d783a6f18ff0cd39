package org.throughcare.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.throughcare.client.CustodyEventFixtures.OTHER_PRISON_STAFF;
import static org.throughcare.client.CustodyEventFixtures.event;

import com.jayway.jsonpath.JsonPath;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.throughcare.IntegrationTest;
import org.throughcare.identity.IdentityManagement;
import org.throughcare.shared.ClientId;

/**
 * Each kind of custody event changes the case's custody facts, is kept in the history with who recorded it and
 * from what source, and is announced; a transfer moves the prison rule to the new institution.
 */
@IntegrationTest
@RecordApplicationEvents
class CustodyEventTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ClientManagement management;
    @Autowired
    ClientLifecycle lifecycle;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    IdentityManagement identity;
    @Autowired
    ApplicationEvents published;

    CustodyEventFixtures fixtures;
    LocalDate today = LocalDate.now();

    @BeforeEach
    void fixtures() {
        fixtures = new CustodyEventFixtures(mvc, jdbc, management, accounts, identity);
    }

    @Test
    void aMovedReleaseDateFromThePrisonsSystemIsKeptAnnouncedAndShownWithTheRecordersName() throws Exception {
        ClientId client = fixtures.clients.inCustody("Custody Date", 60, RiskLevel.HIGH, 24);
        LocalDate moved = today.plusDays(75);
        MockHttpServletResponse answer = fixtures.sendAsSystem("prison", event("kvv-1", client, "RELEASE_DATE", moved,
                Instant.now(), "Court of appeal moved it", null));
        assertThat(answer.getStatus()).isEqualTo(201);
        assertThat(JsonPath.<Boolean>read(answer.getContentAsString(), "$.applied")).isTrue();
        assertThat(fixtures.releaseDate(client)).isEqualTo(moved);
        assertThat(jdbc.sql("select reason from key_date_change where client_id = :c and new_value = :d")
                .param("c", client.value()).param("d", moved).query(String.class).single())
                .isEqualTo("Court of appeal moved it");
        // The first is the custody form's, which set the date; the second the event's.
        assertThat(published.stream(ReleaseDateChanged.class).filter(e -> e.clientId().equals(client)))
                .hasSize(2).last().extracting(ReleaseDateChanged::newDate).isEqualTo(moved);

        String history = fixtures.read("coordinator", "/api/v1/clients/" + client + "/custody-events")
                .getContentAsString();
        assertThat(JsonPath.<List<String>>read(history, "$[*].kind")).containsExactly("RELEASE_DATE");
        assertThat(JsonPath.<String>read(history, "$[0].recordedBy")).isEqualTo("Lars Berg");
        assertThat(JsonPath.<String>read(history, "$[0].source")).isEqualTo("API");
        assertThat(JsonPath.<String>read(history, "$[0].eventId")).isEqualTo("kvv-1");
        String page = fixtures.read("coordinator", "/clients/" + client + "/custody-events").getContentAsString();
        assertThat(page).contains("Conditional release date set to " + moved).contains("Lars Berg")
                .contains("Court of appeal moved it").doesNotContain(">prison<");
    }

    @Test
    void anEarlyReleaseIsSetWithItsFormAndDateAndKeptInTheKeyDateHistory() throws Exception {
        ClientId client = fixtures.clients.inCustody("Custody Early", 90, RiskLevel.HIGH, 24);
        LocalDate early = today.plusDays(30);
        MockHttpServletResponse answer = fixtures.send("prison", event("hdc-1", client, "EARLY_RELEASE", early,
                Instant.now(), "Granted home detention curfew", "\"earlyReleaseType\": \"HOME_DETENTION_CURFEW\""));
        assertThat(answer.getStatus()).isEqualTo(201);
        String view = fixtures.read("coordinator", "/api/v1/clients/" + client).getContentAsString();
        assertThat(JsonPath.<String>read(view, "$.custody.earlyReleaseDate")).isEqualTo(early.toString());
        assertThat(JsonPath.<String>read(view, "$.custody.earlyReleaseType")).isEqualTo("HOME_DETENTION_CURFEW");
        assertThat(jdbc.sql("select count(*) from key_date_change where client_id = :c and date_field = 'EARLY_RELEASE'")
                .param("c", client.value()).query(Long.class).single()).isEqualTo(1);
        assertThat(published.stream(EarlyReleaseSet.class).filter(e -> e.clientId().equals(client))).singleElement()
                .satisfies(e -> {
                    assertThat(e.on()).isEqualTo(early);
                    assertThat(e.type()).isEqualTo(EarlyReleaseType.HOME_DETENTION_CURFEW);
                });
        // The conditional release date itself does not move: the early release sits beside it.
        assertThat(fixtures.releaseDate(client)).isEqualTo(today.plusDays(90));
        assertThat(fixtures.read("coordinator", "/clients/" + client).getContentAsString())
                .contains("Home detention curfew from " + early);
    }

    @Test
    void afterATransferStaffOfTheNewInstitutionSeeTheClientAndStaffOfTheOldOneNoLonger() throws Exception {
        ClientId client = fixtures.clients.inCustody("Custody Transfer", 60, RiskLevel.HIGH, 24);
        String api = "/api/v1/clients/" + client;
        String page = "/clients/" + client;
        assertThat(fixtures.read("prison", api).getStatus()).isEqualTo(200);
        assertThat(fixtures.read("prison", page).getStatus()).isEqualTo(200);
        assertThat(fixtures.read(OTHER_PRISON_STAFF, api).getStatus()).isEqualTo(403);
        assertThat(fixtures.read(OTHER_PRISON_STAFF, page).getStatus()).isEqualTo(403);

        MockHttpServletResponse answer = fixtures.send("prison", event("move-1", client, "TRANSFER", today,
                Instant.now(), "Moved for a programme", "\"institutionId\": \"" + fixtures.skanninge() + "\""));
        assertThat(answer.getStatus()).isEqualTo(201);
        assertThat(JsonPath.<String>read(answer.getContentAsString(), "$.fromInstitution")).isEqualTo("Anstalten Umeå");
        assertThat(JsonPath.<String>read(answer.getContentAsString(), "$.toInstitution"))
                .isEqualTo("Anstalten Skänninge");

        assertThat(fixtures.read("prison", api).getStatus()).isEqualTo(403);
        assertThat(fixtures.read("prison", page).getStatus()).isEqualTo(403);
        assertThat(fixtures.read(OTHER_PRISON_STAFF, api).getStatus()).isEqualTo(200);
        assertThat(fixtures.read(OTHER_PRISON_STAFF, page).getStatus()).isEqualTo(200);
        assertThat(fixtures.read(OTHER_PRISON_STAFF, "/api/v1/clients?q=Transfer").getContentAsString())
                .contains(client.toString());
        assertThat(fixtures.read("prison", "/api/v1/clients?q=Transfer").getContentAsString())
                .doesNotContain(client.toString());
        // The new institution records the next event; the old one is refused as any other prison would be.
        assertThat(fixtures.send("prison", event("move-2", client, "RELEASE_DATE", today.plusDays(70),
                Instant.now(), "Late notice", null)).getStatus()).isEqualTo(403);
        assertThat(fixtures.send(OTHER_PRISON_STAFF, event("sk-1", client, "RELEASE_DATE", today.plusDays(70),
                Instant.now(), "New date after the move", null)).getStatus()).isEqualTo(201);
        assertThat(published.stream(ClientTransferred.class).filter(e -> e.clientId().equals(client))).singleElement()
                .satisfies(e -> {
                    assertThat(e.fromInstitutionId()).isEqualTo(fixtures.umea());
                    assertThat(e.toInstitutionId()).isEqualTo(fixtures.skanninge());
                });
        assertThat(fixtures.read("coordinator", "/clients/" + client + "/custody-events").getContentAsString())
                .contains("Transferred from Anstalten Umeå to Anstalten Skänninge on " + today);
    }

    @Test
    void aReleaseEndsCustodyAndAReturnOpensANewEpisodeWithTheOldOneKept() throws Exception {
        ClientId client = enrolled("Custody Release");
        assertThat(fixtures.send("prison", event("rel-0", client, "RELEASED", today.plusDays(1), Instant.now(),
                "Released early", null)).getStatus()).as("a release in the future").isEqualTo(400);
        assertThat(fixtures.send("prison", event("rel-1", client, "RELEASED", today, Instant.now(),
                "Released at the gate", null)).getStatus()).isEqualTo(201);
        assertThat(jdbc.sql("select stage from client where id = :c").param("c", client.value()).query(String.class)
                .single()).isEqualTo("RELEASED");
        assertThat(published.stream(ClientReleased.class).filter(e -> e.clientId().equals(client))).hasSize(1);
        assertThat(fixtures.read("prison", "/api/v1/clients/" + client).getStatus()).isEqualTo(403);

        // Back in custody: the prison no longer holds the client, so the coordinator records the recall.
        String recall = event("ret-1", client, "RETURNED_TO_CUSTODY", today, Instant.now(), "Recalled",
                "\"returnReason\": \"RECALL\", \"institutionId\": \"" + fixtures.umea() + "\"");
        assertThat(fixtures.send("prison", recall).getStatus()).isEqualTo(403);
        assertThat(fixtures.send("coordinator", recall).getStatus()).isEqualTo(201);
        assertThat(jdbc.sql("select count(*) from custody_episode where client_id = :c").param("c", client.value())
                .query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("select released_on from custody_episode where client_id = :c and not current")
                .param("c", client.value()).query(LocalDate.class).single()).isEqualTo(today);
        assertThat(jdbc.sql("select stage from client where id = :c").param("c", client.value()).query(String.class)
                .single()).isEqualTo("RETURNED_TO_CUSTODY");
        assertThat(published.stream(ReturnedToCustody.class).filter(e -> e.clientId().equals(client))).hasSize(1);
        assertThat(fixtures.read("prison", "/api/v1/clients/" + client).getStatus()).isEqualTo(200);
        assertThat(fixtures.events(client)).isEqualTo(2);
    }

    @Test
    void theCoordinatorChangesTheResponsibleMunicipalityOnThePageAndBothAreKept() throws Exception {
        ClientId client = fixtures.clients.inCustody("Custody Municipality", 60, RiskLevel.HIGH, 24);
        String other = jdbc.sql("select code from municipality where code <> '2480' order by code limit 1")
                .query(String.class).single();
        String form = "/clients/" + client + "/custody-events/municipality";
        assertThat(fixtures.read("coordinator", form).getContentAsString()).contains("municipalityCode");
        MockHttpServletResponse same = mvc.perform(post(form).with(user(accounts.loadUserByUsername("coordinator")))
                .with(csrf()).param("effectiveOn", today.toString()).param("municipalityCode", "2480")
                .param("reason", "Moved").param("version", "" + fixtures.version(client))).andReturn().getResponse();
        assertThat(same.getStatus()).isEqualTo(200);
        assertThat(same.getContentAsString()).contains("This municipality is already responsible for the client.");
        assertThat(fixtures.events(client)).isZero();

        MockHttpServletResponse saved = mvc.perform(post(form).with(user(accounts.loadUserByUsername("coordinator")))
                .with(csrf()).param("effectiveOn", today.toString()).param("municipalityCode", other)
                .param("reason", "Family moved").param("version", "" + fixtures.version(client))).andReturn()
                .getResponse();
        assertThat(saved.getRedirectedUrl()).isEqualTo("/clients/" + client + "/custody-events");
        assertThat(jdbc.sql("select municipality_code from client where id = :c").param("c", client.value())
                .query(String.class).single()).isEqualTo(other);
        assertThat(jdbc.sql("select from_municipality || '>' || to_municipality || ':' || source from custody_event "
                + "where client_id = :c").param("c", client.value()).query(String.class).single())
                .isEqualTo("2480>" + other + ":PAGE");
        assertThat(published.stream(ResponsibleMunicipalityChanged.class).filter(e -> e.clientId().equals(client)))
                .singleElement().satisfies(e -> assertThat(e.previousMunicipalityCode()).isEqualTo("2480"));
    }

    private ClientId enrolled(String name) {
        ClientId client = fixtures.clients.inCustody(name, 60, RiskLevel.HIGH, 24);
        var coordinator = fixtures.clients.actor("coordinator");
        Criterion.Status met = Criterion.Status.MET;
        lifecycle.screen(client, new RecordScreening(met, null, met, null, met, null, met, null, met, null, met, null,
                Eligibility.ELIGIBLE, "Meets the criteria", fixtures.version(client)), coordinator);
        lifecycle.changeStage(client, new ChangeStage(Stage.CONSENTED, today, "Signed", fixtures.version(client)),
                coordinator);
        lifecycle.changeStage(client, new ChangeStage(Stage.ENROLLED, today, "Enrolled", fixtures.version(client)),
                coordinator);
        return client;
    }
}
