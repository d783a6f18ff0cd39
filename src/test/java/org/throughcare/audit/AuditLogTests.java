package org.throughcare.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.throughcare.IntegrationTest;
import org.throughcare.shared.PageRequest;

@IntegrationTest
class AuditLogTests {

    @Autowired
    AuditLog audit;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void eachEntryLinksToTheOneBefore() {
        AuditEntry first = audit.record(AuditEvent.change("TEST_FIRST", "thing", "1", "a"));
        AuditEntry second = audit.record(AuditEvent.change("TEST_SECOND", "thing", "2", "b"));
        assertThat(second.sequence()).isEqualTo(first.sequence() + 1);
        assertThat(second.previousHash()).isEqualTo(first.entryHash());
        assertThat(audit.newestFirst(PageRequest.of(0, 1)).items()).extracting(AuditEntry::sequence)
                .containsExactly(second.sequence());
        assertThat(audit.verifyChain().intact()).isTrue();
    }

    @Test
    void aBatchOfAccessesIsAppendedInOrderAndKeepsTheChain() {
        long before = jdbc.sql("select last_sequence from audit_chain_head").query(Long.class).single();
        audit.recordAccess(java.util.List.of(AuditEvent.change("TEST_BATCH_1", "thing", "a", null),
                AuditEvent.change("TEST_BATCH_2", "thing", "b", null), AuditEvent.change("TEST_BATCH_3", "thing", "c", null)));
        assertThat(jdbc.sql("select action from audit_entry where sequence > :s order by sequence").param("s", before)
                .query(String.class).list()).containsExactly("TEST_BATCH_1", "TEST_BATCH_2", "TEST_BATCH_3");
        assertThat(audit.verifyChain().intact()).isTrue();
    }

    @Test
    void alteringARowIsDetectedAndTheEntryNamed() {
        AuditEntry victim = audit.record(AuditEvent.change("TEST_TAMPER", "thing", "3", "original"));
        audit.record(AuditEvent.change("TEST_AFTER", "thing", "4", "later"));
        // Rolled back after the check, so the shared test database keeps an intact log for other tests.
        transactions.executeWithoutResult(tx -> {
            jdbc.sql("update audit_entry set details = 'forged' where sequence = :s")
                    .param("s", victim.sequence()).update();
            ChainVerification result = audit.verifyChain();
            assertThat(result.intact()).isFalse();
            assertThat(result.firstBrokenSequence()).isEqualTo(victim.sequence());
            assertThat(result.reason()).isEqualTo("CONTENT_ALTERED");
            tx.setRollbackOnly();
        });
        assertThat(audit.verifyChain().intact()).isTrue();
    }

    @Test
    void deletingARowIsDetected() {
        AuditEntry victim = audit.record(AuditEvent.change("TEST_DELETE", "thing", "5", "x"));
        audit.record(AuditEvent.change("TEST_AFTER_DELETE", "thing", "6", "y"));
        transactions.executeWithoutResult(tx -> {
            jdbc.sql("delete from audit_entry where sequence = :s").param("s", victim.sequence()).update();
            ChainVerification result = audit.verifyChain();
            assertThat(result.intact()).isFalse();
            assertThat(result.firstBrokenSequence()).isEqualTo(victim.sequence());
            assertThat(result.reason()).isEqualTo("ENTRY_MISSING");
            tx.setRollbackOnly();
        });
    }

    @Test
    void aChangeAndItsAuditEntryRollBackTogether() {
        long before = jdbc.sql("select count(*) from audit_entry").query(Long.class).single();
        transactions.executeWithoutResult(tx -> {
            audit.record(AuditEvent.change("TEST_ROLLED_BACK", "thing", "7", "z"));
            tx.setRollbackOnly();
        });
        assertThat(jdbc.sql("select count(*) from audit_entry").query(Long.class).single()).isEqualTo(before);
        assertThat(audit.verifyChain().intact()).isTrue();
    }
}
