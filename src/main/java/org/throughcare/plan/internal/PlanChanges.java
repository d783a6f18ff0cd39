package org.throughcare.plan.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The plan_change table: appended to, never changed. */
@Repository
public class PlanChanges {

    /** {@code detail}: the composed text older rows have; {@code facts}: the stored facts of newer ones. */
    public record Row(UUID clientId, UUID subjectId, String item, String kind, String detail, String facts,
                      UUID changedBy, Instant changedAt) {
    }

    private final JdbcClient jdbc;

    PlanChanges(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void append(Row row) {
        jdbc.sql("""
                insert into plan_change (id, client_id, subject_id, item, kind, detail, facts, changed_by, changed_at)
                values (:id, :client, :subject, :item, :kind, :detail, :facts, :by, :at)""")
                .param("id", UUID.randomUUID()).param("client", row.clientId()).param("subject", row.subjectId())
                .param("item", row.item()).param("kind", row.kind()).param("detail", row.detail())
                .param("facts", row.facts())
                .param("by", row.changedBy()).param("at", Timestamp.from(row.changedAt())).update();
    }

    public List<Row> ofSubject(UUID subject) {
        return jdbc.sql("select * from plan_change where subject_id = :s order by changed_at desc")
                .param("s", subject).query(PlanChanges::row).list();
    }

    private static Row row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Row(rs.getObject("client_id", UUID.class), rs.getObject("subject_id", UUID.class),
                rs.getString("item"), rs.getString("kind"), rs.getString("detail"), rs.getString("facts"),
                rs.getObject("changed_by", UUID.class), rs.getTimestamp("changed_at").toInstant());
    }
}
