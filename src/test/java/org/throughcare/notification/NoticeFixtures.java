package org.throughcare.notification;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.throughcare.TestActors;
import org.throughcare.client.ClientManagement;
import org.throughcare.client.ReleaseDateChanged;
import org.throughcare.client.RecordCustody;
import org.throughcare.client.RiskLevel;
import org.throughcare.plan.PlanFixtures;
import org.throughcare.shared.Actor;
import org.throughcare.shared.ClientId;
import org.throughcare.shared.DataCategory;
import org.throughcare.shared.UserId;

/** Moving a release date as the coordinator, and waiting until the notices of every event have been made. */
public final class NoticeFixtures {

    private final JdbcClient jdbc;
    private final ClientManagement clients;

    public NoticeFixtures(JdbcClient jdbc, ClientManagement clients) {
        this.jdbc = jdbc;
        this.clients = clients;
    }

    /**
     * A client in custody whose group has {@code member}, covered for custody facts; its first release date told
     * (before the member joined) so that what a test does next is about its own change alone.
     */
    public ClientId clientWithCoveredMember(PlanFixtures fixtures, String name, String member) {
        ClientId client = fixtures.clientInCustody(name, 90);
        awaitDelivered();
        fixtures.join(client, member);
        fixtures.consent(client, member, DataCategory.BASIC_AND_CUSTODY);
        awaitDelivered();
        return client;
    }

    /** Moves the conditional release date, with a reason, as this user (the coordinator or the prison). */
    public void moveRelease(ClientId client, LocalDate to, String reason, String username) {
        Actor actor = TestActors.actor(jdbc, username);
        long version = jdbc.sql("select version from client where id = :id").param("id", client.value())
                .query(Long.class).single();
        clients.recordCustody(client, new RecordCustody(TestActors.organisation(jdbc, "Anstalten Umeå"), null, null, to,
                null, null, false, null, RiskLevel.MEDIUM, "LS/CMI", LocalDate.now().minusDays(3), reason, version),
                actor);
    }

    /**
     * A burst of events: each client's release date moved {@code perClient} times, a day earlier each time from
     * {@code fromDays} ahead, each move an event of its own (its own time, so its own key), as by this user.
     */
    public static List<ReleaseDateChanged> moves(List<ClientId> clients, int perClient, int fromDays, UserId by) {
        Instant base = Instant.now();
        List<ReleaseDateChanged> moves = new ArrayList<>();
        for (int move = 0; move < perClient; move++) {
            for (ClientId client : clients) {
                moves.add(new ReleaseDateChanged(client, LocalDate.now().plusDays(fromDays - move),
                        LocalDate.now().plusDays(fromDays - 1 - move), "move " + move, by, base.plusMillis(move),
                        false));
            }
        }
        return moves;
    }

    /**
     * Waits until no event publication for the notification module's listeners is outstanding: every event so far
     * has been made into notices (or failed, which a test then sees as a missing notice).
     */
    public void awaitDelivered() {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50)).until(() -> jdbc.sql("""
                select count(*) from event_publication
                where listener_id like '%notification%' and completion_date is null
                  and (status is null or status not in ('FAILED'))""").query(Long.class).single() == 0);
    }

    /** The notices of this user about this client, newest first: kind, client name, new date, detail. */
    public List<String> noticesOf(String username, ClientId client) {
        return jdbc.sql("""
                        select e.kind, n.client_name, e.new_date, n.detail from notice n
                        join notice_event e on e.id = n.event_id join app_user u on u.id = n.recipient_id
                        where u.username = :u and e.client_id = :c order by n.created_at desc""")
                .param("u", username).param("c", client.value())
                .query((rs, n) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3) + " "
                        + rs.getString(4)).list();
    }

    public UUID noticeId(String username, ClientId client, String kind) {
        return jdbc.sql("""
                        select n.id from notice n join notice_event e on e.id = n.event_id
                        join app_user u on u.id = n.recipient_id
                        where u.username = :u and e.client_id = :c and e.kind = :k order by n.created_at desc limit 1""")
                .param("u", username).param("c", client.value()).param("k", kind).query(UUID.class).single();
    }

    public UUID eventId(ClientId client, String kind) {
        return jdbc.sql("""
                        select id from notice_event where client_id = :c and kind = :k
                        order by created_at desc limit 1""")
                .param("c", client.value()).param("k", kind).query(UUID.class).single();
    }
}
