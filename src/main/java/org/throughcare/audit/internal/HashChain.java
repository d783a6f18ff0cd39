package org.throughcare.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.LongFunction;
import org.throughcare.audit.AuditEntry;
import org.throughcare.audit.ChainVerification;

/**
 * SHA-256 over each entry's content and the previous entry's hash. Altering, deleting or reordering a
 * stored row breaks the chain from that row on, which {@link #verify} reports.
 */
public final class HashChain {

    public static final String GENESIS = "0".repeat(64);
    private static final char SEPARATOR = '\u001f';

    private HashChain() {
    }

    public static AuditEntry seal(AuditEntry e) {
        return new AuditEntry(e.sequence(), e.occurredAt(), e.actorUserId(), e.actorUsername(),
                e.actorOrganisationId(), e.action(), e.outcome(), e.subjectType(), e.subjectId(), e.purpose(),
                e.details(), e.previousHash(), hashOf(e));
    }

    /** @param batchFrom returns entries with sequence greater than the argument, in order; empty at the end */
    public static ChainVerification verify(LongFunction<List<AuditEntry>> batchFrom) {
        String expectedPrevious = GENESIS;
        long expectedSequence = 1;
        long checked = 0;
        List<AuditEntry> batch = batchFrom.apply(0);
        while (!batch.isEmpty()) {
            for (AuditEntry entry : batch) {
                if (entry.sequence() != expectedSequence) {
                    return ChainVerification.brokenAt(checked, expectedSequence, "ENTRY_MISSING");
                }
                if (!entry.previousHash().equals(expectedPrevious)) {
                    return ChainVerification.brokenAt(checked, entry.sequence(), "LINK_BROKEN");
                }
                if (!entry.entryHash().equals(hashOf(entry))) {
                    return ChainVerification.brokenAt(checked, entry.sequence(), "CONTENT_ALTERED");
                }
                checked++;
                expectedSequence++;
                expectedPrevious = entry.entryHash();
            }
            batch = batchFrom.apply(expectedSequence - 1);
        }
        return ChainVerification.intact(checked);
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
