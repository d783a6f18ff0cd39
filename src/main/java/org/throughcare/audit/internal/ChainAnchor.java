package org.throughcare.audit.internal;

/**
 * Where a sealing batch left the chain: the hash of its first entry (which chain — the anchor file may
 * outlive a database), the last sequence sealed and that entry's hash.
 */
public record ChainAnchor(String chainStart, long sequence, String headHash) {

    private static final String PREFIX = "audit-anchor ";

    /** One line of the anchor file and of the application log; hashes and numbers only, no personal data. */
    public String line() {
        return PREFIX + "chain=" + chainStart + " sequence=" + sequence + " head=" + headHash;
    }

    /** The anchor a line of the file holds, or null for a line that is not one (a torn last write). */
    static ChainAnchor parse(String line) {
        if (!line.startsWith(PREFIX)) {
            return null;
        }
        String chain = null;
        String head = null;
        Long sequence = null;
        for (String part : line.substring(PREFIX.length()).split(" ")) {
            int eq = part.indexOf('=');
            if (eq < 0) {
                return null;
            }
            String value = part.substring(eq + 1);
            switch (part.substring(0, eq)) {
                case "chain" -> chain = value;
                case "head" -> head = value;
                case "sequence" -> {
                    try {
                        sequence = Long.parseLong(value);
                    } catch (NumberFormatException e) {
                        return null;
                    }
                }
                default -> { }
            }
        }
        boolean whole = chain != null && chain.length() == 64 && head != null && head.length() == 64 && sequence != null;
        return whole ? new ChainAnchor(chain, sequence, head) : null;
    }
}
