package org.throughcare.notification.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.throughcare.notification.InboxFilter;
import org.throughcare.notification.NoticeKind;
import org.throughcare.notification.NoticeView;

/**
 * The notice tables. Every insert that could repeat (a redelivered event) does nothing on a conflict with the
 * unique keys, so the database, not a check before the insert, decides that a notice exists once.
 */
@Repository
public class Notices {

    public record Event(UUID id, String key, NoticeKind kind, UUID clientId, UUID officeId, LocalDate previousDate,
                        LocalDate newDate, UUID subjectId, boolean needsAcknowledgement, Instant createdAt,
                        Instant occurredAt, boolean enteredAfterwards) {
    }

    private final JdbcClient jdbc;

    Notices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether the event was new: false when it was already made into notices. */
    public boolean insertEvent(Event e) {
        return jdbc.sql("""
                        insert into notice_event (id, event_key, kind, client_id, office_id, previous_date, new_date,
                          subject_id, needs_acknowledgement, created_at, occurred_at, entered_afterwards)
                        values (:id, :key, :kind, :client, :office, :previous, :next, :subject, :ack, :at, :occurred,
                          :afterwards)
                        on conflict do nothing""")
                .param("id", e.id()).param("key", e.key()).param("kind", e.kind().name()).param("client", e.clientId())
                .param("office", e.officeId()).param("previous", e.previousDate()).param("next", e.newDate())
                .param("subject", e.subjectId()).param("ack", e.needsAcknowledgement())
                .param("at", Timestamp.from(e.createdAt())).param("occurred", Timestamp.from(e.occurredAt()))
                .param("afterwards", e.enteredAfterwards()).update() == 1;
    }

    /**
     * Whether an event's notices may still leave by e-mail or webhook: it was neither folded into a later change
     * of the same client nor withdrawn because the change was reversed within the coalescing window.
     */
    public boolean stillToSend(UUID eventId) {
        return jdbc.sql("""
                        select count(*) from notice_event
                        where id = :id and coalesced_into is null and withdrawn_at is null""")
                .param("id", eventId).query(Long.class).single() == 1;
    }

    /** Whether a notice was added: false when this recipient already has one of this event on this channel. */
    public boolean insertNotice(UUID eventId, UUID recipient, String channel, String clientName, String detail,
                                Instant at) {
        return jdbc.sql("""
                        insert into notice (id, event_id, recipient_id, channel, client_name, detail, created_at)
                        values (:id, :event, :recipient, :channel, :name, :detail, :at)
                        on conflict do nothing""")
                .param("id", UUID.randomUUID()).param("event", eventId).param("recipient", recipient)
                .param("channel", channel).param("name", clientName).param("detail", detail)
                .param("at", Timestamp.from(at)).update() == 1;
    }

    /**
     * A notice folded into a later one of the same chain that this recipient also has is not shown: the later
     * one shows the chain. (One whose later notice they lack, as the gate let them read only the first, stays.)
     */
    private static final String NOT_FOLDED = " and not exists (select 1 from notice later"
            + " where later.event_id = e.coalesced_into and later.recipient_id = n.recipient_id"
            + " and later.channel = n.channel)";

    /**
     * Whether a notice shows its change as undone: the chain it belongs to was reversed and the recipient was told of
     * the change that reversed it. One told of an earlier change only (their consent was withdrawn, or they left the
     * group, before it was moved back) is not told it was undone: that is a fact of the client after their access.
     */
    private static final String REVERSED = "(e.withdrawn_at is not null and (e.coalesced_into is null"
            + " or exists (select 1 from notice head where head.event_id = e.coalesced_into"
            + " and head.recipient_id = n.recipient_id and head.channel = n.channel)))";

    /** A notice as the inbox shows it. */
    private static final String NOTICE_COLUMNS = "select n.id, e.id as event_id, e.kind, e.client_id, e.subject_id,"
            + " n.client_name, e.previous_date, e.new_date, n.detail, e.needs_acknowledgement, " + REVERSED
            + " as reversed, n.created_at, n.read_at, n.acknowledged_at";

