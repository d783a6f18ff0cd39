package org.throughcare.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.throughcare.IntegrationTest;
import org.throughcare.Together;
import org.throughcare.shared.NeedArea;
import org.throughcare.client.ClientManagement;
import org.throughcare.client.ClientTransferred;
import org.throughcare.client.CustodyEventKind;
import org.throughcare.client.CustodyEvents;
import org.throughcare.client.EarlyReleaseType;
import org.throughcare.client.RecordCustodyEvent;
import org.throughcare.client.ReleaseDateChanged;
import org.throughcare.group.ConsentManagement;
import org.throughcare.group.GroupManagement;
import org.throughcare.shared.Actor;
import org.throughcare.shared.ClientId;
import org.throughcare.shared.DataCategory;
import org.throughcare.shared.contribution.ClientFlags;

/**
 * A custody event re-plans what hung on the old release date or institution (issue 12 item 6): the release-day
 * arrangements wait to be checked until their owner or the coordinator confirms them, measures at release due on
 * the old date are moved or kept by who may edit them, the coordinator's caseload flags them, every answer is in
 * the plan's history and the audit log, and an event delivered twice changes nothing twice.
 */
@IntegrationTest
class ReplanningTests {

    private static final String PRISON = "Anstalten Umeå";

    @Autowired
    MockMvc mvc;
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
    @Autowired
    ReleaseDayArrangements releaseDay;
    @Autowired
    Replanning replanning;
    @Autowired
    CustodyEvents custody;
    @Autowired
    List<ClientFlags> flagSources;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    PlatformTransactionManager transactions;

    PlanFixtures fixtures;
    Actor coordinator;
    ClientId client;
    LocalDate releaseOn;
    UUID dueOnRelease;
    UUID dueOtherwise;
    UUID afterRelease;

    /**
     * A client released in 40 days whose group has arranged the release day: the first night and the gate pick-up
     * by the social services (the pick-up's text names the prison), transport by the employment service; and
     * three measures, only one of which is at release and due on the release date.
     */
    @BeforeEach
    void aPlannedReleaseDay() {
        fixtures = new PlanFixtures(jdbc, clients, groups, consents);
        coordinator = fixtures.actor("coordinator");
        client = fixtures.clientInCustody("Replanning Client " + UUID.randomUUID().toString().substring(0, 6), 40);
        releaseOn = LocalDate.now().plusDays(40);
        fixtures.join(client, "partner");
        fixtures.consent(client, "partner", DataCategory.BASIC_AND_CUSTODY, DataCategory.PLAN_AND_MEASURES);
        fixtures.join(client, "employment");
        fixtures.consent(client, "employment", DataCategory.BASIC_AND_CUSTODY, DataCategory.PLAN_AND_MEASURES);
        UUID social = fixtures.actor("partner").organisationId().value();
        UUID employment = fixtures.actor("employment").organisationId().value();
        releaseDay.save(client, new ArrangeReleaseDay(List.of(
                new ReleaseDayEntry(ReleaseDayItem.FIRST_NIGHT, "Room at the shelter", social, "Omar", null),
                new ReleaseDayEntry(ReleaseDayItem.MET_AT_GATE, "Picked up at the gate of " + PRISON, social, null,
                        null),
                new ReleaseDayEntry(ReleaseDayItem.TRANSPORT, "Bus ticket", employment, null, null))), coordinator);
        UUID worker = fixtures.actor("employment").userId().value();
        dueOnRelease = plans.addMeasure(client, new AssignMeasure(NeedArea.EMPLOYMENT_EDUCATION_TRAINING,
                "Job interview on the day", MeasureType.EMPLOYMENT_EDUCATION, employment, worker, null,
                Phase.AT_RELEASE, null, releaseOn, null), coordinator);
        dueOtherwise = plans.addMeasure(client, new AssignMeasure(NeedArea.EMPLOYMENT_EDUCATION_TRAINING,
                "Register at the office", MeasureType.EMPLOYMENT_EDUCATION, employment, worker, null,
                Phase.AT_RELEASE, null, releaseOn.plusDays(3), null), coordinator);
        afterRelease = plans.addMeasure(client, new AssignMeasure(NeedArea.EMPLOYMENT_EDUCATION_TRAINING,
                "Course after release", MeasureType.EMPLOYMENT_EDUCATION, employment, worker, null,
                Phase.AFTER_RELEASE, null, releaseOn, null), coordinator);
    }

