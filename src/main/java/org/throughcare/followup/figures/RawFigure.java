package org.throughcare.followup.figures;

import java.util.ArrayList;
import java.util.List;

/**
 * A figure as computed, before suppression and words: its lines, its total and any statistics. A statistic
 * names the line it would give away ({@code guardedBy}, -1 for every line): it is hidden when that is.
 */
public record RawFigure(String key, String section, Kind kind, long total, List<Cell> cells,
                        List<Statistic> statistics) {

    public enum Kind { PARTITION, FUNNEL, COUNTS }

    /** A line's label: message keys joined by a dash, or a name as it stands (an office's). */
    public record Label(List<String> keys, String literal) {

        public static Label of(String... keys) {
            return new Label(List.of(keys), null);
        }

        public static Label literal(String text) {
            return new Label(List.of(), text);
        }
    }

    public record Cell(Label label, long count) {
    }

    public record Statistic(String labelKey, Double value, int guardedBy) {
    }

    public static Builder builder(String section, String key, Kind kind) {
        return new Builder(section, key, kind);
    }

    public static final class Builder {
        private final String section;
        private final String key;
        private final Kind kind;
        private final List<Cell> cells = new ArrayList<>();
        private final List<Statistic> statistics = new ArrayList<>();

        private Builder(String section, String key, Kind kind) {
            this.section = section;
            this.key = key;
            this.kind = kind;
        }

        public Builder cell(Label label, long count) {
            cells.add(new Cell(label, count));
            return this;
        }

        public Builder cell(String labelKey, long count) {
            return cell(Label.of(labelKey), count);
        }

        public Builder statistic(String labelKey, Double value, int guardedBy) {
            statistics.add(new Statistic(labelKey, value, guardedBy));
            return this;
        }

        /** A partition's total is the sum of its lines; a count figure's is given. */
        public RawFigure build(long total) {
            return new RawFigure(key, section, kind, total, List.copyOf(cells), List.copyOf(statistics));
        }

        public RawFigure build() {
            return build(cells.stream().mapToLong(Cell::count).sum());
        }
    }

    /** Mean and median of values, null when there are none. */
    static Double mean(List<? extends Number> values) {
        return values.isEmpty() ? null : values.stream().mapToDouble(Number::doubleValue).average().orElseThrow();
    }

    static Double median(List<? extends Number> values) {
        if (values.isEmpty()) {
            return null;
        }
        double[] sorted = values.stream().mapToDouble(Number::doubleValue).sorted().toArray();
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
