package org.throughcare.notification.internal;

import static org.throughcare.notification.internal.Notices.instant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.throughcare.notification.EventStatus;
import org.throughcare.notification.NoticeKind;

/**
 * What those who manage a case follow up after an event was told: each member's outcome (told, or why not), the
 * client's own notice until it is passed on, and the events still waiting for acknowledgements. The notices
 * themselves, and the inbox, are {@link Notices}.
 */
@Repository
public class NoticeFollowUps {

    public record Outcome(UUID personId, String personName, UUID organisationId, String outcome, Instant readAt,
                          Instant acknowledgedAt) {
    }

    public record ClientNotice(UUID eventId, UUID clientId, String language, String text, Instant createdAt,
                               Instant toldAt) {
    }

    /** An event whose notices are not all acknowledged, or whose client notice is not yet told. */
    public record Waiting(UUID eventId, UUID clientId, NoticeKind kind, LocalDate newDate, long count) {
    }

    private final JdbcClient jdbc;

    NoticeFollowUps(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insertOutcome(UUID eventId, UUID person, String name, UUID organisation, String outcome) {
        jdbc.sql("""
                        insert into notice_outcome (event_id, person_id, person_name, organisation_id, outcome)
                        values (:event, :person, :name, :organisation, :outcome)
                        on conflict do nothing""")
                .param("event", eventId).param("person", person).param("name", name)
                .param("organisation", organisation).param("outcome", outcome).update();
    }

    public void insertClientNotice(UUID eventId, UUID client, String language, String text, Instant at) {
        jdbc.sql("""
                        insert into client_notice (event_id, client_id, language, text, created_at)
                        values (:event, :client, :language, :text, :at)
                        on conflict do nothing""")
                .param("event", eventId).param("client", client).param("language", language).param("text", text)
                .param("at", Timestamp.from(at)).update();
    }

    /** Every member's outcome, with their notice's reading and acknowledgement where they were told. */
    public List<Outcome> outcomes(UUID eventId) {
        return jdbc.sql("""
                        select o.person_id, o.person_name, o.organisation_id, o.outcome, n.read_at, n.acknowledged_at
                        from notice_outcome o
                        left join notice n on n.event_id = o.event_id and n.recipient_id = o.person_id
                          and n.channel = 'IN_APP'
                        where o.event_id = :event order by o.person_name, o.person_id""")
                .param("event", eventId).query((rs, n) -> new Outcome(rs.getObject(1, UUID.class), rs.getString(2),
                        rs.getObject(3, UUID.class), rs.getString(4), instant(rs, 5), instant(rs, 6))).list();
    }

    public Optional<ClientNotice> clientNotice(UUID eventId) {
        return jdbc.sql("select * from client_notice where event_id = :event").param("event", eventId)
                .query((rs, n) -> new ClientNotice(rs.getObject("event_id", UUID.class),
                        rs.getObject("client_id", UUID.class), rs.getString("language"), rs.getString("text"),
                        instant(rs, "created_at"), instant(rs, "told_at"))).optional();
    }

    public void told(UUID eventId, UUID by, Instant at) {
        jdbc.sql("update client_notice set told_at = :at, told_by = :by where event_id = :event and told_at is null")
                .param("at", Timestamp.from(at)).param("by", by).param("event", eventId).update();
    }

    public List<EventStatus.Summary> eventsOfClient(UUID client) {
        return jdbc.sql("""
                        select e.id, e.kind, e.previous_date, e.new_date, e.created_at,
                          (select count(*) from notice n where n.event_id = e.id) as notified,
                          (select count(*) from notice n where n.event_id = e.id and n.acknowledged_at is not null)
                            as acknowledged,
                          (select count(*) from client_notice c where c.event_id = e.id and c.told_at is null) as untold
                        from notice_event e where e.client_id = :client order by e.created_at desc, e.id
                        limit 200""")
                .param("client", client).query((rs, n) -> new EventStatus.Summary(
                        rs.getObject("id", UUID.class), NoticeKind.valueOf(rs.getString("kind")),
                        rs.getObject("previous_date", LocalDate.class), rs.getObject("new_date", LocalDate.class),
                        instant(rs, "created_at"), rs.getLong("notified"), rs.getLong("acknowledged"),
                        rs.getLong("untold") > 0)).list();
    }

    /**
     * Events in these offices, made between {@code since} and {@code before}, with notices still waiting for an
     * acknowledgement: per event, how many.
     */
    public List<Waiting> unacknowledged(Collection<UUID> offices, Instant since, Instant before) {
        if (offices.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select e.id, e.client_id, e.kind, e.new_date, count(*) from notice_event e
                        join notice n on n.event_id = e.id and n.acknowledged_at is null
                        where e.office_id in (:offices) and e.needs_acknowledgement
                          and e.coalesced_into is null and e.withdrawn_at is null
                          and e.created_at >= :since and e.created_at < :before
                        group by e.id, e.client_id, e.kind, e.new_date, e.created_at order by e.created_at""")
                .param("offices", offices).param("since", Timestamp.from(since)).param("before", Timestamp.from(before))
                .query(NoticeFollowUps::waiting).list();
    }

    /** Client notices in these offices not yet passed on to the client, oldest first. */
    public List<Waiting> untold(Collection<UUID> offices) {
        if (offices.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select e.id, e.client_id, e.kind, e.new_date, 1 from notice_event e
                        join client_notice c on c.event_id = e.id and c.told_at is null
                        where e.office_id in (:offices) and e.coalesced_into is null and e.withdrawn_at is null
                        order by e.created_at""")
                .param("offices", offices).query(NoticeFollowUps::waiting).list();
    }

    private static Waiting waiting(ResultSet rs, int n) throws SQLException {
        return new Waiting(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), NoticeKind.valueOf(rs.getString(3)),
                rs.getObject(4, LocalDate.class), rs.getLong(5));
    }
}
