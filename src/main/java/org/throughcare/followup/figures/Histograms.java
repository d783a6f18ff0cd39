package org.throughcare.followup.figures;

import java.util.Map;
import java.util.TreeMap;

/**
 * Mean and median of values the database counted rather than listed: (value, how many) pairs. Exact, as over the
 * list itself; null when there are none.
 */
final class Histograms {

    private Histograms() {
    }

    static Double mean(Map<Long, Long> counts) {
        long n = counts.values().stream().mapToLong(Long::longValue).sum();
        if (n == 0) {
            return null;
        }
        double sum = counts.entrySet().stream().mapToDouble(e -> (double) e.getKey() * e.getValue()).sum();
        return sum / n;
    }

    /** The middle value, or with an even number of values the mean of the middle two. */
    static Double median(Map<Long, Long> counts) {
        long n = counts.values().stream().mapToLong(Long::longValue).sum();
        if (n == 0) {
            return null;
        }
        Long lower = valueAt(counts, (n - 1) / 2);
        Long upper = valueAt(counts, n / 2);
        return (lower + upper) / 2.0;
    }

    /** The value at a 0-based position in the sorted values. */
    private static Long valueAt(Map<Long, Long> counts, long position) {
        long seen = 0;
        for (Map.Entry<Long, Long> e : new TreeMap<>(counts).entrySet()) {
            seen += e.getValue();
            if (position < seen) {
                return e.getKey();
            }
        }
        throw new IllegalStateException("position beyond the values");
    }
}
