package org.throughcare.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.throughcare.IntegrationTest;
import org.throughcare.client.ClientManagement;
import org.throughcare.client.HandOverCase;
import org.throughcare.client.ReleaseDateChanged;
import org.throughcare.group.ConsentManagement;
import org.throughcare.group.GroupManagement;
import org.throughcare.group.RecordConsent;
import org.throughcare.group.internal.ConsentExpiryCheck;
import org.throughcare.plan.DeclineMeasure;
import org.throughcare.plan.AssignMeasure;
import org.throughcare.plan.MeasureType;
import org.throughcare.plan.MeasureWork;
import org.throughcare.plan.Phase;
import org.throughcare.plan.PlanFixtures;
import org.throughcare.plan.PlanManagement;
import org.throughcare.shared.NeedArea;
import org.throughcare.shared.ClientId;
import org.throughcare.shared.DataCategory;

/**
 * Never twice: the same event delivered again, one after the other and many times at once, makes each notice
 * once. And each kind of event reaches the people the rules name.
 */
@IntegrationTest
class NoticeDeliveryTests {

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
    MeasureWork measureWork;
    @Autowired
    ConsentExpiryCheck expiryCheck;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    IncompleteEventPublications incomplete;
    @Autowired
    Inbox inbox;

    PlanFixtures fixtures;
    NoticeFixtures notices;

    @BeforeEach
    void setUp() {
        fixtures = new PlanFixtures(jdbc, clients, groups, consents);
        notices = new NoticeFixtures(jdbc, clients);
    }

