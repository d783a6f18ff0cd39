package org.throughcare.plan.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.throughcare.shared.NeedArea;

/** The plan_goal table. */
@Repository
public class Goals {

    public record Row(UUID id, UUID clientId, NeedArea area, String description, long version, UUID createdBy,
                      Instant createdAt) {
    }

    private final JdbcClient jdbc;

    Goals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Row row) {
        jdbc.sql("""
                insert into plan_goal (id, client_id, area, description, version, created_by, created_at)
                values (:id, :client, :area, :description, 0, :by, :at)""")
                .param("id", row.id()).param("client", row.clientId()).param("area", row.area().name())
                .param("description", row.description()).param("by", row.createdBy())
                .param("at", Timestamp.from(row.createdAt())).update();
    }

    /** @return false when someone else changed the goal since {@code version} was read */
    public boolean update(UUID id, String description, long version) {
        return jdbc.sql("update plan_goal set description = :d, version = version + 1 where id = :id and version = :v")
                .param("d", description).param("id", id).param("v", version).update() == 1;
    }

    public Optional<Row> find(UUID id) {
        return jdbc.sql("select * from plan_goal where id = :id").param("id", id).query(Goals::row).optional();
    }

    public List<Row> ofClient(UUID client) {
        return jdbc.sql("select * from plan_goal where client_id = :client order by created_at")
                .param("client", client).query(Goals::row).list();
    }

    private static Row row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Row(rs.getObject("id", UUID.class), rs.getObject("client_id", UUID.class),
                NeedArea.valueOf(rs.getString("area")), rs.getString("description"), rs.getLong("version"),
                rs.getObject("created_by", UUID.class), rs.getTimestamp("created_at").toInstant());
    }
}
