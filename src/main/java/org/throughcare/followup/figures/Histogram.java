package org.throughcare.followup.figures;

import java.util.Map;
import java.util.TreeMap;

/**
 * How many times each whole number occurs: what the database sends instead of a value per client, from which
 * the exact mean and median follow (the same as {@link RawFigure#mean} and {@link RawFigure#median} of the list).
 */
public final class Histogram {

    private final TreeMap<Long, Long> counts = new TreeMap<>();
    private long total;

    /** Adds {@code times} occurrences of {@code value}; returns this, so a row mapper can add a row. */
    public Histogram add(long value, long times) {
        if (times > 0) {
            counts.merge(value, times, Long::sum);
            total += times;
        }
        return this;
    }

    public long total() {
        return total;
    }

    /** How many values are at least {@code low} and below {@code high}. */
    public long between(long low, long high) {
        return counts.subMap(low, high).values().stream().mapToLong(Long::longValue).sum();
    }

    public long atLeast(long low) {
        return counts.tailMap(low).values().stream().mapToLong(Long::longValue).sum();
    }

    public Double mean() {
        if (total == 0) {
            return null;
        }
        long sum = 0;
        for (Map.Entry<Long, Long> e : counts.entrySet()) {
            sum += e.getKey() * e.getValue();
        }
        return (double) sum / total;
    }

    public Double median() {
        if (total == 0) {
            return null;
        }
        long middle = total / 2;
        return total % 2 == 1 ? (double) valueAt(middle) : (valueAt(middle - 1) + valueAt(middle)) / 2.0;
    }

    /** The value at a position (from 0) of the values in order. */
    private long valueAt(long position) {
        long seen = 0;
        for (Map.Entry<Long, Long> e : counts.entrySet()) {
            seen += e.getValue();
            if (position < seen) {
                return e.getKey();
            }
        }
        throw new IllegalArgumentException("position " + position + " of " + total);
    }
}
