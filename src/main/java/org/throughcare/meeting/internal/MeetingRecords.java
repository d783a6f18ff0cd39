package org.throughcare.meeting.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The meeting_record, meeting_attendance and meeting_decision tables: appended to, never updated. */
@Repository
public class MeetingRecords {

    public record Record(UUID id, UUID meetingId, int revision, boolean clientAttended, String minutes,
                         String correction, UUID recordedBy, Instant recordedAt) {
    }

    /** {@code position}: the invitee's position on the meeting. */
    public record Attendance(int position, String attendance, String absenceReason) {
    }

    public record Decision(UUID id, UUID meetingId, int position, String text, UUID measureId, boolean measureNew,
                           UUID decidedBy, Instant decidedAt) {
    }

    private final JdbcClient jdbc;

    MeetingRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Appends the next revision of what happened at the meeting; the caller holds the meeting's version. */
    public void append(Record record, List<Attendance> attendance) {
        jdbc.sql("""
                insert into meeting_record (id, meeting_id, revision, client_attended, minutes, correction,
                    recorded_by, recorded_at)
                values (:id, :m, :revision, :client, :minutes, :correction, :by, :at)""")
                .param("id", record.id()).param("m", record.meetingId()).param("revision", record.revision())
                .param("client", record.clientAttended()).param("minutes", record.minutes())
                .param("correction", record.correction()).param("by", record.recordedBy())
                .param("at", Timestamp.from(record.recordedAt())).update();
        for (Attendance a : attendance) {
            jdbc.sql("""
                    insert into meeting_attendance (record_id, position, attendance, absence_reason)
                    values (:r, :p, :attendance, :reason)""")
                    .param("r", record.id()).param("p", a.position()).param("attendance", a.attendance())
                    .param("reason", a.absenceReason()).update();
        }
    }

    /** Every revision of the meeting's record, newest first. */
    public List<Record> records(UUID meeting) {
        return jdbc.sql("select * from meeting_record where meeting_id = :m order by revision desc")
                .param("m", meeting).query((rs, n) -> new Record(rs.getObject("id", UUID.class),
                        rs.getObject("meeting_id", UUID.class), rs.getInt("revision"), rs.getBoolean("client_attended"),
                        rs.getString("minutes"), rs.getString("correction"), rs.getObject("recorded_by", UUID.class),
                        rs.getTimestamp("recorded_at").toInstant())).list();
    }

    public List<Attendance> attendance(UUID record) {
        return jdbc.sql("select * from meeting_attendance where record_id = :r order by position")
                .param("r", record).query((rs, n) -> new Attendance(rs.getInt("position"), rs.getString("attendance"),
                        rs.getString("absence_reason"))).list();
    }

    /** Serialises the decisions of one meeting: the next position is read under this lock. */
    public void lockForDecision(UUID meeting) {
        jdbc.sql("select id from meeting where id = :m for update").param("m", meeting).query(UUID.class).list();
    }

    public void addDecision(Decision decision) {
        Integer position = jdbc.sql("select coalesce(max(position), -1) + 1 from meeting_decision where meeting_id = :m")
                .param("m", decision.meetingId()).query(Integer.class).single();
        jdbc.sql("""
                insert into meeting_decision (id, meeting_id, position, text, measure_id, measure_new, decided_by,
                    decided_at)
                values (:id, :m, :p, :text, :measure, :isNew, :by, :at)""")
                .param("id", decision.id()).param("m", decision.meetingId()).param("p", position)
                .param("text", decision.text()).param("measure", decision.measureId())
                .param("isNew", decision.measureNew()).param("by", decision.decidedBy())
                .param("at", Timestamp.from(decision.decidedAt())).update();
    }

    public List<Decision> decisions(UUID meeting) {
        return jdbc.sql("select * from meeting_decision where meeting_id = :m order by position")
                .param("m", meeting).query((rs, n) -> new Decision(rs.getObject("id", UUID.class),
                        rs.getObject("meeting_id", UUID.class), rs.getInt("position"), rs.getString("text"),
                        rs.getObject("measure_id", UUID.class), rs.getBoolean("measure_new"),
                        rs.getObject("decided_by", UUID.class), rs.getTimestamp("decided_at").toInstant())).list();
    }
}
