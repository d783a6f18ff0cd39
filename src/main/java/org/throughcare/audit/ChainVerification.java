package org.throughcare.audit;

/**
 * The result of re-computing the hash chain over the sealed entries and comparing its end with the newest
 * anchor kept outside the database. When it is broken, {@code firstBrokenSequence} names the first entry
 * whose stored content or link no longer matches, and {@code reason} says how: {@code ENTRY_MISSING},
 * {@code LINK_BROKEN}, {@code CONTENT_ALTERED}, {@code TAIL_MISSING} (the chain ends before the anchored
 * sequence: its newest entries were removed) or {@code ANCHOR_MISMATCH} (the anchored entry's hash differs).
 * {@code waitingToBeSealed} counts entries written but not yet sealed; {@code anchoredSequence} is the
 * sequence of the anchor compared with, if there is one.
 */
public record ChainVerification(boolean intact, long entriesChecked, Long firstBrokenSequence, String reason,
                                long waitingToBeSealed, Long anchoredSequence) {

    public static ChainVerification intact(long checked, Long anchoredSequence) {
        return new ChainVerification(true, checked, null, null, 0, anchoredSequence);
    }

    public static ChainVerification brokenAt(long checked, long sequence, String reason, Long anchoredSequence) {
        return new ChainVerification(false, checked, sequence, reason, 0, anchoredSequence);
    }

    public ChainVerification withWaiting(long waiting) {
        return new ChainVerification(intact, entriesChecked, firstBrokenSequence, reason, waiting, anchoredSequence);
    }
}
