package org.throughcare.notification.mail;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The e-mails to send. A row is added once per key (the database refuses a second), claimed by one sender at a
 * time with {@code for update skip locked} and a lease, and marked sent only if it was not already: so two
 * senders on one database never send one row twice, and a row once marked sent is never sent again.
 */
@Repository
public class MailOutbox {

    /**
     * A claimed row: an immediate e-mail names its event; a digest its day; a meeting invitation its meeting and the
     * SEQUENCE it was queued for.
     */
    public record Claimed(UUID id, UUID recipientId, UUID eventId, LocalDate digestDay, Instant dueAt, int attempts,
                          UUID meetingId, Integer calendarSequence) {

        public Claimed(UUID id, UUID recipientId, UUID eventId, LocalDate digestDay, Instant dueAt, int attempts) {
            this(id, recipientId, eventId, digestDay, dueAt, attempts, null, null);
        }
    }

    private final JdbcClient jdbc;

    MailOutbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether a row was added: false when one with this key exists. */
    public boolean add(String key, UUID recipient, UUID eventId, LocalDate digestDay, Instant due) {
        return jdbc.sql("""
                        insert into notice_mail (id, mail_key, recipient_id, event_id, digest_day, due_at,
                          next_attempt_at, attempts)
                        values (:id, :key, :recipient, :event, :day, :due, :due, 0)
                        on conflict do nothing""")
                .param("id", UUID.randomUUID()).param("key", key).param("recipient", recipient)
                .param("event", eventId).param("day", digestDay).param("due", Timestamp.from(due)).update() == 1;
    }

    /** A meeting's invitation at {@code sequence}; whether a row was added (false when one with this key exists). */
    public boolean addInvitation(String key, UUID recipient, UUID meetingId, int sequence, Instant due) {
        return jdbc.sql("""
                        insert into notice_mail (id, mail_key, recipient_id, meeting_id, calendar_sequence, due_at,
                          next_attempt_at, attempts)
                        values (:id, :key, :recipient, :meeting, :sequence, :due, :due, 0)
                        on conflict do nothing""")
                .param("id", UUID.randomUUID()).param("key", key).param("recipient", recipient)
                .param("meeting", meetingId).param("sequence", sequence).param("due", Timestamp.from(due))
                .update() == 1;
    }

    /**
     * Locks up to {@code limit} rows due at {@code now} that no other transaction holds, and leases them until
     * {@code leaseUntil}: committed, the lease keeps them from other senders while this one sends outside any
     * transaction; should it die, they are due again when the lease runs out.
     */
    public List<Claimed> claim(Instant now, Instant leaseUntil, int limit) {
        List<Claimed> due = jdbc.sql("""
                        select id, recipient_id, event_id, digest_day, due_at, attempts, meeting_id, calendar_sequence
                        from notice_mail
                        where sent_at is null and dropped_at is null and next_attempt_at <= :now
                        order by next_attempt_at, id limit :limit
                        for update skip locked""")
                .param("now", Timestamp.from(now)).param("limit", limit)
                .query((rs, n) -> new Claimed(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class), rs.getObject(4, LocalDate.class), rs.getTimestamp(5).toInstant(),
                        rs.getInt(6) + 1, rs.getObject(7, UUID.class), rs.getObject(8, Integer.class))).list();
        if (!due.isEmpty()) {
            jdbc.sql("update notice_mail set next_attempt_at = :lease, attempts = attempts + 1 where id in (:ids)")
                    .param("lease", Timestamp.from(leaseUntil)).param("ids", due.stream().map(Claimed::id).toList())
                    .update();
        }
        return due;
    }

    /**
     * Whether the row is still this sender's to send: unsent, and under the lease it claimed it with (a sender
     * slower than its lease finds the row claimed again by another and leaves it).
     */
    public boolean stillLeased(UUID id, Instant lease) {
        return jdbc.sql("""
                        select count(*) from notice_mail where id = :id and sent_at is null and dropped_at is null
                          and next_attempt_at = :lease""")
                .param("id", id).param("lease", Timestamp.from(lease)).query(Long.class).single() == 1;
    }

    /** Whether this call marked it: false when it was already sent. */
    public boolean markSent(UUID id, Instant at) {
        return jdbc.sql("update notice_mail set sent_at = :at, outcome = null where id = :id and sent_at is null")
                .param("at", Timestamp.from(at)).param("id", id).update() == 1;
    }

    /** Not to be sent at all (folded into a later notice, withdrawn, no address): kept with why. */
    public void drop(UUID id, Instant at, String why) {
        jdbc.sql("update notice_mail set dropped_at = :at, outcome = :why where id = :id and sent_at is null")
                .param("at", Timestamp.from(at)).param("why", why).param("id", id).update();
    }

    /** The server refused or was unreachable: due again at {@code retryAt}. */
    public void retry(UUID id, Instant retryAt, String why) {
        jdbc.sql("update notice_mail set next_attempt_at = :at, outcome = :why where id = :id and sent_at is null")
                .param("at", Timestamp.from(retryAt)).param("why", why).param("id", id).update();
    }
}
