package org.throughcare.plan.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.throughcare.shared.NeedArea;
import org.throughcare.plan.MeasureStatus;
import org.throughcare.plan.MeasureType;
import org.throughcare.plan.OrphanNeeds;
import org.throughcare.plan.Phase;

/** The plan_measure and plan_measure_note tables. A change is an update guarded by the version read. */
@Repository
public class Measures {

    public record Row(UUID id, UUID clientId, NeedArea area, String description, MeasureType type, UUID ownerId,
                      UUID responsibleUserId, UUID responsibleContactId, String responsibleName, Phase phase,
                      LocalDate startOn, LocalDate dueOn, MeasureStatus status, String declineReason, UUID answeredBy,
                      Instant answeredAt, long version) {

        public Row answered(MeasureStatus to, String reason, UUID by, Instant at) {
            return new Row(id, clientId, area, description, type, ownerId, responsibleUserId, responsibleContactId,
                    responsibleName, phase, startOn, dueOn, to, reason, by, at, version);
        }

        public Row withDueOn(LocalDate due) {
            return new Row(id, clientId, area, description, type, ownerId, responsibleUserId, responsibleContactId,
                    responsibleName, phase, startOn, due, status, declineReason, answeredBy, answeredAt, version);
        }

        public Row withStatus(MeasureStatus to) {
            return answered(to, declineReason, answeredBy, answeredAt);
        }
    }

    public record Note(UUID measureId, LocalDate writtenOn, String text, UUID writtenBy, Instant writtenAt) {
    }

    private final JdbcClient jdbc;

