package org.throughcare.group.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.throughcare.group.GroupRole;

/** The group_member table. Rows are added and ended, never deleted. */
@Repository
public class GroupMembers {

    /** {@code enteredAfterwards}, {@code endEnteredAfterwards}: the start, the end was recorded after its day. */
    public record Row(UUID id, UUID clientId, UUID userId, UUID contactId, String personName, UUID organisationId,
                      GroupRole role, LocalDate from, LocalDate to, UUID addedBy, String addReason, UUID endedBy,
                      String endReason, boolean enteredAfterwards, boolean endEnteredAfterwards) {
    }

    private final JdbcClient jdbc;

    GroupMembers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void add(Row row, Instant at) {
        jdbc.sql("""
                insert into group_member (id, client_id, user_id, contact_id, person_name, organisation_id, group_role,
                  from_date, added_by, added_at, add_reason, entered_afterwards)
                values (:id, :client, :user, :contact, :name, :organisation, :role, :from, :by, :at, :reason,
                  :afterwards)""")
                .param("id", row.id()).param("client", row.clientId()).param("user", row.userId())
                .param("contact", row.contactId()).param("name", row.personName())
                .param("organisation", row.organisationId()).param("role", row.role().name())
                .param("from", row.from()).param("by", row.addedBy()).param("at", Timestamp.from(at))
                .param("reason", row.addReason()).param("afterwards", row.enteredAfterwards()).update();
    }

    public void end(UUID id, LocalDate to, String reason, UUID by, Instant at, boolean afterwards) {
        jdbc.sql("""
                update group_member set to_date = :to, end_reason = :reason, ended_by = :by, ended_at = :at,
                  end_entered_afterwards = :afterwards
                where id = :id and to_date is null""")
                .param("to", to).param("reason", reason).param("by", by).param("at", Timestamp.from(at))
                .param("afterwards", afterwards).param("id", id).update();
    }

    public Optional<Row> find(UUID id) {
        return jdbc.sql("select * from group_member where id = :id").param("id", id).query(GroupMembers::row).optional();
    }

    public List<Row> ofClient(UUID client) {
        return jdbc.sql("select * from group_member where client_id = :client order by from_date, added_at")
                .param("client", client).query(GroupMembers::row).list();
    }

    /** The clients in whose group this user became a current member on or after the day, newest first. */
    public List<UUID> clientsJoinedSince(UUID user, LocalDate since, LocalDate today) {
        return jdbc.sql("""
                        select client_id from group_member
                        where user_id = :user and from_date >= :since and from_date <= :today
                          and (to_date is null or to_date >= :today)
                        group by client_id order by max(from_date) desc, max(added_at) desc""")
                .param("user", user).param("since", since).param("today", today).query(UUID.class).list();
    }

    private static Row row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Row(rs.getObject("id", UUID.class), rs.getObject("client_id", UUID.class),
                rs.getObject("user_id", UUID.class), rs.getObject("contact_id", UUID.class), rs.getString("person_name"),
                rs.getObject("organisation_id", UUID.class), GroupRole.valueOf(rs.getString("group_role")),
                rs.getObject("from_date", LocalDate.class), rs.getObject("to_date", LocalDate.class),
                rs.getObject("added_by", UUID.class), rs.getString("add_reason"), rs.getObject("ended_by", UUID.class),
                rs.getString("end_reason"), rs.getBoolean("entered_afterwards"),
                rs.getBoolean("end_entered_afterwards"));
    }
}
