package org.throughcare.audit;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.throughcare.audit.internal.AnchorFile;
import org.throughcare.audit.internal.AuditProperties;
import org.throughcare.audit.internal.ChainAnchor;
import org.throughcare.audit.internal.ChainSeals;
import org.throughcare.audit.internal.HashChain;

/**
 * Seals waiting entries into the hash chain, in batches, off the request path. Every node runs one; the
 * lock on the head of the chain, taken only here and only for one short transaction, lets one sequencer
 * at a time seal, so several nodes on one database keep one chain without a gap or a duplicate sequence.
 * After each batch it writes an anchor (last sequence and its hash) outside the database.
 */
@Service
public class AuditSequencer {

    private static final Logger log = LoggerFactory.getLogger(AuditSequencer.class);

    private final ChainSeals seals;
    private final AnchorFile anchors;
    private final TransactionTemplate transaction;
    private final int batchSize;

    AuditSequencer(ChainSeals seals, AnchorFile anchors, PlatformTransactionManager transactions,
                   AuditProperties properties) {
        this.seals = seals;
        this.anchors = anchors;
        this.transaction = new TransactionTemplate(transactions);
        this.batchSize = properties.sealBatch();
    }

    @Scheduled(fixedDelayString = "${throughcare.audit.seal-interval:200ms}")
    void sealOnSchedule() {
        try {
            sealWaiting();
        } catch (RuntimeException e) {
            // The entries stay queued and the next run seals them; a database that is away comes back.
            log.warn("Sealing the audit chain failed, retrying at the next run: {}", e.toString());
        }
    }

    /** Seals everything waiting now, batch by batch; returns how many entries were sealed. */
    public int sealWaiting() {
        int total = 0;
        int sealed;
        do {
            sealed = sealBatch();
            total += sealed;
        } while (sealed == batchSize);
        return total;
    }

    private record Batch(int count, ChainAnchor anchor) {
    }

    private int sealBatch() {
        Batch batch = transaction.execute(status -> {
            ChainSeals.Head head = seals.lockHead();
            List<AuditEntry> waiting = seals.waiting(batchSize);
            if (waiting.isEmpty()) {
                return null;
            }
            List<AuditEntry> sealed = new ArrayList<>(waiting.size());
            long sequence = head.lastSequence();
            String previous = head.lastHash();
            for (AuditEntry entry : waiting) {
                AuditEntry next = HashChain.seal(entry, ++sequence, previous);
                sealed.add(next);
                previous = next.entryHash();
            }
            seals.store(sealed);
            return new Batch(sealed.size(), new ChainAnchor(seals.chainStart(), sequence, previous));
        });
        if (batch == null) {
            return 0;
        }
        // After the commit: an anchor may lag the chain after a crash, never lead it.
        anchors.append(batch.anchor());
        return batch.count();
    }
}
