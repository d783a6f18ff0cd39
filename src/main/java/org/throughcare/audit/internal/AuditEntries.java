package org.throughcare.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.throughcare.audit.AuditEntry;
import org.throughcare.shared.PageRequest;
import org.throughcare.shared.ResultPage;

/** The audit tables. Rows are only ever inserted; nothing here updates or deletes an entry. */
@Repository
public class AuditEntries {

    private static final int VERIFY_BATCH = 1000;

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    AuditEntries(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    public record Head(long lastSequence, String lastHash) {
    }

    /**
     * Locks the single head row until the transaction ends, so that concurrent writers append one after
     * another and each links to the entry before it.
     */
    public Head lockHead() {
        return jdbc.sql("select last_sequence, last_hash from audit_chain_head where id = 1 for update")
                .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2)))
                .single();
    }

    /** Appends several sealed entries in one round trip, then moves the head to the last. */
    public void appendAll(List<AuditEntry> sealed) {
        batch.batchUpdate("""
                        insert into audit_entry (sequence, occurred_at, actor_user_id, actor_username,
                          actor_organisation_id, action, outcome, subject_type, subject_id, purpose, details,
                          previous_hash, entry_hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                sealed.stream().map(e -> new Object[] {e.sequence(), Timestamp.from(e.occurredAt()), e.actorUserId(),
                        e.actorUsername(), e.actorOrganisationId(), e.action(), e.outcome(), e.subjectType(),
                        e.subjectId(), e.purpose(), e.details(), e.previousHash(), e.entryHash()}).toList());
        AuditEntry last = sealed.get(sealed.size() - 1);
        jdbc.sql("update audit_chain_head set last_sequence = :sequence, last_hash = :hash where id = 1")
                .param("sequence", last.sequence()).param("hash", last.entryHash()).update();
    }

    public void append(AuditEntry e) {
        jdbc.sql("""
                insert into audit_entry (sequence, occurred_at, actor_user_id, actor_username, actor_organisation_id,
                  action, outcome, subject_type, subject_id, purpose, details, previous_hash, entry_hash)
                values (:sequence, :occurredAt, :actorUserId, :actorUsername, :actorOrganisationId, :action, :outcome,
                  :subjectType, :subjectId, :purpose, :details, :previousHash, :entryHash)""")
                .param("sequence", e.sequence())
                .param("occurredAt", Timestamp.from(e.occurredAt()))
                .param("actorUserId", e.actorUserId())
                .param("actorUsername", e.actorUsername())
                .param("actorOrganisationId", e.actorOrganisationId())
                .param("action", e.action())
                .param("outcome", e.outcome())
                .param("subjectType", e.subjectType())
                .param("subjectId", e.subjectId())
                .param("purpose", e.purpose())
                .param("details", e.details())
                .param("previousHash", e.previousHash())
                .param("entryHash", e.entryHash())
                .update();
        jdbc.sql("update audit_chain_head set last_sequence = :sequence, last_hash = :hash where id = 1")
                .param("sequence", e.sequence()).param("hash", e.entryHash()).update();
    }

    public ResultPage<AuditEntry> newestFirst(PageRequest page) {
        long total = jdbc.sql("select count(*) from audit_entry").query(Long.class).single();
        List<AuditEntry> items = jdbc.sql("select * from audit_entry order by sequence desc limit :limit offset :offset")
                .param("limit", page.size()).param("offset", page.offset())
                .query(AuditEntries::map).list();
        return new ResultPage<>(items, page.number(), page.size(), total);
    }

    public ResultPage<AuditEntry> aboutSubject(String type, String id, PageRequest page) {
        long total = jdbc.sql("select count(*) from audit_entry where subject_type = :type and subject_id = :id")
                .param("type", type).param("id", id).query(Long.class).single();
        List<AuditEntry> items = jdbc.sql("""
                        select * from audit_entry where subject_type = :type and subject_id = :id
                        order by sequence desc limit :limit offset :offset""")
                .param("type", type).param("id", id).param("limit", page.size()).param("offset", page.offset())
                .query(AuditEntries::map).list();
        return new ResultPage<>(items, page.number(), page.size(), total);
    }

    public List<AuditEntry> inOrderFrom(long afterSequence) {
        return jdbc.sql("select * from audit_entry where sequence > :after order by sequence limit :limit")
                .param("after", afterSequence).param("limit", VERIFY_BATCH)
                .query(AuditEntries::map).list();
    }

    private static AuditEntry map(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(rs.getLong("sequence"), rs.getTimestamp("occurred_at").toInstant(),
                rs.getObject("actor_user_id", UUID.class), rs.getString("actor_username"),
                rs.getObject("actor_organisation_id", UUID.class), rs.getString("action"), rs.getString("outcome"),
                rs.getString("subject_type"), rs.getString("subject_id"), rs.getString("purpose"),
                rs.getString("details"), rs.getString("previous_hash"), rs.getString("entry_hash"));
    }
}
