package org.throughcare.audit.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.throughcare.audit.AuditEntry;
import org.throughcare.audit.AuditFilter;
import org.throughcare.shared.PageRequest;
import org.throughcare.shared.ResultPage;

/**
 * The audit entries and their seals. Entries are only ever inserted, with their place in the sequencer's
 * queue; nothing here updates or deletes an entry. Reads show sealed and waiting entries alike.
 */
@Repository
public class AuditEntries {

    private static final int VERIFY_BATCH = 1000;
    private static final int INSERT_CHUNK = 500;
    private static final String COLUMNS = """
            occurred_at, actor_user_id, actor_username, actor_organisation_id, action, outcome, subject_type,
            subject_id, purpose, details""";
    private static final String SELECT = """
            select e.*, s.sequence, s.previous_hash, s.entry_hash
            from audit_entry e left join audit_seal s on s.entry_id = e.id""";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    AuditEntries(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /**
     * Inserts the entries (ids unset) and queues them for sealing: a few statements whatever their number,
     * no lock on any shared row. Returns them with their ids, in order.
     */
    public List<AuditEntry> append(List<AuditEntry> entries) {
        List<AuditEntry> stored = new ArrayList<>(entries.size());
        for (int from = 0; from < entries.size(); from += INSERT_CHUNK) {
            stored.addAll(insertChunk(entries.subList(from, Math.min(entries.size(), from + INSERT_CHUNK))));
        }
        template.batchUpdate("insert into audit_unsealed (entry_id) values (?)",
                stored.stream().map(e -> new Object[] {e.id()}).toList());
        return stored;
    }

    private List<AuditEntry> insertChunk(List<AuditEntry> chunk) {
        String sql = "insert into audit_entry (" + COLUMNS + ") values "
                + String.join(", ", Collections.nCopies(chunk.size(), "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        template.update(connection -> {
            PreparedStatement statement = connection.prepareStatement(sql, new String[] {"id"});
            int i = 0;
            for (AuditEntry e : chunk) {
                statement.setTimestamp(++i, Timestamp.from(e.occurredAt()));
                statement.setObject(++i, e.actorUserId());
                statement.setString(++i, e.actorUsername());
                statement.setObject(++i, e.actorOrganisationId());
                statement.setString(++i, e.action());
                statement.setString(++i, e.outcome());
                statement.setString(++i, e.subjectType());
                statement.setString(++i, e.subjectId());
                statement.setString(++i, e.purpose());
                statement.setString(++i, e.details());
            }
            return statement;
        }, keys);
        List<Map<String, Object>> ids = keys.getKeyList();
        List<AuditEntry> stored = new ArrayList<>(chunk.size());
        for (int i = 0; i < chunk.size(); i++) {
            AuditEntry e = chunk.get(i);
            long id = ((Number) ids.get(i).values().iterator().next()).longValue();
            stored.add(new AuditEntry(id, null, e.occurredAt(), e.actorUserId(), e.actorUsername(),
                    e.actorOrganisationId(), e.action(), e.outcome(), e.subjectType(), e.subjectId(), e.purpose(),
                    e.details(), null, null));
        }
        return stored;
    }

    /** Newest first, the ones still waiting for their seal included. */
    public ResultPage<AuditEntry> newestFirst(PageRequest page) {
        long total = jdbc.sql("select count(*) from audit_entry").query(Long.class).single();
        List<AuditEntry> items = jdbc.sql(SELECT + " order by e.id desc limit :limit offset :offset")
                .param("limit", page.size()).param("offset", page.offset())
                .query(AuditEntries::map).list();
        return new ResultPage<>(items, page.number(), page.size(), total);
    }

    /** The newest entry of this action, if there is one (an index on action and id finds it at once). */
    public java.util.Optional<AuditEntry> newestOf(String action) {
        return jdbc.sql(SELECT + " where e.action = :action order by e.id desc limit 1").param("action", action)
                .query(AuditEntries::map).optional();
    }

    public ResultPage<AuditEntry> aboutSubject(String type, String id, AuditFilter filter, PageRequest page) {
        StringBuilder where = new StringBuilder(" where e.subject_type = :type and e.subject_id = :id");
        Map<String, Object> params = new HashMap<>(Map.of("type", type, "id", id));
        if (filter.actor() != null) {
            where.append(" and e.actor_user_id = :actor");
            params.put("actor", filter.actor());
        }
        if (filter.outcome() != null) {
            where.append(" and e.outcome = :outcome");
            params.put("outcome", filter.outcome().name());
        }
        if (filter.category() != null) {
            // Access decisions write their details as "category=<code>; ground=<code>" (AuditEvent.access).
            where.append(" and e.details like :category");
            params.put("category", "category=" + filter.category() + ";%");
        }
        if (filter.from() != null) {
            where.append(" and e.occurred_at >= :from");
            params.put("from", Timestamp.from(filter.from()));
        }
        if (filter.until() != null) {
            where.append(" and e.occurred_at < :until");
            params.put("until", Timestamp.from(filter.until()));
        }
        long total = jdbc.sql("select count(*) from audit_entry e" + where).params(params).query(Long.class).single();
        List<AuditEntry> items = jdbc.sql(SELECT + where + " order by e.id desc limit :limit offset :offset")
                .params(params).param("limit", page.size()).param("offset", page.offset())
                .query(AuditEntries::map).list();
        return new ResultPage<>(items, page.number(), page.size(), total);
    }

    /** Who has entries about one subject, each once: the people a subject's log can be narrowed to. */
    public List<UUID> actorsAbout(String type, String id) {
        return jdbc.sql("""
                        select distinct actor_user_id from audit_entry
                        where subject_type = :type and subject_id = :id and actor_user_id is not null""")
                .param("type", type).param("id", id).query(UUID.class).list();
    }

    /**
     * Sealed entries after {@code afterSequence}, in chain order. A seal whose entry is gone comes back
     * without hash, for verification to report as missing.
     */
    public List<AuditEntry> sealedInOrderFrom(long afterSequence) {
        return jdbc.sql("""
                        select e.*, s.entry_id as sealed_id, s.sequence, s.previous_hash,
                               case when e.id is null then null else s.entry_hash end as entry_hash
                        from audit_seal s left join audit_entry e on e.id = s.entry_id
                        where s.sequence > :after order by s.sequence limit :limit""")
                .param("after", afterSequence).param("limit", VERIFY_BATCH)
                .query((rs, row) -> rs.getObject("id") == null
                        ? new AuditEntry(rs.getLong("sealed_id"), rs.getLong("sequence"), null, null, null, null,
                                null, null, null, null, null, null, rs.getString("previous_hash"), null)
                        : map(rs, row))
                .list();
    }

    public long waitingToBeSealed() {
        return jdbc.sql("select count(*) from audit_unsealed").query(Long.class).single();
    }

    static AuditEntry map(ResultSet rs, int row) throws SQLException {
        long sequence = rs.getLong("sequence");
        Long sealedAt = rs.wasNull() ? null : sequence;
        return new AuditEntry(rs.getLong("id"), sealedAt,
                rs.getTimestamp("occurred_at").toInstant(),
                rs.getObject("actor_user_id", UUID.class), rs.getString("actor_username"),
                rs.getObject("actor_organisation_id", UUID.class), rs.getString("action"), rs.getString("outcome"),
                rs.getString("subject_type"), rs.getString("subject_id"), rs.getString("purpose"),
                rs.getString("details"), rs.getString("previous_hash"), rs.getString("entry_hash"));
    }
}
