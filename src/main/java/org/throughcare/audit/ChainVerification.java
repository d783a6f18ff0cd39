package org.throughcare.audit;

/**
 * The result of re-computing the hash chain. When it is broken, {@code firstBrokenSequence} names the
 * first entry whose stored content or link no longer matches, and {@code reason} says how:
 * {@code ENTRY_MISSING}, {@code LINK_BROKEN} or {@code CONTENT_ALTERED}.
 */
public record ChainVerification(boolean intact, long entriesChecked, Long firstBrokenSequence, String reason) {

    public static ChainVerification intact(long checked) {
        return new ChainVerification(true, checked, null, null);
    }

    public static ChainVerification brokenAt(long checked, long sequence, String reason) {
        return new ChainVerification(false, checked, sequence, reason);
    }
}
