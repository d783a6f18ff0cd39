package org.throughcare.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.throughcare.IntegrationTest;
import org.throughcare.ThroughcareApplication;
import org.throughcare.Together;
import org.throughcare.audit.AuditLog;
import org.throughcare.audit.AuditSequencer;
import org.throughcare.audit.ChainVerification;
import org.throughcare.client.ClientManagement;
import org.throughcare.client.ReleaseDateChanged;
import org.throughcare.group.ConsentManagement;
import org.throughcare.group.GroupManagement;
import org.throughcare.plan.PlanFixtures;
import org.throughcare.shared.ClientId;
import org.throughcare.shared.DataCategory;

/**
 * Two application nodes on one database, both handed the same events at the same moment — each publishes every
 * event itself (a prison's system that sends its batch to both), and the second keeps resubmitting whatever the
 * registry shows outstanding (as a restarted node or the staleness check does) while the first delivers it: each
 * (event, recipient, channel) notice exists once, every member and the office manager is told, each disclosure is
 * audited once, and the audit chain verifies.
 */
@IntegrationTest
class NoticeTwoNodeTests {

    private static final int CLIENTS = 12;
    private static final int MOVES_PER_CLIENT = 4;

    @Autowired
    JdbcClient jdbc;
    @Autowired
    ClientManagement clients;
    @Autowired
    GroupManagement groups;
    @Autowired
    ConsentManagement consents;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    AuditSequencer sequencer;
    @Autowired
    AuditLog audit;

    @Test
    void twoNodesGivenTheSameEventsTellEveryMemberOnce() throws Exception {
        PlanFixtures fixtures = new PlanFixtures(jdbc, clients, groups, consents);
        NoticeFixtures notices = new NoticeFixtures(jdbc, clients);
        List<ClientId> cases = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            ClientId client = fixtures.clientInCustody("Two Node Client " + i, 220);
            fixtures.join(client, "partner");
            fixtures.join(client, "employment");
            fixtures.consent(client, "partner", DataCategory.BASIC_AND_CUSTODY);
            // The employment service's consent does not cover custody facts: "not notified", on both nodes alike.
            fixtures.consent(client, "employment", DataCategory.PLAN_AND_MEASURES);
            cases.add(client);
        }
        notices.awaitDelivered();
        long mark = jdbc.sql("select coalesce(max(id), 0) from audit_entry").query(Long.class).single();
        List<ReleaseDateChanged> moves = NoticeFixtures.moves(cases, MOVES_PER_CLIENT, 220,
                fixtures.actor("coordinator").userId());

        try (ConfigurableApplicationContext nodeB = new SpringApplicationBuilder(ThroughcareApplication.class)
                .run("--server.port=0", "--throughcare.bulkhead.max-wait=60s")) {
            TransactionTemplate onA = new TransactionTemplate(transactions);
            TransactionTemplate onB = new TransactionTemplate(nodeB.getBean(PlatformTransactionManager.class));
            ApplicationEventPublisher eventsOnB = nodeB;
            IncompleteEventPublications outstandingOnB = nodeB.getBean(IncompleteEventPublications.class);
            AtomicBoolean publishing = new AtomicBoolean(true);
            List<Callable<Integer>> work = new ArrayList<>();
            for (ReleaseDateChanged move : moves) {
                work.add(() -> {
                    onA.executeWithoutResult(status -> events.publishEvent(move));
                    return 1;
                });
                work.add(() -> {
                    onB.executeWithoutResult(status -> eventsOnB.publishEvent(move));
                    return 1;
                });
            }
            work.add(() -> {
                int rounds = 0;
                do {
                    outstandingOnB.resubmitIncompletePublications(p -> true);
                    rounds++;
                    Thread.sleep(20);
                } while (publishing.get() || rounds < 5);
                return rounds;
            });
            work.add(() -> {
                Thread.sleep(2000);
                publishing.set(false);
                return 1;
            });
            Together.call(work);
            notices.awaitDelivered();
            new NoticeFixtures(nodeB.getBean(JdbcClient.class), clients).awaitDelivered();
        }

        for (ClientId client : cases) {
            assertThat(eventCount(client)).as("one event per move of %s", client).isEqualTo(MOVES_PER_CLIENT);
            assertThat(noticeCount(client, "partner")).as("the partner told of each move, once")
                    .isEqualTo(MOVES_PER_CLIENT);
            assertThat(noticeCount(client, "manager")).as("the office manager told of each move, once")
                    .isEqualTo(MOVES_PER_CLIENT);
            assertThat(noticeCount(client, "employment")).as("a consent without custody facts tells nothing")
                    .isZero();
            assertThat(jdbc.sql("""
                            select o.outcome || ' ' || count(*) from notice_outcome o
                            join notice_event e on e.id = o.event_id join app_user u on u.id = o.person_id
                            where e.client_id = :c and e.kind = 'RELEASE_DATE_CHANGED' and e.previous_date is not null
                              and u.username = :u
                            group by o.outcome""")
                    .param("c", client.value()).param("u", "employment").query(String.class).list())
                    .as("the coordinator sees, once per move, why the employment service was not told")
                    .containsExactly("NOT_COVERED " + MOVES_PER_CLIENT);
            assertThat(jdbc.sql("""
                            select count(*) from audit_entry
                            where id > :mark and actor_username = 'partner' and subject_id = :c
                              and purpose = 'notice disclosure' and outcome = 'ALLOWED'""")
                    .param("mark", mark).param("c", client.toString()).query(Long.class).single())
                    .as("each disclosure to the partner audited once").isEqualTo(MOVES_PER_CLIENT);
        }
        assertThat(jdbc.sql("""
                        select count(*) from (select event_id, recipient_id, channel from notice
                        group by event_id, recipient_id, channel having count(*) > 1) twice""")
                .query(Long.class).single()).as("no notice twice anywhere").isZero();
        sequencer.sealWaiting();
        ChainVerification verification = audit.verifyChain();
        assertThat(verification.intact()).as(verification.toString()).isTrue();
    }

    /** The moves' events: those after the first release date, which was set when the client was registered. */
    private long eventCount(ClientId client) {
        return jdbc.sql("""
                        select count(*) from notice_event where client_id = :c and kind = 'RELEASE_DATE_CHANGED'
                          and previous_date is not null""")
                .param("c", client.value()).query(Long.class).single();
    }

    private long noticeCount(ClientId client, String username) {
        return jdbc.sql("""
                        select count(*) from notice n join notice_event e on e.id = n.event_id
                        join app_user u on u.id = n.recipient_id
                        where e.client_id = :c and e.kind = 'RELEASE_DATE_CHANGED' and e.previous_date is not null
                          and u.username = :u""")
                .param("c", client.value()).param("u", username).query(Long.class).single();
    }
}
