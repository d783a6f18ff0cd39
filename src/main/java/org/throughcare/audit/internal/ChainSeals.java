package org.throughcare.audit.internal;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.throughcare.audit.AuditEntry;

/** The sequencer's side of the audit tables: the head of the chain, the queue and the seals. */
@Repository
public class ChainSeals {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    ChainSeals(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    public record Head(long lastSequence, String lastHash) {
    }

    /**
     * Locks the head row until the sequencer's transaction ends, so that two nodes' sequencers seal one
     * after the other. No request transaction ever takes this lock.
     */
    public Head lockHead() {
        return jdbc.sql("select last_sequence, last_hash from audit_chain_head where id = 1 for update")
                .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2)))
                .single();
    }

    /** The oldest entries waiting for their seal, in the order they were written. */
    public List<AuditEntry> waiting(int limit) {
        return jdbc.sql("""
                        select e.*, null as sequence, null as previous_hash, null as entry_hash
                        from audit_unsealed u join audit_entry e on e.id = u.entry_id
                        order by u.entry_id limit :limit""")
                .param("limit", limit).query(AuditEntries::map).list();
    }

    /** Stores the seals, takes their entries off the queue and moves the head to the last one. */
    public void store(List<AuditEntry> sealed) {
        template.batchUpdate("insert into audit_seal (sequence, entry_id, previous_hash, entry_hash) values (?, ?, ?, ?)",
                sealed.stream().map(e -> new Object[] {e.sequence(), e.id(), e.previousHash(), e.entryHash()}).toList());
        template.batchUpdate("delete from audit_unsealed where entry_id = ?",
                sealed.stream().map(e -> new Object[] {e.id()}).toList());
        AuditEntry last = sealed.get(sealed.size() - 1);
        jdbc.sql("update audit_chain_head set last_sequence = :sequence, last_hash = :hash where id = 1")
                .param("sequence", last.sequence()).param("hash", last.entryHash()).update();
    }

    /** The hash of the chain's first entry: names the chain in the anchor file. */
    public String chainStart() {
        return jdbc.sql("select entry_hash from audit_seal where sequence = 1").query(String.class).optional()
                .orElseThrow(() -> new IllegalStateException("The chain has no first entry"));
    }
}