    Measures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Row row, UUID by, Instant at) {
        jdbc.sql("""
                insert into plan_measure (id, client_id, area, description, measure_type, owner_organisation_id,
                  responsible_user_id, responsible_contact_id, responsible_name, phase, start_on, due_on, status,
                  decline_reason, answered_by, answered_at, version, created_by, created_at)
                values (:id, :client, :area, :description, :type, :owner, :user, :contact, :name, :phase, :start,
                  :due, :status, :reason, :answeredBy, :answeredAt, 0, :by, :at)""")
                .paramSource(params(row).addValue("by", by).addValue("at", Timestamp.from(at))).update();
    }

    /** @return false when someone else changed the measure since {@code row.version()} was read */
    public boolean update(Row row) {
        return jdbc.sql("""
                update plan_measure set area = :area, description = :description, measure_type = :type,
                  owner_organisation_id = :owner, responsible_user_id = :user, responsible_contact_id = :contact,
                  responsible_name = :name, phase = :phase, start_on = :start, due_on = :due, status = :status,
                  decline_reason = :reason, answered_by = :answeredBy, answered_at = :answeredAt,
                  version = version + 1
                where id = :id and version = :version""")
                .paramSource(params(row).addValue("version", row.version())).update() == 1;
    }

    public Optional<Row> find(UUID id) {
        return jdbc.sql("select * from plan_measure where id = :id").param("id", id).query(Measures::row).optional();
    }

    /** The measure if it is this client's: a path naming another client's measure finds nothing. */
    public Optional<Row> findForClient(UUID client, UUID id) {
        return find(id).filter(m -> m.clientId().equals(client));
    }

    public List<Row> ofClient(UUID client) {
        return jdbc.sql("select * from plan_measure where client_id = :client order by area, start_on, created_at")
                .param("client", client).query(Measures::row).list();
    }

    /** Measures an organisation owns for the given clients, unanswered first, then by due date. */
    public List<Row> ownedBy(UUID organisation, Collection<UUID> clients) {
        if (clients.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select * from plan_measure where owner_organisation_id = :owner and client_id in (:clients)
                order by case status when 'PROPOSED' then 0 when 'ACCEPTED' then 1 when 'IN_PROGRESS' then 2 else 3 end,
                  due_on, created_at""")
                .param("owner", organisation).param("clients", clients).query(Measures::row).list();
    }

    /** Measures of the given clients that were declined, or are still open past their due date. */
    public List<Row> declinedOrOverdue(Collection<UUID> clients, LocalDate today) {
        if (clients.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select * from plan_measure where client_id in (:clients)
                  and (status = 'DECLINED' or (status in ('PROPOSED', 'ACCEPTED', 'IN_PROGRESS') and due_on < :today))
                order by due_on, created_at""")
                .param("clients", clients).param("today", today).query(Measures::row).list();
    }

    /** What the no-owner rule needs, for many clients in one query. */
    public Map<UUID, List<OrphanNeeds.Measure>> forFlags(Collection<UUID> clients) {
        Map<UUID, List<OrphanNeeds.Measure>> byClient = new HashMap<>();
        if (clients.isEmpty()) {
            return byClient;
        }
        jdbc.sql("select id, client_id, area, phase, status from plan_measure where client_id in (:clients)")
                .param("clients", clients).query((rs, n) -> {
                    byClient.computeIfAbsent(rs.getObject("client_id", UUID.class), c -> new java.util.ArrayList<>())
                            .add(new OrphanNeeds.Measure(rs.getObject("id", UUID.class),
                                    NeedArea.valueOf(rs.getString("area")), Phase.valueOf(rs.getString("phase")),
                                    MeasureStatus.valueOf(rs.getString("status"))));
                    return null;
                }).list();
        return byClient;
    }

    /** Records that a meeting's decision created or changed the measure; the latest such meeting is kept. */
    public void decidedAt(UUID measure, org.throughcare.plan.DecidedAtMeeting meeting) {
        jdbc.sql("update plan_measure set decided_at_meeting = :meeting, decided_on = :on where id = :id")
                .param("meeting", meeting.meetingId()).param("on", meeting.heldOn()).param("id", measure).update();
    }

    /** The meeting that decided each of these measures, for those a meeting decided. */
    public Map<UUID, org.throughcare.plan.DecidedAtMeeting> decidedAtMeetings(Collection<UUID> measures) {
        Map<UUID, org.throughcare.plan.DecidedAtMeeting> byMeasure = new HashMap<>();
        if (measures.isEmpty()) {
            return byMeasure;
        }
        jdbc.sql("""
                select id, decided_at_meeting, decided_on from plan_measure
                where id in (:ids) and decided_at_meeting is not null""")
                .param("ids", measures).query((rs, n) -> byMeasure.put(rs.getObject("id", UUID.class),
                        new org.throughcare.plan.DecidedAtMeeting(rs.getObject("decided_at_meeting", UUID.class),
                                rs.getObject("decided_on", LocalDate.class)))).list();
        return byMeasure;
    }

    public void addNote(UUID id, Note note) {
        jdbc.sql("""
                insert into plan_measure_note (id, measure_id, written_on, note, written_by, written_at)
                values (:id, :measure, :on, :note, :by, :at)""")
                .param("id", id).param("measure", note.measureId()).param("on", note.writtenOn())
                .param("note", note.text()).param("by", note.writtenBy()).param("at", Timestamp.from(note.writtenAt()))
                .update();
    }

    public Map<UUID, List<Note>> notes(Collection<UUID> measures) {
        Map<UUID, List<Note>> byMeasure = new HashMap<>();
        if (measures.isEmpty()) {
            return byMeasure;
        }
        jdbc.sql("select * from plan_measure_note where measure_id in (:ids) order by written_on desc, written_at desc")
                .param("ids", measures).query((rs, n) -> new Note(rs.getObject("measure_id", UUID.class),
                        rs.getObject("written_on", LocalDate.class), rs.getString("note"),
                        rs.getObject("written_by", UUID.class), rs.getTimestamp("written_at").toInstant()))
                .list().forEach(note -> byMeasure.computeIfAbsent(note.measureId(), m -> new java.util.ArrayList<>())
                        .add(note));
        return byMeasure;
    }

    private static org.springframework.jdbc.core.namedparam.MapSqlParameterSource params(Row row) {
        return new org.springframework.jdbc.core.namedparam.MapSqlParameterSource()
                .addValue("id", row.id()).addValue("client", row.clientId()).addValue("area", row.area().name())
                .addValue("description", row.description()).addValue("type", row.type().name())
                .addValue("owner", row.ownerId()).addValue("user", row.responsibleUserId())
                .addValue("contact", row.responsibleContactId()).addValue("name", row.responsibleName())
                .addValue("phase", row.phase().name()).addValue("start", row.startOn()).addValue("due", row.dueOn())
                .addValue("status", row.status().name()).addValue("reason", row.declineReason())
                .addValue("answeredBy", row.answeredBy())
                .addValue("answeredAt", row.answeredAt() == null ? null : Timestamp.from(row.answeredAt()));
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        Timestamp answeredAt = rs.getTimestamp("answered_at");
        return new Row(rs.getObject("id", UUID.class), rs.getObject("client_id", UUID.class),
                NeedArea.valueOf(rs.getString("area")), rs.getString("description"),
                MeasureType.valueOf(rs.getString("measure_type")), rs.getObject("owner_organisation_id", UUID.class),
                rs.getObject("responsible_user_id", UUID.class), rs.getObject("responsible_contact_id", UUID.class),
                rs.getString("responsible_name"), Phase.valueOf(rs.getString("phase")),
                rs.getObject("start_on", LocalDate.class), rs.getObject("due_on", LocalDate.class),
                MeasureStatus.valueOf(rs.getString("status")), rs.getString("decline_reason"),
                rs.getObject("answered_by", UUID.class), answeredAt == null ? null : answeredAt.toInstant(),
                rs.getLong("version"));
    }
}
