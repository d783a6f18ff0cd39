package org.throughcare.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.throughcare.IntegrationTest;
import org.throughcare.Together;
import org.throughcare.client.ClientManagement;
import org.throughcare.client.ReleaseDateChanged;
import org.throughcare.group.ConsentManagement;
import org.throughcare.group.GroupManagement;
import org.throughcare.notification.NoticeFixtures;
import org.throughcare.plan.PlanFixtures;
import org.throughcare.shared.ClientId;
import org.throughcare.shared.DataCategory;

/**
 * A burst of hundreds of events at once — as when a prison's system posts a day's custody events, or a restarted
 * node republishes what a crash left outstanding — while users work: the asynchronous listeners never run more at
 * once than the bound, every user request is answered, and every notice arrives, once.
 */
@IntegrationTest
class ListenerBurstTests {

    private static final int CLIENTS = 10;
    private static final int MOVES_PER_CLIENT = 30;

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
    MockMvc mvc;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    ListenerBulkhead bulkhead;
    @Value("${throughcare.events.max-concurrent-listeners}")
    int bound;

    @Test
    void aBurstOfHundredsOfEventsKeepsTheListenerBoundAnswersEveryUserAndTellsEveryoneOnce() throws Exception {
        PlanFixtures fixtures = new PlanFixtures(jdbc, clients, groups, consents);
        NoticeFixtures notices = new NoticeFixtures(jdbc, clients);
        List<ClientId> burstClients = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            ClientId client = fixtures.clientInCustody("Burst Client " + i, 200);
            fixtures.join(client, "partner");
            fixtures.consent(client, "partner", DataCategory.BASIC_AND_CUSTODY);
            burstClients.add(client);
        }
        notices.awaitDelivered();
        // Only what the burst adds counts: setting each client's release date told the manager already.
        java.util.Map<String, Long> before = counts(burstClients);
        List<ReleaseDateChanged> burst = NoticeFixtures.moves(burstClients, MOVES_PER_CLIENT, 200,
                fixtures.actor("coordinator").userId());

        var coordinatorLogin = accounts.loadUserByUsername("coordinator");
        var partnerLogin = accounts.loadUserByUsername("partner");
        List<Callable<Integer>> work = new ArrayList<>();
        // The burst is published while the users' requests are on their way: one commit, hundreds of listeners.
        work.add(() -> {
            new TransactionTemplate(transactions).executeWithoutResult(status -> burst.forEach(events::publishEvent));
            return 200;
        });
        for (int round = 0; round < 3; round++) {
            for (ClientId client : burstClients) {
                work.add(() -> mvc.perform(get("/api/v1/clients/" + client).with(user(coordinatorLogin)))
                        .andReturn().getResponse().getStatus());
                work.add(() -> mvc.perform(get("/clients/" + client).with(user(coordinatorLogin)))
                        .andReturn().getResponse().getStatus());
                work.add(() -> mvc.perform(get("/api/v1/notifications").param("client", client.toString())
                        .with(user(partnerLogin))).andReturn().getResponse().getStatus());
            }
        }
        assertThat(Together.call(work)).as("every user request answered").containsOnly(200);
        notices.awaitDelivered();

        java.util.Map<String, Long> after = counts(burstClients);
        for (String key : after.keySet()) {
            assertThat(after.get(key) - before.getOrDefault(key, 0L)).as("%s: one per move", key)
                    .isEqualTo(MOVES_PER_CLIENT);
        }
        assertThat(bulkhead.mostAtOnce()).as("listeners running at once, at most the bound of %d", bound)
                .isBetween(1, bound);
    }

    /** Per client: its release-date events, and the partner's and the manager's notices of them. */
    private java.util.Map<String, Long> counts(List<ClientId> cases) {
        java.util.Map<String, Long> counts = new java.util.TreeMap<>();
        for (ClientId client : cases) {
            counts.put(client + " events", jdbc.sql("""
                            select count(*) from notice_event where client_id = :c and kind = 'RELEASE_DATE_CHANGED'""")
                    .param("c", client.value()).query(Long.class).single());
            for (String member : List.of("partner", "manager")) {
                counts.put(client + " notices of " + member, jdbc.sql("""
                                select count(*) from notice n join notice_event e on e.id = n.event_id
                                join app_user u on u.id = n.recipient_id
                                where e.client_id = :c and e.kind = 'RELEASE_DATE_CHANGED' and u.username = :u""")
                        .param("c", client.value()).param("u", member).query(Long.class).single());
            }
        }
        return counts;
    }
}
