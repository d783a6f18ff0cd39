package org.throughcare.group.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.throughcare.group.GroupRole;

/** The group_member_proposal table: proposals are decided once and kept. */
@Repository
public class MemberProposalRows {

    public record Row(UUID id, UUID clientId, UUID userId, UUID organisationId, GroupRole role, String source,
                      UUID proposedBy, Instant proposedAt, String decision, UUID memberId) {
    }

    private final JdbcClient jdbc;

    MemberProposalRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Row row) {
        jdbc.sql("""
                insert into group_member_proposal (id, client_id, user_id, organisation_id, group_role, source,
                    proposed_by, proposed_at)
                values (:id, :client, :user, :organisation, :role, :source, :by, :at)""")
                .param("id", row.id()).param("client", row.clientId()).param("user", row.userId())
                .param("organisation", row.organisationId()).param("role", row.role().name())
                .param("source", row.source()).param("by", row.proposedBy())
                .param("at", Timestamp.from(row.proposedAt())).update();
    }

    /** @return false when it was decided meanwhile (by someone else, at the same moment) */
    public boolean decide(UUID id, String decision, UUID memberId, UUID by, Instant at) {
        return jdbc.sql("""
                update group_member_proposal set decision = :decision, member_id = :member, decided_by = :by,
                    decided_at = :at
                where id = :id and decision is null""")
                .param("decision", decision).param("member", memberId).param("by", by)
                .param("at", Timestamp.from(at)).param("id", id).update() == 1;
    }

    public Optional<Row> find(UUID id) {
        return jdbc.sql("select * from group_member_proposal where id = :id").param("id", id)
                .query(MemberProposalRows::row).optional();
    }

    public List<Row> bySource(UUID client, String source) {
        return jdbc.sql("""
                select * from group_member_proposal where client_id = :client and source = :source
                order by proposed_at""").param("client", client).param("source", source)
                .query(MemberProposalRows::row).list();
    }

    private static Row row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Row(rs.getObject("id", UUID.class), rs.getObject("client_id", UUID.class),
                rs.getObject("user_id", UUID.class), rs.getObject("organisation_id", UUID.class),
                GroupRole.valueOf(rs.getString("group_role")), rs.getString("source"),
                rs.getObject("proposed_by", UUID.class), rs.getTimestamp("proposed_at").toInstant(),
                rs.getString("decision"), rs.getObject("member_id", UUID.class));
    }
}