    @Test
    void theSameEventDeliveredAgainAndManyTimesAtOnceTellsEachRecipientOnce() throws Exception {
        ClientId client = fixtures.clientInCustody("Redelivered Client", 80);
        notices.awaitDelivered();
        fixtures.join(client, "partner");
        fixtures.consent(client, "partner", DataCategory.BASIC_AND_CUSTODY);
        ReleaseDateChanged event = new ReleaseDateChanged(client, LocalDate.now().plusDays(80),
                LocalDate.now().plusDays(70), "earlier", fixtures.actor("coordinator").userId(), Instant.now(), false);
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        transaction.executeWithoutResult(status -> events.publishEvent(event));
        notices.awaitDelivered();
        transaction.executeWithoutResult(status -> events.publishEvent(event));
        notices.awaitDelivered();

        int deliveries = 12;
        ExecutorService pool = Executors.newFixedThreadPool(deliveries);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> sent = new ArrayList<>();
        for (int i = 0; i < deliveries; i++) {
            sent.add(pool.submit(() -> {
                start.await();
                transaction.executeWithoutResult(status -> events.publishEvent(event));
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : sent) {
            f.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();
        notices.awaitDelivered();

        String key = "release-date:" + client + ":" + event.changedAt();
        assertThat(jdbc.sql("select count(*) from notice_event where event_key = :k").param("k", key)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("""
                        select u.username from notice n join notice_event e on e.id = n.event_id
                        join app_user u on u.id = n.recipient_id where e.event_key = :k order by u.username""")
                .param("k", key).query(String.class).list())
                .as("each recipient once: the member and the office manager").containsExactly("manager", "partner");
        assertThat(jdbc.sql("""
                        select count(*) from event_publication
                        where listener_id like '%notification%' and serialized_event like :c""")
                .param("c", "%" + client + "%").query(Long.class).single())
                .as("every delivery completed (and archived), none left failing").isZero();
    }

    /**
     * The crash the registry guards against: the notices were committed, but the node died before the publication
     * was marked complete, and it is found incomplete (as the registry's staleness check or a failed attempt
     * leaves it). Resubmitted, it is read back from the registry and delivered again: nobody is told twice.
     */
    @Test
    void aPublicationLeftIncompleteByACrashIsDeliveredAgainOnRestartAndTellsNobodyTwice() {
        ClientId client = fixtures.clientInCustody("Crashed Delivery Client", 75);
        notices.awaitDelivered();
        fixtures.join(client, "partner");
        fixtures.consent(client, "partner", DataCategory.BASIC_AND_CUSTODY);
        notices.moveRelease(client, LocalDate.now().plusDays(65), "crash", "coordinator");
        notices.awaitDelivered();
        List<String> before = notices.noticesOf("partner", client);
        assertThat(before).hasSize(1);
        UUID publication = jdbc.sql("""
                        select id from event_publication_archive
                        where listener_id like '%notification%' and event_type like '%ReleaseDateChanged'
                          and serialized_event like :c and serialized_event like '%crash%'""")
                .param("c", "%" + client + "%").query(UUID.class).single();
        jdbc.sql("""
                insert into event_publication (id, listener_id, event_type, serialized_event, publication_date,
                  status, completion_attempts)
                select id, listener_id, event_type, serialized_event, publication_date, 'FAILED', 1
                from event_publication_archive where id = :id""").param("id", publication).update();
        jdbc.sql("delete from event_publication_archive where id = :id").param("id", publication).update();

        incomplete.resubmitIncompletePublications(p -> p.getIdentifier().equals(publication));
        org.awaitility.Awaitility.await("delivered again and completed").atMost(java.time.Duration.ofSeconds(60))
                .until(() -> jdbc.sql("select count(*) from event_publication_archive where id = :id")
                        .param("id", publication).query(Long.class).single() == 1);
        assertThat(notices.noticesOf("partner", client)).as("no second notice").isEqualTo(before);
    }

    @Test
    void aMeasureGivenAcceptedAndDeclinedReachesItsOwnerAndTheCoordinator() {
        ClientId client = fixtures.clientInCustody("Measure Notice Client", 60);
        notices.awaitDelivered();
        fixtures.join(client, "employment");
        fixtures.consent(client, "employment", DataCategory.BASIC_AND_CUSTODY, DataCategory.PLAN_AND_MEASURES,
                DataCategory.FINANCES_AND_DEBT, DataCategory.HEALTH_AND_SUBSTANCE_USE);
        var employment = fixtures.actor("employment");
        UUID first = plans.addMeasure(client, new AssignMeasure(NeedArea.EMPLOYMENT_EDUCATION_TRAINING, "Job club", MeasureType.OTHER,
                employment.organisationId().value(), employment.userId().value(), null, Phase.AFTER_RELEASE, null, null,
                null), fixtures.actor("coordinator"));
        UUID second = plans.addMeasure(client, new AssignMeasure(NeedArea.EMPLOYMENT_EDUCATION_TRAINING, "Work trial", MeasureType.OTHER,
                employment.organisationId().value(), employment.userId().value(), null, Phase.AFTER_RELEASE, null, null,
                null), fixtures.actor("coordinator"));
        notices.awaitDelivered();
        assertThat(kinds("employment", client)).containsExactly("MEASURE_ASSIGNED", "MEASURE_ASSIGNED");
        assertThat(inbox.page(new InboxFilter(InboxFilter.Show.ALL, client.value()),
                org.throughcare.shared.PageRequest.of(0, 10), employment).items()).extracting(NoticeView::href)
                .as("each leads to its measure").containsExactlyInAnyOrder(
                        "/clients/" + client + "/plan/measures/" + first, "/clients/" + client + "/plan/measures/" + second);
        measureWork.accept(client, first, null, employment);
        measureWork.decline(client, second, new DeclineMeasure("no places this spring", null), employment);
        notices.awaitDelivered();
        assertThat(kinds("coordinator", client)).containsExactlyInAnyOrder("MEASURE_ACCEPTED", "MEASURE_DECLINED");
        assertThat(notices.noticesOf("coordinator", client)).as("the reason stays in the plan")
                .noneMatch(n -> n.contains("no places"));
        assertThat(kinds("employment", client)).as("nobody is told of their own answer")
                .containsExactly("MEASURE_ASSIGNED", "MEASURE_ASSIGNED");
    }

    @Test
    void aHandoverTellsTheNewCoordinatorAndTheFormerOneWithoutNamingTheClient() {
        ClientId client = fixtures.clientInCustody("Handover Notice Client", 60);
        long version = jdbc.sql("select version from client where id = :id").param("id", client.value())
                .query(Long.class).single();
        clients.handOver(client, new HandOverCase(fixtures.actor("manager").userId().value(), LocalDate.now(),
                "parental leave", version), fixtures.actor("manager"));
        notices.awaitDelivered();
        assertThat(notices.noticesOf("coordinator", client)).as("the former coordinator, who no longer reads the case")
                .containsExactly("COORDINATOR_HANDED_OVER null " + LocalDate.now() + " null");
        assertThat(kinds("manager", client)).as("the new coordinator made the handover").doesNotContain(
                "COORDINATOR_HANDED_OVER");
    }

    @Test
    void aConsentRunningOutWithinTwoWeeksIsAnnouncedOncePerEndDate() {
        ClientId client = fixtures.clientInCustody("Expiring Consent Client", 60);
        UUID consent = consents.record(client, new RecordConsent(org.throughcare.group.ConsentForm.DIGITAL,
                LocalDate.now(), null, true, "2026-1", LocalDate.now().plusDays(10),
                List.of(fixtures.actor("partner").organisationId().value()), List.of(DataCategory.BASIC_AND_CUSTODY)),
                null, fixtures.actor("coordinator"));
        assertThat(expiryCheck.announceExpiring()).isPositive();
        assertThat(expiryCheck.announceExpiring()).as("a second check announces nothing again").isZero();
        notices.awaitDelivered();
        assertThat(kinds("coordinator", client)).containsExactly("CONSENT_EXPIRING");
        assertThat(kinds("manager", client)).contains("CONSENT_EXPIRING");
        jdbc.sql("update consent set valid_until = :d where id = :id").param("d", LocalDate.now().plusDays(12))
                .param("id", consent).update();
        assertThat(expiryCheck.announceExpiring()).as("a new end date is announced again").isEqualTo(1);
        notices.awaitDelivered();
        assertThat(kinds("coordinator", client)).containsExactly("CONSENT_EXPIRING", "CONSENT_EXPIRING");
    }

    private List<String> kinds(String username, ClientId client) {
        return notices.noticesOf(username, client).stream().map(n -> n.split(" ")[0]).toList();
    }

}