    /** The conditions of an inbox's filter; a client filter shows only notices that named the client. */
    private static String inboxWhere(InboxFilter filter) {
        return " from notice n join notice_event e on e.id = n.event_id"
                + " where n.recipient_id = :recipient and n.channel = 'IN_APP'" + NOT_FOLDED
                + (filter.clientId() == null ? "" : " and e.client_id = :client and n.client_name is not null")
                + switch (filter.show()) {
                    case ALL -> "";
                    case UNREAD -> " and n.read_at is null";
                    case UNACKNOWLEDGED ->
                            " and e.needs_acknowledgement and not " + REVERSED + " and n.acknowledged_at is null";
                };
    }

    public List<NoticeView> inbox(UUID recipient, InboxFilter filter, long offset, int limit) {
        var query = jdbc.sql(NOTICE_COLUMNS + inboxWhere(filter)
                        + " order by n.created_at desc, n.id limit :limit offset :offset")
                .param("recipient", recipient).param("offset", offset).param("limit", limit);
        if (filter.clientId() != null) {
            query = query.param("client", filter.clientId());
        }
        return withHistory(query.query(Notices::row).list());
    }

    /** Each notice with the earlier changes folded into its event, oldest first. */
    private List<NoticeView> withHistory(List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<UUID> eventIds = rows.stream().map(Row::eventId).distinct().toList();
        Map<UUID, List<NoticeView.Step>> steps = new HashMap<>();
        jdbc.sql("""
                        select coalesced_into, kind, previous_date, new_date, occurred_at from notice_event
                        where coalesced_into in (:events) order by occurred_at, created_at, id""")
                .param("events", eventIds)
                .query((rs, n) -> steps.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                        .add(new NoticeView.Step(NoticeKind.valueOf(rs.getString(2)),
                                rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class), instant(rs, 5))))
                .list();
        // A notice that names no client (to a former coordinator) tells no dates of it either.
        return rows.stream().map(r -> r.view().clientName() == null ? r.view()
                : r.view().withHistory(steps.getOrDefault(r.eventId(), List.of()))).toList();
    }

    public long inboxSize(UUID recipient, InboxFilter filter) {
        var query = jdbc.sql("select count(*)" + inboxWhere(filter)).param("recipient", recipient);
        if (filter.clientId() != null) {
            query = query.param("client", filter.clientId());
        }
        return query.query(Long.class).single();
    }

    public long unread(UUID recipient) {
        return jdbc.sql("select count(*) from notice n join notice_event e on e.id = n.event_id"
                        + " where n.recipient_id = :recipient and n.read_at is null" + NOT_FOLDED)
                .param("recipient", recipient).query(Long.class).single();
    }

    public Optional<NoticeView> ofRecipient(UUID notice, UUID recipient) {
        List<Row> rows = jdbc.sql(NOTICE_COLUMNS + """
                         from notice n join notice_event e on e.id = n.event_id
                        where n.id = :id and n.recipient_id = :recipient""")
                .param("id", notice).param("recipient", recipient).query(Notices::row).list();
        return withHistory(rows).stream().findFirst();
    }

    /**
     * The in-app notice of this event this recipient is to be e-mailed about: theirs, unless it shows as undone to
     * them, or was folded into a later change they were also told of (then that one's e-mail tells them).
     */
    public Optional<UUID> noticeToMail(UUID eventId, UUID recipient) {
        return jdbc.sql("""
                        select n.id from notice n join notice_event e on e.id = n.event_id
                        where n.event_id = :event and n.recipient_id = :recipient and n.channel = 'IN_APP'
                          and not """ + REVERSED + NOT_FOLDED)
                .param("event", eventId).param("recipient", recipient).query(UUID.class).optional();
    }

    /** Marks read once; the first reading is the one kept. */
    public void markRead(UUID notice, UUID recipient, Instant at) {
        jdbc.sql("update notice set read_at = :at where id = :id and recipient_id = :recipient and read_at is null")
                .param("at", Timestamp.from(at)).param("id", notice).param("recipient", recipient).update();
    }

    /**
     * Acknowledging reads it too; the first acknowledgement is the one kept. Acknowledging the newest notice of a
     * chain acknowledges this recipient's notices of the earlier changes folded into it.
     */
    public void acknowledge(UUID notice, UUID recipient, Instant at) {
        jdbc.sql("""
                        update notice set acknowledged_at = :at, read_at = coalesce(read_at, :at)
                        where recipient_id = :recipient and acknowledged_at is null
                          and (id = :id or event_id in (select folded.id from notice_event folded
                            join notice newest on newest.event_id = folded.coalesced_into
                            where newest.id = :id and newest.recipient_id = :recipient))""")
                .param("at", Timestamp.from(at)).param("id", notice).param("recipient", recipient).update();
    }

    /**
     * The changes of this client's custody facts, of these kinds, made between {@code from} and {@code until}
     * and not yet folded into another nor withdrawn, except {@code event} itself: the chains it joins. A change
     * entered afterwards is in no chain.
     */
    public List<Event> openChains(UUID client, Collection<NoticeKind> kinds, Instant from, Instant until, UUID event) {
        return jdbc.sql("""
                        select * from notice_event where client_id = :client and kind in (:kinds)
                          and occurred_at >= :from and occurred_at <= :until and id <> :event
                          and coalesced_into is null and withdrawn_at is null and entered_afterwards = false
                        order by occurred_at, created_at, id""")
                .param("client", client).param("kinds", kinds.stream().map(Enum::name).toList())
                .param("from", Timestamp.from(from)).param("until", Timestamp.from(until)).param("event", event)
                .query(Notices::event).list();
    }

    /** Folds these events, and what was folded into them, into {@code newest}. */
    public void coalesce(Collection<UUID> events, UUID newest) {
        jdbc.sql("""
                        update notice_event set coalesced_into = :newest
                        where id in (:events) or coalesced_into in (:events)""")
                .param("newest", newest).param("events", events).update();
    }

    /** The earlier changes folded into {@code newest}, oldest first. */
    public List<Event> foldedInto(UUID newest) {
        return jdbc.sql("select * from notice_event where coalesced_into = :newest order by occurred_at, created_at, id")
                .param("newest", newest).query(Notices::event).list();
    }

    /** The chain ending in {@code newest} was reversed: none of it is to leave by e-mail or webhook. */
    public void withdraw(UUID newest, Instant at) {
        jdbc.sql("""
                        update notice_event set withdrawn_at = :at
                        where (id = :newest or coalesced_into = :newest) and withdrawn_at is null""")
                .param("at", Timestamp.from(at)).param("newest", newest).update();
    }

    public Optional<Event> event(UUID id) {
        return jdbc.sql("select * from notice_event where id = :id").param("id", id).query(Notices::event).optional();
    }

    /** A notice as read, with the event it is of (to find the changes folded into it). */
    private record Row(NoticeView view, UUID eventId) {
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        String name = rs.getString("client_name");
        NoticeKind kind = NoticeKind.valueOf(rs.getString("kind"));
        UUID client = name == null ? null : rs.getObject("client_id", UUID.class);
        UUID subject = rs.getObject("subject_id", UUID.class);
        String href = client == null ? null : kind.name().startsWith("MEASURE_") && subject != null
                ? "/clients/" + client + "/plan/measures/" + subject
                : kind.name().startsWith("MEETING_") && subject != null
                ? "/clients/" + client + "/meetings/" + subject
                : kind.name().startsWith("REFERRAL_") && subject != null
                ? "/clients/" + client + "/referrals/" + subject : "/clients/" + client;
        boolean reversed = rs.getBoolean("reversed");
        return new Row(new NoticeView(rs.getObject("id", UUID.class), kind, client, name,
                rs.getObject("previous_date", LocalDate.class), rs.getObject("new_date", LocalDate.class),
                rs.getString("detail"), rs.getBoolean("needs_acknowledgement") && !reversed,
                instant(rs, "created_at"), instant(rs, "read_at"), instant(rs, "acknowledged_at"), href, List.of(),
                reversed, false), rs.getObject("event_id", UUID.class));
    }

    private static Event event(ResultSet rs, int n) throws SQLException {
        return new Event(rs.getObject("id", UUID.class), rs.getString("event_key"), NoticeKind.valueOf(rs.getString("kind")),
                rs.getObject("client_id", UUID.class), rs.getObject("office_id", UUID.class),
                rs.getObject("previous_date", LocalDate.class), rs.getObject("new_date", LocalDate.class),
                rs.getObject("subject_id", UUID.class), rs.getBoolean("needs_acknowledgement"),
                instant(rs, "created_at"), instant(rs, "occurred_at"), rs.getBoolean("entered_afterwards"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
