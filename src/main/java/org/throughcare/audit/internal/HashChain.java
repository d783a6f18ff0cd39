package org.throughcare.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongFunction;
import org.throughcare.audit.AuditEntry;
import org.throughcare.audit.ChainVerification;

/**
 * SHA-256 over each entry's sequence, content and the previous entry's hash. Altering, deleting or
 * reordering a sealed row breaks the chain from that row on, which {@link #verify} reports; removing the
 * newest rows leaves a shorter chain that is intact in itself, which only the anchor kept outside the
 * database reveals.
 */
public final class HashChain {

    public static final String GENESIS = "0".repeat(64);
    private static final char SEPARATOR = '\u001f';

    private HashChain() {
    }

    /** The entry sealed at {@code sequence}, linked to {@code previousHash}. */
    public static AuditEntry seal(AuditEntry e, long sequence, String previousHash) {
        AuditEntry linked = e.sealedAs(sequence, previousHash, null);
        return linked.sealedAs(sequence, previousHash, hashOf(linked));
    }

    /**
     * @param batchFrom returns sealed entries with sequence greater than the argument, in order; empty at the end
     * @param anchorFor the newest anchor kept for the chain that starts with the given hash, if any
     */
    public static ChainVerification verify(LongFunction<List<AuditEntry>> batchFrom,
                                           Function<String, Optional<ChainAnchor>> anchorFor) {
        String expectedPrevious = GENESIS;
        long expectedSequence = 1;
        long checked = 0;
        ChainAnchor anchor = null;
        Long anchored = null;
        List<AuditEntry> batch = batchFrom.apply(0);
        while (!batch.isEmpty()) {
            for (AuditEntry entry : batch) {
                if (entry.sequence() != expectedSequence || entry.entryHash() == null) {
                    return ChainVerification.brokenAt(checked, expectedSequence, "ENTRY_MISSING", anchored);
                }
                if (!entry.previousHash().equals(expectedPrevious)) {
                    return ChainVerification.brokenAt(checked, entry.sequence(), "LINK_BROKEN", anchored);
                }
                if (!entry.entryHash().equals(hashOf(entry))) {
                    return ChainVerification.brokenAt(checked, entry.sequence(), "CONTENT_ALTERED", anchored);
                }
                if (entry.sequence() == 1) {
                    anchor = anchorFor.apply(entry.entryHash()).orElse(null);
                    anchored = anchor == null ? null : anchor.sequence();
                }
                if (anchor != null && entry.sequence() == anchor.sequence()
                        && !entry.entryHash().equals(anchor.headHash())) {
                    return ChainVerification.brokenAt(checked, entry.sequence(), "ANCHOR_MISMATCH", anchored);
                }
                checked++;
                expectedSequence++;
                expectedPrevious = entry.entryHash();
            }
            batch = batchFrom.apply(expectedSequence - 1);
        }
        if (anchor != null && anchor.sequence() >= expectedSequence) {
            return ChainVerification.brokenAt(checked, expectedSequence, "TAIL_MISSING", anchored);
        }
        return ChainVerification.intact(checked, anchored);
    }

    static String hashOf(AuditEntry e) {
        String canonical = String.join(String.valueOf(SEPARATOR),
                String.valueOf(e.sequence()), String.valueOf(e.occurredAt().toEpochMilli()),
                text(e.actorUserId()), text(e.actorUsername()), text(e.actorOrganisationId()), text(e.action()),
                text(e.outcome()), text(e.subjectType()), text(e.subjectId()), text(e.purpose()), text(e.details()),
                e.previousHash());
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e1) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e1);
        }
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
