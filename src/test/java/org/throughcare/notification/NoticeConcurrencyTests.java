package org.throughcare.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.throughcare.IntegrationTest;
import org.throughcare.TestActors;
import org.throughcare.audit.AuditLog;
import org.throughcare.audit.AuditSequencer;
import org.throughcare.audit.ChainVerification;
import org.throughcare.client.ClientManagement;
import org.throughcare.group.AddMember;
import org.throughcare.group.ConsentManagement;
import org.throughcare.group.GroupManagement;
import org.throughcare.group.GroupRole;
import org.throughcare.identity.IdentityManagement;
import org.throughcare.identity.CreateUser;
import org.throughcare.plan.PlanFixtures;
import org.throughcare.shared.ClientId;
import org.throughcare.shared.DataCategory;
import org.throughcare.shared.OrganisationId;
import org.throughcare.shared.Role;
import org.throughcare.shared.UserId;

/**
 * Dozens of members reading their inbox and acknowledging, all at once, while the coordinator moves the
 * release date again and again: every request answered, every member told of every move exactly once, and
 * each notice's disclosure audited once for its recipient.
 */
@IntegrationTest
class NoticeConcurrencyTests {

    private static final int MEMBERS = 30;
    private static final int MOVES = 3;

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
    IdentityManagement identity;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    AuditSequencer sequencer;
    @Autowired
    AuditLog audit;

    @Test
    void membersReadAndAcknowledgeWhileTheReleaseDateMovesAndEachIsToldOfEachMoveOnce() throws Exception {
        PlanFixtures fixtures = new PlanFixtures(jdbc, clients, groups, consents);
        NoticeFixtures notices = new NoticeFixtures(jdbc, clients);
        ClientId client = fixtures.clientInCustody("Busy Group Client", 150);
        notices.awaitDelivered();
        UUID socialServices = TestActors.organisation(jdbc, "Socialtjänsten Umeå");
        String prefix = "busy." + UUID.randomUUID().toString().substring(0, 8) + ".";
        List<CreateUser> newUsers = new ArrayList<>();
        for (int i = 0; i < MEMBERS; i++) {
            newUsers.add(new CreateUser(prefix + i, "Busy Member " + i, null, "demo", Role.PARTNER_WORKER,
                    new OrganisationId(socialServices), null));
        }
        List<UserId> members = identity.createUsers(newUsers);
        for (UserId member : members) {
            groups.addMember(client, new AddMember(member.value(), null, GroupRole.CASE_WORKER, LocalDate.now(), null),
                    fixtures.actor("coordinator"));
        }
        fixtures.consent(client, "partner", DataCategory.BASIC_AND_CUSTODY);
        List<UserDetails> signedIn = newUsers.stream().map(u -> accounts.loadUserByUsername(u.username())).toList();

        long mark = jdbc.sql("select coalesce(max(id), 0) from audit_entry").query(Long.class).single();
        Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        AtomicBoolean moving = new AtomicBoolean(true);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(MEMBERS);
        List<Future<?>> work = new ArrayList<>();
        for (UserDetails member : signedIn) {
            work.add(pool.submit(() -> {
                start.await();
                int rounds = 0;
                while (moving.get() || rounds < 2) {
                    readAndAcknowledge(member, client, statuses);
                    rounds++;
                }
                return null;
            }));
        }
        start.countDown();
        for (int move = 1; move <= MOVES; move++) {
            notices.moveRelease(client, LocalDate.now().plusDays(150 - 10 * move), "move " + move, "coordinator");
        }
        notices.awaitDelivered();
        moving.set(false);
        for (Future<?> f : work) {
            f.get(120, TimeUnit.SECONDS);
        }
        pool.shutdown();
        for (UserDetails member : signedIn) {
            readAndAcknowledge(member, client, statuses);
        }

        assertThat(statuses.keySet()).as("every request answered, none failed").containsOnly(200, 204);
        for (CreateUser member : newUsers) {
            assertThat(jdbc.sql("""
                            select count(*) from notice n join app_user u on u.id = n.recipient_id
                            join notice_event e on e.id = n.event_id
                            where u.username = :u and e.client_id = :c and n.acknowledged_at is not null""")
                    .param("u", member.username()).param("c", client.value()).query(Long.class).single())
                    .as("%s told of each move once, and acknowledged each", member.username()).isEqualTo(MOVES);
            assertThat(jdbc.sql("""
                            select count(*) from audit_entry
                            where actor_username = :u and subject_id = :c and purpose = 'notice disclosure'
                              and outcome = 'ALLOWED'""")
                    .param("u", member.username()).param("c", client.toString()).query(Long.class).single())
                    .as("%s: each disclosure audited once", member.username()).isEqualTo(MOVES);
        }
        sequencer.sealWaiting();
        assertThat(jdbc.sql("""
                        select count(*) from audit_entry e where e.id > :mark
                        and not exists (select 1 from audit_seal s where s.entry_id = e.id)""")
                .param("mark", mark).query(Long.class).single()).as("entries left unsealed").isZero();
        ChainVerification verification = audit.verifyChain();
        assertThat(verification.intact()).as(verification.toString()).isTrue();
    }

    private void readAndAcknowledge(UserDetails member, ClientId client, Map<Integer, Integer> statuses)
            throws Exception {
        var inbox = mvc.perform(get("/api/v1/notifications").param("client", client.toString())
                .param("show", "unacknowledged").with(user(member))).andReturn().getResponse();
        statuses.merge(inbox.getStatus(), 1, Integer::sum);
        if (inbox.getStatus() != 200) {
            return;
        }
        List<String> ids = JsonPath.read(inbox.getContentAsString(), "$.items[*].id");
        for (String id : ids) {
            int status = mvc.perform(post("/api/v1/notifications/" + id + "/acknowledgement").with(user(member))
                    .with(csrf()))
                    .andReturn().getResponse().getStatus();
            statuses.merge(status, 1, Integer::sum);
        }
    }
}
