package org.throughcare.meeting.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The meeting, meeting_invitee and meeting_change tables. */
@Repository
public class Meetings {

    public record Row(UUID id, UUID clientId, LocalDate startsOn, LocalTime startsAt, int durationMinutes,
                      String placeKind, UUID placeId, String room, String videoLink, String agenda,
                      LocalDate releaseOn, boolean clientInvited, String status, String cancelReason,
                      boolean enteredAfterwards, long version) {
    }

    public record Invitee(UUID userId, UUID contactId, String personName, UUID organisationId, boolean outsideGroup) {
    }

    public record Change(String kind, LocalDate oldStartsOn, LocalTime oldStartsAt, Integer oldDurationMinutes,
                         String oldPlaceKind, UUID oldPlaceId, String oldRoom, String reason, UUID changedBy,
                         Instant changedAt) {
    }

    private final JdbcClient jdbc;

    Meetings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Row row, List<Invitee> invitees, UUID by, Instant at) {
        jdbc.sql("""
                insert into meeting (id, client_id, starts_on, starts_at, duration_minutes, place_kind, place_id, room,
                    video_link, agenda, release_on, client_invited, status, cancel_reason, entered_afterwards, version,
                    created_by, created_at)
                values (:id, :client, :on, :at, :duration, :kind, :place, :room, :link, :agenda, :release, :clientInvited,
                    :status, null, :afterwards, 0, :by, :created)""")
                .param("id", row.id()).param("client", row.clientId()).param("on", row.startsOn())
                .param("at", row.startsAt()).param("duration", row.durationMinutes()).param("kind", row.placeKind())
                .param("place", row.placeId()).param("room", row.room()).param("link", row.videoLink())
                .param("agenda", row.agenda()).param("release", row.releaseOn())
                .param("clientInvited", row.clientInvited()).param("status", row.status())
                .param("afterwards", row.enteredAfterwards()).param("by", by).param("created", Timestamp.from(at))
                .update();
        replaceInvitees(row.id(), invitees);
    }

    /** @return false when someone else changed the meeting since {@code row.version()} was read */
    public boolean update(Row row) {
        return jdbc.sql("""
                update meeting set starts_on = :on, starts_at = :at, duration_minutes = :duration, place_kind = :kind,
                    place_id = :place, room = :room, video_link = :link, agenda = :agenda, release_on = :release,
                    client_invited = :clientInvited, status = :status, cancel_reason = :reason,
                    version = version + 1
                where id = :id and version = :version""")
                .param("on", row.startsOn()).param("at", row.startsAt()).param("duration", row.durationMinutes())
                .param("kind", row.placeKind()).param("place", row.placeId()).param("room", row.room())
                .param("link", row.videoLink()).param("agenda", row.agenda()).param("release", row.releaseOn())
                .param("clientInvited", row.clientInvited()).param("status", row.status())
                .param("reason", row.cancelReason()).param("id", row.id()).param("version", row.version())
                .update() == 1;
    }

    public void replaceInvitees(UUID meeting, List<Invitee> invitees) {
        jdbc.sql("delete from meeting_invitee where meeting_id = :m").param("m", meeting).update();
        for (int i = 0; i < invitees.size(); i++) {
            Invitee invitee = invitees.get(i);
            jdbc.sql("""
                    insert into meeting_invitee (meeting_id, position, user_id, contact_id, person_name, organisation_id,
                        outside_group)
                    values (:m, :p, :user, :contact, :name, :organisation, :outside)""")
                    .param("m", meeting).param("p", i).param("user", invitee.userId())
                    .param("contact", invitee.contactId()).param("name", invitee.personName())
                    .param("organisation", invitee.organisationId()).param("outside", invitee.outsideGroup()).update();
        }
    }

    public void recordChange(UUID meeting, Change change) {
        jdbc.sql("""
                insert into meeting_change (id, meeting_id, kind, old_starts_on, old_starts_at, old_duration_minutes,
                    old_place_kind, old_place_id, old_room, reason, changed_by, changed_at)
                values (:id, :m, :kind, :on, :at, :duration, :placeKind, :place, :room, :reason, :by, :changedAt)""")
                .param("id", UUID.randomUUID()).param("m", meeting).param("kind", change.kind())
                .param("on", change.oldStartsOn()).param("at", change.oldStartsAt())
                .param("duration", change.oldDurationMinutes()).param("placeKind", change.oldPlaceKind())
                .param("place", change.oldPlaceId()).param("room", change.oldRoom()).param("reason", change.reason())
                .param("by", change.changedBy()).param("changedAt", Timestamp.from(change.changedAt())).update();
    }

    public Optional<Row> find(UUID client, UUID meeting) {
        return jdbc.sql("select * from meeting where id = :id and client_id = :client")
                .param("id", meeting).param("client", client).query(Meetings::row).optional();
    }

    public Optional<Row> findById(UUID meeting) {
        return jdbc.sql("select * from meeting where id = :id").param("id", meeting).query(Meetings::row).optional();
    }

    /** Per meeting, how many times its time or place changed or it was cancelled: its iCalendar SEQUENCE. */
    public java.util.Map<UUID, Integer> calendarSequences(Collection<UUID> meetings) {
        if (meetings.isEmpty()) {
            return java.util.Map.of();
        }
        return jdbc.sql("""
                        select meeting_id, count(*) from meeting_change
                        where meeting_id in (:m) and kind in ('RESCHEDULED', 'CANCELLED') group by meeting_id""")
                .param("m", meetings).query((rs, n) -> java.util.Map.entry(rs.getObject(1, UUID.class), rs.getInt(2))).list().stream()
                .collect(java.util.stream.Collectors.toMap(java.util.Map.Entry::getKey, java.util.Map.Entry::getValue));
    }

    public List<Row> ofClient(UUID client) {
        return jdbc.sql("select * from meeting where client_id = :client order by starts_on, starts_at")
                .param("client", client).query(Meetings::row).list();
    }

    /** The meetings of these clients, by client. */
    public java.util.Map<UUID, List<Row>> ofClients(Collection<UUID> clients) {
        if (clients.isEmpty()) {
            return java.util.Map.of();
        }
        return jdbc.sql("select * from meeting where client_id in (:clients) order by starts_on, starts_at")
                .param("clients", clients).query(Meetings::row).list().stream()
                .collect(java.util.stream.Collectors.groupingBy(Row::clientId));
    }

    /** The meetings a user is invited to, from {@code from} on, soonest first. */
    public List<Row> invitedFrom(UUID user, LocalDate from, int limit) {
        return jdbc.sql("""
                select m.* from meeting m
                where m.starts_on >= :from and exists (select 1 from meeting_invitee i
                    where i.meeting_id = m.id and i.user_id = :user)
                order by m.starts_on, m.starts_at fetch first :limit rows only""")
                .param("user", user).param("from", from).param("limit", limit).query(Meetings::row).list();
    }

    /** The meetings a user was invited to before {@code before}, most recent first, one page. */
    public List<Row> invitedBefore(UUID user, LocalDate before, long offset, int limit) {
        return jdbc.sql("""
                select m.* from meeting m
                where m.starts_on < :before and exists (select 1 from meeting_invitee i
                    where i.meeting_id = m.id and i.user_id = :user)
                order by m.starts_on desc, m.starts_at desc, m.id offset :offset rows fetch next :limit rows only""")
                .param("user", user).param("before", before).param("offset", offset).param("limit", limit)
                .query(Meetings::row).list();
    }

    /** The meetings of these clients from {@code from} on, soonest first. */
    public List<Row> ofClientsFrom(Collection<UUID> clients, LocalDate from, int limit) {
        if (clients.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select * from meeting where client_id in (:clients) and starts_on >= :from
                order by starts_on, starts_at, id fetch first :limit rows only""")
                .param("clients", clients).param("from", from).param("limit", limit).query(Meetings::row).list();
    }

    public List<Invitee> invitees(UUID meeting) {
        return jdbc.sql("select * from meeting_invitee where meeting_id = :m order by position").param("m", meeting)
                .query((rs, n) -> new Invitee(rs.getObject("user_id", UUID.class),
                        rs.getObject("contact_id", UUID.class), rs.getString("person_name"),
                        rs.getObject("organisation_id", UUID.class), rs.getBoolean("outside_group"))).list();
    }

    /** Every organisation ever invited to one of these meetings, for the group's naming rule. */
    public List<UUID> invitedOrganisations(Collection<UUID> meetings) {
        if (meetings.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select distinct organisation_id from meeting_invitee where meeting_id in (:m)")
                .param("m", meetings).query(UUID.class).list();
    }

    public List<Change> changes(UUID meeting) {
        return jdbc.sql("select * from meeting_change where meeting_id = :m order by changed_at desc, kind")
                .param("m", meeting).query((rs, n) -> new Change(rs.getString("kind"),
                        rs.getObject("old_starts_on", LocalDate.class), rs.getObject("old_starts_at", LocalTime.class),
                        (Integer) rs.getObject("old_duration_minutes"), rs.getString("old_place_kind"),
                        rs.getObject("old_place_id", UUID.class), rs.getString("old_room"), rs.getString("reason"),
                        rs.getObject("changed_by", UUID.class), rs.getTimestamp("changed_at").toInstant())).list();
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getObject("id", UUID.class), rs.getObject("client_id", UUID.class),
                rs.getObject("starts_on", LocalDate.class), rs.getObject("starts_at", LocalTime.class),
                rs.getInt("duration_minutes"), rs.getString("place_kind"), rs.getObject("place_id", UUID.class),
                rs.getString("room"), rs.getString("video_link"), rs.getString("agenda"),
                rs.getObject("release_on", LocalDate.class), rs.getBoolean("client_invited"), rs.getString("status"),
                rs.getString("cancel_reason"), rs.getBoolean("entered_afterwards"), rs.getLong("version"));
    }
}
