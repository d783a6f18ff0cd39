package org.throughcare.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
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
    AuditSequencer sequencer;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;

    private AuditEntry sealed(AuditEntry written) {
        sequencer.sealWaiting();
        return audit.newestFirst(PageRequest.of(0, 2000)).items().stream().filter(e -> e.id() == written.id())
                .findFirst().orElseThrow();
    }

    private long lastSequence() {
        return jdbc.sql("select coalesce(max(sequence), 0) from audit_seal").query(Long.class).single();
    }

    @Test
    void anEntryIsShownAtOnceAndSealedAfterTheOneBeforeIt() {
        AuditEntry first = audit.record(AuditEvent.change("TEST_FIRST", "thing", "1", "a"));
        AuditEntry second = audit.record(AuditEvent.change("TEST_SECOND", "thing", "2", "b"));
        assertThat(second.sealed()).isFalse();
        AuditEntry firstSealed = sealed(first);
        AuditEntry secondSealed = sealed(second);
        assertThat(secondSealed.sequence()).isEqualTo(firstSealed.sequence() + 1);
        assertThat(secondSealed.previousHash()).isEqualTo(firstSealed.entryHash());
        assertThat(audit.verifyChain().intact()).isTrue();
    }

    @Test
    void waitingEntriesAreListedNewestFirstWithoutASequenceAndCountedByVerification() {
        // In one transaction, so that the sequencer cannot seal the entry before it is looked at.
        transactions.executeWithoutResult(tx -> {
            AuditEntry waiting = audit.record(AuditEvent.change("TEST_WAITING", "thing", "w", null));
            AuditEntry newest = audit.newestFirst(PageRequest.of(0, 1)).items().get(0);
            assertThat(newest.id()).isEqualTo(waiting.id());
            assertThat(newest.sequence()).isNull();
            assertThat(audit.aboutSubject("thing", "w", PageRequest.of(0, 10)).items())
                    .extracting(AuditEntry::action).containsExactly("TEST_WAITING");
            ChainVerification verification = audit.verifyChain();
            assertThat(verification.intact()).isTrue();
            assertThat(verification.waitingToBeSealed()).isPositive();
            tx.setRollbackOnly();
        });
    }

    @Test
    void aBatchOfAccessesIsSealedInOrderAndKeepsTheChain() {
        sequencer.sealWaiting();
        long before = lastSequence();
        audit.recordAccess(List.of(AuditEvent.change("TEST_BATCH_1", "thing", "a", null),
                AuditEvent.change("TEST_BATCH_2", "thing", "b", null), AuditEvent.change("TEST_BATCH_3", "thing", "c", null)));
        sequencer.sealWaiting();
        assertThat(jdbc.sql("""
                        select e.action from audit_seal s join audit_entry e on e.id = s.entry_id
                        where s.sequence > :s order by s.sequence""").param("s", before)
                .query(String.class).list()).containsExactly("TEST_BATCH_1", "TEST_BATCH_2", "TEST_BATCH_3");
        assertThat(audit.verifyChain().intact()).isTrue();
    }

    @Test
    void alteringDetailsIsDetectedAndTheEntryNamed() {
        AuditEntry victim = sealed(audit.record(AuditEvent.change("TEST_TAMPER", "thing", "3", "original")));
        sealed(audit.record(AuditEvent.change("TEST_AFTER", "thing", "4", "later")));
        assertTampering("update audit_entry set details = 'forged' where id = " + victim.id(), victim.sequence(),
                "CONTENT_ALTERED");
        assertThat(audit.verifyChain().intact()).isTrue();
    }

    @Test
    void aRefusalTurnedIntoAnAllowedAccessIsDetected() {
        AuditEntry denied = sealed(audit.record(new AuditEvent("READ", AuditEvent.Outcome.DENIED, "client", "x", "t",
                "category=HEALTH_AND_SUBSTANCE_USE; ground=NO_CONSENT", null, null)));
        assertTampering("update audit_entry set outcome = 'ALLOWED' where id = " + denied.id(), denied.sequence(),
                "CONTENT_ALTERED");
    }

    @Test
    void aRelinkedSealIsDetected() {
        AuditEntry victim = sealed(audit.record(AuditEvent.change("TEST_RELINK", "thing", "r", null)));
        assertTampering("update audit_seal set previous_hash = '" + "1".repeat(64) + "' where sequence = "
                + victim.sequence(), victim.sequence(), "LINK_BROKEN");
    }

    @Test
    void deletingAnEntryOrItsSealIsDetected() {
        AuditEntry victim = sealed(audit.record(AuditEvent.change("TEST_DELETE", "thing", "5", "x")));
        sealed(audit.record(AuditEvent.change("TEST_AFTER_DELETE", "thing", "6", "y")));
        assertTampering("delete from audit_entry where id = " + victim.id(), victim.sequence(), "ENTRY_MISSING");
        assertTampering("delete from audit_seal where sequence = " + victim.sequence(), victim.sequence(),
                "ENTRY_MISSING");
    }

    @Test
    void removingTheNewestEntriesIsReportedAgainstTheAnchor() {
        sealed(audit.record(AuditEvent.change("TEST_TAIL_1", "thing", "t1", null)));
        AuditEntry last = sealed(audit.record(AuditEvent.change("TEST_TAIL_2", "thing", "t2", null)));
        long firstRemoved = last.sequence() - 1;
        // Without the anchor this shorter chain would be intact in itself.
        transactions.executeWithoutResult(tx -> {
            jdbc.sql("delete from audit_entry where id in (select entry_id from audit_seal where sequence >= :s)")
                    .param("s", firstRemoved).update();
            jdbc.sql("delete from audit_seal where sequence >= :s").param("s", firstRemoved).update();
            jdbc.sql("update audit_chain_head set last_sequence = :s - 1").param("s", firstRemoved).update();
            ChainVerification result = audit.verifyChain();
            assertThat(result.intact()).isFalse();
            assertThat(result.reason()).isEqualTo("TAIL_MISSING");
            assertThat(result.firstBrokenSequence()).isEqualTo(firstRemoved);
            assertThat(result.anchoredSequence()).isGreaterThanOrEqualTo(last.sequence());
            tx.setRollbackOnly();
        });
        assertThat(audit.verifyChain().intact()).isTrue();
    }

    @Test
    void aLogLongerThanOneVerificationBatchIsVerifiedToTheEnd() {
        audit.recordAccess(IntStream.range(0, 1200)
                .mapToObj(i -> AuditEvent.change("TEST_LONG", "thing", "long-" + i, null)).toList());
        sequencer.sealWaiting();
        long last = lastSequence();
        ChainVerification verification = audit.verifyChain();
        assertThat(verification.intact()).isTrue();
        assertThat(verification.entriesChecked()).isEqualTo(last).isGreaterThan(1200);
        assertThat(verification.anchoredSequence()).isEqualTo(last);
        // The last entry is past the first batch of a thousand: an alteration there is found too.
        long victim = jdbc.sql("select entry_id from audit_seal where sequence = :s").param("s", last)
                .query(Long.class).single();
        assertTampering("update audit_entry set subject_id = 'forged' where id = " + victim, last, "CONTENT_ALTERED");
    }

    @Test
    void aChangeAndItsAuditEntryRollBackTogether() {
        long before = jdbc.sql("select count(*) from audit_entry").query(Long.class).single();
        transactions.executeWithoutResult(tx -> {
            audit.record(AuditEvent.change("TEST_ROLLED_BACK", "thing", "7", "z"));
            tx.setRollbackOnly();
        });
        assertThat(jdbc.sql("select count(*) from audit_entry").query(Long.class).single()).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from audit_unsealed u where not exists "
                + "(select 1 from audit_entry e where e.id = u.entry_id)").query(Long.class).single()).isZero();
    }

    /** Tampers in a transaction that is rolled back after the check, so the shared log stays intact. */
    private void assertTampering(String tamper, long expectedSequence, String expectedReason) {
        transactions.executeWithoutResult(tx -> {
            jdbc.sql(tamper).update();
            ChainVerification result = audit.verifyChain();
            assertThat(result.intact()).isFalse();
            assertThat(result.firstBrokenSequence()).isEqualTo(expectedSequence);
            assertThat(result.reason()).isEqualTo(expectedReason);
            tx.setRollbackOnly();
        });
    }
}