    private void record(CustodyEventKind kind, RecordCustodyEvent event) {
        custody.record(client, kind, event, coordinator);
        awaitReplanned();
    }

    private void awaitReplanned() {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50)).until(() -> jdbc.sql("""
                select count(*) from event_publication
                where listener_id like '%ReleaseReplanningListener%' and completion_date is null""")
                .query(Long.class).single() == 0);
    }

    private long version() {
        return jdbc.sql("select version from client where id = :id").param("id", client.value())
                .query(Long.class).single();
    }

    private void moveRelease(LocalDate to) {
        record(CustodyEventKind.RELEASE_DATE, new RecordCustodyEvent(to, null, null, null, null, "Court decision",
                version()));
    }

    /** The arrangements waiting, as item, reason, old and new date. */
    private List<String> arrangementChecks() {
        return jdbc.sql("""
                        select item || ' ' || reason || ' ' || coalesce(cast(old_date as varchar), '-') || ' '
                          || coalesce(cast(new_date as varchar), '-')
                        from release_day_check where client_id = :c order by item, reason""")
                .param("c", client.value()).query(String.class).list();
    }

    private List<String> measureChecks() {
        return jdbc.sql("""
                        select cast(measure_id as varchar) || ' ' || cast(old_date as varchar) || ' '
                          || cast(new_date as varchar) from measure_date_check where client_id = :c""")
                .param("c", client.value()).query(String.class).list();
    }

    private List<String> history(String kind) {
        return jdbc.sql("select coalesce(item, cast(subject_id as varchar)) from plan_change where client_id = :c "
                        + "and kind = :k order by changed_at").param("c", client.value()).param("k", kind)
                .query(String.class).list();
    }

    private long audited(String action, String outcome) {
        return jdbc.sql("""
                        select count(*) from audit_entry where subject_id = :c and action = :a and outcome = :o""")
                .param("c", client.toString()).param("a", action).param("o", outcome).query(Long.class).single();
    }

    private List<String> kinds() {
        List<String> kinds = new ArrayList<>();
        flagSources.forEach(f -> kinds.addAll(f.flagsFor(List.of(client.value()), coordinator)
                .getOrDefault(client.value(), List.of())));
        return kinds;
    }

    @Test
    void aMovedReleaseDateMarksEveryArrangementAndTheMeasuresDueOnTheOldDateAndTheCoordinatorSeesTheFlags()
            throws Exception {
        assertThat(kinds()).doesNotContain("RELEASE_DAY_TO_CHECK", "MEASURE_DATE_TO_CHECK");
        LocalDate moved = releaseOn.plusDays(10);
        moveRelease(moved);

        String dates = releaseOn + " " + moved;
        assertThat(arrangementChecks()).containsExactly("FIRST_NIGHT DATE_MOVED " + dates,
                "MET_AT_GATE DATE_MOVED " + dates, "TRANSPORT DATE_MOVED " + dates);
        assertThat(measureChecks()).as("only the measure at release due on the old date")
                .containsExactly(dueOnRelease + " " + dates);
        assertThat(kinds()).contains("RELEASE_DAY_TO_CHECK", "MEASURE_DATE_TO_CHECK");
        ClientFlags plan = flagSources.stream().filter(f -> f.kinds().contains("RELEASE_DAY_TO_CHECK")).findFirst()
                .orElseThrow();
        assertThat(plan.hrefFor("RELEASE_DAY_TO_CHECK", client.value()))
                .isEqualTo("/clients/" + client + "/plan/release-day");
        assertThat(plan.hrefFor("MEASURE_DATE_TO_CHECK", client.value())).isEqualTo("/clients/" + client + "/plan");
        String caseload = page("coordinator", "/clients?flag=RELEASE_DAY_TO_CHECK");
        assertThat(caseload).contains(jdbc.sql("select full_name from client where id = :c")
                .param("c", client.value()).query(String.class).single());

        // The pages say it, with the dates.
        String releaseDayPage = page("coordinator", "/clients/" + client + "/plan/release-day");
        assertThat(releaseDayPage).contains("Release date moved — check", "(" + releaseOn + " → " + moved + ")",
                "/clients/" + client + "/plan/release-day/FIRST_NIGHT/confirm");
        assertThat(page("coordinator", "/clients/" + client + "/plan")).contains("Measures due on the old release date",
                "/clients/" + client + "/plan/measures/" + dueOnRelease + "/release-date");

        // Moved again before anyone checked: the checks keep the date the plan was made for and take the latest.
        LocalDate again = moved.plusDays(5);
        moveRelease(again);
        assertThat(arrangementChecks()).first().isEqualTo("FIRST_NIGHT DATE_MOVED " + releaseOn + " " + again);
        assertThat(measureChecks()).containsExactly(dueOnRelease + " " + releaseOn + " " + again);
    }

    @Test
    void anEarlyReleaseReplacesTheConditionalReleaseDate() {
        LocalDate early = releaseOn.minusDays(20);
        record(CustodyEventKind.EARLY_RELEASE, new RecordCustodyEvent(early, null, null, EarlyReleaseType.values()[0],
                null, "Curfew", version()));
        String dates = releaseOn + " " + early;
        assertThat(arrangementChecks()).containsExactly("FIRST_NIGHT DATE_MOVED " + dates,
                "MET_AT_GATE DATE_MOVED " + dates, "TRANSPORT DATE_MOVED " + dates);
        assertThat(measureChecks()).containsExactly(dueOnRelease + " " + dates);
    }

    @Test
    void aTransferMarksOnlyTheArrangementsThatNameTheOldInstitution() {
        record(CustodyEventKind.TRANSFER, new RecordCustodyEvent(LocalDate.now(),
                fixtures.organisation("Anstalten Skänninge"), null, null, null, "Programme", version()));
        assertThat(arrangementChecks()).containsExactly("MET_AT_GATE TRANSFERRED - -");
        assertThat(measureChecks()).isEmpty();
        assertThat(kinds()).contains("RELEASE_DAY_TO_CHECK").doesNotContain("MEASURE_DATE_TO_CHECK");
    }

    @Test
    void theOwnerOrTheCoordinatorConfirmsAndOthersAreRefusedAndAudited() throws Exception {
        moveRelease(releaseOn.plusDays(10));
        String base = "/clients/" + client + "/plan/release-day/";

        // Offered only to who may: the social services confirm what they own, not the employment service's.
        String partnerPage = page("partner", "/clients/" + client + "/plan/release-day");
        assertThat(partnerPage).contains(base + "FIRST_NIGHT/confirm", base + "MET_AT_GATE/confirm")
                .doesNotContain(base + "TRANSPORT/confirm").doesNotContain("name=\"items[0].arrangement\"");
        assertThat(page("employment", "/clients/" + client + "/plan/release-day"))
                .contains(base + "TRANSPORT/confirm").doesNotContain(base + "FIRST_NIGHT/confirm");

        for (String who : List.of("partner", "prison", "analyst")) {
            long refused = audited("WRITE", "DENIED");
            int status = mvc.perform(post(base + "TRANSPORT/confirm").cookie(login(who)).with(csrf())).andReturn()
                    .getResponse().getStatus();
            assertThat(status).as(who).isEqualTo(403);
            if (!who.equals("analyst")) {
                assertThat(audited("WRITE", "DENIED")).as(who + ": the refusal is audited").isGreaterThan(refused);
            }
        }
        assertThat(arrangementChecks()).hasSize(3).as("nothing confirmed by a refusal");
        // An item that does not exist (400), or one never arranged (404): no server error, nothing confirmed.
        for (String item : List.of("NO_SUCH_ITEM", "MEDICATION", "%20")) {
            assertThat(mvc.perform(post(base + item + "/confirm").cookie(login("coordinator")).with(csrf()))
                    .andReturn().getResponse().getStatus()).as(item).isIn(400, 404);
        }
        assertThat(arrangementChecks()).hasSize(3);

        assertThat(mvc.perform(post(base + "FIRST_NIGHT/confirm").cookie(login("partner")).with(csrf()))
                .andReturn().getResponse().getStatus()).isEqualTo(302);
        assertThat(mvc.perform(post(base + "TRANSPORT/confirm").cookie(login("coordinator")).with(csrf()))
                .andReturn().getResponse().getStatus()).isEqualTo(302);
        assertThat(arrangementChecks()).singleElement().asString().startsWith("MET_AT_GATE");
        assertThat(history("RELEASE_DAY_CONFIRMED")).containsExactly("FIRST_NIGHT", "TRANSPORT");
        assertThat(audited("RELEASE_DAY_CONFIRMED", "SUCCEEDED") + audited("RELEASE_DAY_CONFIRMED", "ALLOWED"))
                .isEqualTo(2);
        assertThat(kinds()).contains("RELEASE_DAY_TO_CHECK");
        replanning.confirm(client, ReleaseDayItem.MET_AT_GATE, coordinator);
        assertThat(kinds()).doesNotContain("RELEASE_DAY_TO_CHECK");
    }

    @Test
    void whoMayEditTheMeasureMovesItToTheNewDateOrKeepsItAndOthersAreRefused() throws Exception {
        LocalDate moved = releaseOn.plusDays(10);
        moveRelease(moved);
        String decide = "/clients/" + client + "/plan/measures/" + dueOnRelease + "/release-date";
        long measureVersion = jdbc.sql("select version from plan_measure where id = :m").param("m", dueOnRelease)
                .query(Long.class).single();
        assertThat(page("employment", "/clients/" + client + "/plan")).as("the owner may not edit the measure")
                .contains("Measures due on the old release date").doesNotContain(decide);
        for (String who : List.of("employment", "partner", "prison", "analyst")) {
            assertThat(mvc.perform(post(decide).cookie(login(who)).with(csrf()).param("decision", "MOVE")
                    .param("version", "" + measureVersion)).andReturn().getResponse().getStatus()).as(who)
                    .isEqualTo(403);
        }
        // A version the author did not see is stale: nothing moves.
        String stale = mvc.perform(post(decide).cookie(login("coordinator")).with(csrf()).param("decision", "MOVE")
                .param("version", "" + (measureVersion + 7)).locale(Locale.ENGLISH)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(stale).contains("error-summary");
        assertThat(measureChecks()).hasSize(1);

        assertThat(mvc.perform(post(decide).cookie(login("coordinator")).with(csrf()).param("decision", "MOVE")
                .param("version", "" + measureVersion)).andReturn().getResponse().getStatus()).isEqualTo(302);
        assertThat(jdbc.sql("select due_on from plan_measure where id = :m").param("m", dueOnRelease)
                .query(LocalDate.class).single()).isEqualTo(moved);
        assertThat(measureChecks()).isEmpty();
        assertThat(history("MEASURE_REDATED")).containsExactly(dueOnRelease.toString());
        assertThat(page("coordinator", "/clients/" + client + "/plan/measures/" + dueOnRelease))
                .contains("Moved to the new release date", ">" + releaseOn + "</span> → <span", ">" + moved + "<");

        // Moved back: the measure, now due on the date that moved, is to be checked again; this time it is kept.
        moveRelease(releaseOn);
        replanning.decide(client, dueOnRelease, new DateDecision(DateDecision.Choice.KEEP, null), coordinator);
        assertThat(jdbc.sql("select due_on from plan_measure where id = :m").param("m", dueOnRelease)
                .query(LocalDate.class).single()).isEqualTo(moved);
        assertThat(history("MEASURE_DATE_KEPT")).containsExactly(dueOnRelease.toString());
        assertThat(jdbc.sql("select due_on from plan_measure where id in (:m) order by due_on")
                .param("m", List.of(dueOtherwise, afterRelease)).query(LocalDate.class).list())
                .as("untouched").containsExactly(releaseOn, releaseOn.plusDays(3));
    }

    @Test
    void anEventDeliveredAgainChangesNothingTwice() {
        LocalDate moved = releaseOn.plusDays(10);
        moveRelease(moved);
        record(CustodyEventKind.TRANSFER, new RecordCustodyEvent(LocalDate.now(),
                fixtures.organisation("Anstalten Skänninge"), null, null, null, "Programme", version()));
        replanning.confirm(client, ReleaseDayItem.FIRST_NIGHT, coordinator);
        replanning.confirm(client, ReleaseDayItem.MET_AT_GATE, coordinator);
        replanning.decide(client, dueOnRelease, new DateDecision(DateDecision.Choice.KEEP, null), coordinator);
        List<String> before = arrangementChecks();
        assertThat(before).containsExactly("TRANSPORT DATE_MOVED " + releaseOn + " " + moved);

        // The registry delivers both events again, as after a restart: what was confirmed stays confirmed.
        String key = jdbc.sql("""
                        select event_key from plan_replanned_event where client_id = :c and event_key like 'release-date:%'""")
                .param("c", client.value()).query(String.class).single();
        Instant changedAt = Instant.parse(key.substring(("release-date:" + client + ":").length()));
        UUID transfer = jdbc.sql("select id from custody_event where client_id = :c and kind = 'TRANSFER'")
                .param("c", client.value()).query(UUID.class).single();
        new TransactionTemplate(transactions).executeWithoutResult(s -> {
            events.publishEvent(new ReleaseDateChanged(client, releaseOn, moved, "Court decision",
                    coordinator.userId(), changedAt, false));
            events.publishEvent(new ClientTransferred(transfer, client, fixtures.organisation(PRISON),
                    fixtures.organisation("Anstalten Skänninge"), LocalDate.now(), coordinator.userId(),
                    Instant.now(), false));
        });
        awaitReplanned();
        assertThat(arrangementChecks()).isEqualTo(before);
        assertThat(measureChecks()).isEmpty();
    }

    @Test
    void simultaneousConfirmationsAreEachAnsweredAndKeptOnce() throws Exception {
        moveRelease(releaseOn.plusDays(10));
        Actor partner = fixtures.actor("partner");
        Actor employment = fixtures.actor("employment");
        List<Callable<Boolean>> calls = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            ReleaseDayItem item = List.of(ReleaseDayItem.FIRST_NIGHT, ReleaseDayItem.MET_AT_GATE,
                    ReleaseDayItem.TRANSPORT).get(i % 3);
            Actor who = i % 2 == 0 ? coordinator : item == ReleaseDayItem.TRANSPORT ? employment : partner;
            calls.add(() -> {
                replanning.confirm(client, item, who);
                return true;
            });
        }
        calls.add(() -> {
            replanning.decide(client, dueOnRelease, new DateDecision(DateDecision.Choice.MOVE, null), coordinator);
            return true;
        });
        calls.add(() -> {
            replanning.decide(client, dueOnRelease, new DateDecision(DateDecision.Choice.KEEP, null), coordinator);
            return true;
        });
        assertThat(Together.call(calls)).as("every call answered").allMatch(ok -> ok);
        assertThat(arrangementChecks()).isEmpty();
        assertThat(measureChecks()).isEmpty();
        assertThat(history("RELEASE_DAY_CONFIRMED")).as("each confirmed once")
                .containsExactlyInAnyOrder("FIRST_NIGHT", "MET_AT_GATE", "TRANSPORT");
        assertThat(history("MEASURE_REDATED").size() + history("MEASURE_DATE_KEPT").size()).as("decided once")
                .isEqualTo(1);
        assertThat(jdbc.sql("""
                        select count(*) from audit_entry where subject_id = :c and action in
                          ('RELEASE_DAY_CONFIRMED', 'MEASURE_REDATED', 'MEASURE_DATE_KEPT')""")
                .param("c", client.toString()).query(Long.class).single()).as("audited once each").isEqualTo(4);
    }

    @Test
    void theChecksTheirFlagsAndTheirHistoryAreInWordsInEachLanguage() throws Exception {
        moveRelease(releaseOn.plusDays(10));
        record(CustodyEventKind.TRANSFER, new RecordCustodyEvent(LocalDate.now(),
                fixtures.organisation("Anstalten Skänninge"), null, null, null, "Programme", version()));
        replanning.decide(client, dueOnRelease, new DateDecision(DateDecision.Choice.KEEP, null), coordinator);
        // A measure due on the new date, which moves again: to be moved or kept.
        plans.addMeasure(client, new AssignMeasure(NeedArea.EMPLOYMENT_EDUCATION_TRAINING, "Interview, new date",
                MeasureType.EMPLOYMENT_EDUCATION, fixtures.actor("employment").organisationId().value(),
                fixtures.actor("employment").userId().value(), null, Phase.AT_RELEASE, null, releaseOn.plusDays(10),
                null), coordinator);
        moveRelease(releaseOn.plusDays(20));
        Map<Locale, List<String>> words = Map.of(
                Locale.ENGLISH, List.of("Release date moved — check", "Confirm, checked", "Measures due on the old"),
                Locale.forLanguageTag("sv"), List.of("Frigivningsdatumet har flyttats — kontrollera",
                        "förflyttats från anstalten", "Bekräfta, kontrollerad", "Flytta till det nya datumet",
                        "Datumet behållet", "Frigivningsdatum"),
                Locale.forLanguageTag("nb"), List.of("Løslatelsesdatoen er flyttet — sjekk",
                        "overført fra fengselet", "Bekreft, sjekket", "Flytt til den nye datoen", "Datoen beholdt",
                        "Løslatelsesdato"));
        for (var language : words.entrySet()) {
            Cookie session = login("coordinator");
            StringBuilder shown = new StringBuilder();
            for (String path : List.of("/clients/" + client + "/plan/release-day", "/clients/" + client + "/plan",
                    "/clients/" + client + "/plan/measures/" + dueOnRelease, "/clients?flag=MEASURE_DATE_TO_CHECK")) {
                shown.append(mvc.perform(get(path).cookie(session).locale(language.getKey())).andReturn()
                        .getResponse().getContentAsString(StandardCharsets.UTF_8));
            }
            assertThat(shown.toString()).as(language.getKey().toString()).contains(language.getValue())
                    .doesNotContain("DATE_MOVED", "TRANSFERRED", "recheck.", "planChange.", "planFact.", "??");
        }
    }

    @Test
    void theApiShowsWhatIsLeftToCheckAndTakesTheAnswersOfWhoMayGiveThem() throws Exception {
        LocalDate moved = releaseOn.plusDays(10);
        moveRelease(moved);
        String api = "/api/v1/clients/" + client + "/plan";
        String checks = mvc.perform(get(api + "/checks").with(httpBasic("employment", "demo"))).andReturn()
                .getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(checks, "$.arrangements[*].item"))
                .containsExactly("FIRST_NIGHT", "MET_AT_GATE", "TRANSPORT");
        assertThat(JsonPath.<List<Boolean>>read(checks, "$.arrangements[*].mayConfirm"))
                .as("the employment service owns the transport").containsExactly(false, false, true);
        assertThat(JsonPath.<List<String>>read(checks, "$.measures[*].oldDate")).containsExactly(releaseOn.toString());
        assertThat(JsonPath.<List<Boolean>>read(checks, "$.measures[*].mayDecide")).containsExactly(false);
        assertThat(mvc.perform(get(api + "/checks").with(httpBasic("analyst", "demo"))).andReturn().getResponse()
                .getStatus()).as("a reader of no client data").isEqualTo(403);

        assertThat(mvc.perform(post(api + "/release-day/TRANSPORT/confirmation").with(httpBasic("partner", "demo")))
                .andReturn().getResponse().getStatus()).as("not the owner").isEqualTo(403);
        assertThat(mvc.perform(post(api + "/release-day/TRANSPORT/confirmation").with(httpBasic("employment", "demo")))
                .andReturn().getResponse().getStatus()).isEqualTo(204);
        assertThat(arrangementChecks()).extracting(c -> c.substring(0, c.indexOf(' ')))
                .containsExactly("FIRST_NIGHT", "MET_AT_GATE");

        String decide = api + "/measures/" + dueOnRelease + "/release-date";
        long version = jdbc.sql("select version from plan_measure where id = :m").param("m", dueOnRelease)
                .query(Long.class).single();
        var bad = mvc.perform(post(decide).with(httpBasic("coordinator", "demo")).contentType("application/json")
                .content("{\"decision\": \"SOMETIMES\"}")).andReturn().getResponse();
        assertThat(bad.getStatus()).isEqualTo(400);
        assertThat(bad.getContentType()).startsWith("application/problem+json");
        assertThat(mvc.perform(post(decide).with(httpBasic("coordinator", "demo")).contentType("application/json")
                .content("{\"decision\": \"MOVE\", \"version\": " + (version + 3) + "}")).andReturn().getResponse()
                .getStatus()).as("a stale edit").isEqualTo(409);
        assertThat(mvc.perform(post(decide).with(httpBasic("employment", "demo")).contentType("application/json")
                .content("{\"decision\": \"MOVE\", \"version\": " + version + "}")).andReturn().getResponse()
                .getStatus()).as("the owner may not edit the measure").isEqualTo(403);
        assertThat(measureChecks()).hasSize(1);
        assertThat(mvc.perform(post(decide).with(httpBasic("coordinator", "demo")).contentType("application/json")
                .content("{\"decision\": \"MOVE\", \"version\": " + version + "}")).andReturn().getResponse()
                .getStatus()).isEqualTo(204);
        assertThat(jdbc.sql("select due_on from plan_measure where id = :m").param("m", dueOnRelease)
                .query(LocalDate.class).single()).isEqualTo(moved);
    }

    @Test
    void anArrangementNamesTheOldInstitutionByItsOwnerOrItsTextInAnyCase() {
        UUID prison = UUID.randomUUID();
        var owned = new org.throughcare.plan.internal.ReleaseDayItems.Row(ReleaseDayItem.TRANSPORT, "Van", prison,
                null, 0, prison, Instant.now());
        var written = new org.throughcare.plan.internal.ReleaseDayItems.Row(ReleaseDayItem.TRANSPORT,
                "Fetched at anstalten umeå", UUID.randomUUID(), null, 0, prison, Instant.now());
        var other = new org.throughcare.plan.internal.ReleaseDayItems.Row(ReleaseDayItem.TRANSPORT,
                "Fetched in town", UUID.randomUUID(), null, 0, prison, Instant.now());
        assertThat(Replanning.names(owned, prison, PRISON)).isTrue();
        assertThat(Replanning.names(written, prison, PRISON)).isTrue();
        assertThat(Replanning.names(other, prison, PRISON)).isFalse();
        assertThat(Replanning.names(other, prison, null)).isFalse();
    }

    private Cookie login(String user) throws Exception {
        return mvc.perform(SecurityMockMvcRequestBuilders.formLogin().user(user).password("demo")).andReturn()
                .getResponse().getCookie("SESSION");
    }

    private String page(String user, String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path).cookie(login(user)).locale(Locale.ENGLISH))
                .andReturn().getResponse();
        assertThat(response.getStatus()).as(user + " " + path).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }
}
