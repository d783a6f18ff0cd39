package org.throughcare.followup.figures;

import java.util.List;
import org.throughcare.followup.figures.RawFigure.Kind;

/** A per-client number as a partition: 0, 1, … up to {@code top} and more, with its mean and median. */
final class Distributions {

    private Distributions() {
    }

    static RawFigure of(String section, String key, List<Integer> values, int top) {
        long[] counts = new long[top + 1];
        values.forEach(v -> counts[Math.min(v, top)]++);
        RawFigure.Builder figure = RawFigure.builder(section, key, Kind.PARTITION);
        for (int i = 0; i <= top; i++) {
            figure.cell(i < top ? RawFigure.Label.literal(String.valueOf(i))
                    : RawFigure.Label.literal(top + "+"), counts[i]);
        }
        return figure.statistic("followup.mean", RawFigure.mean(values), -1)
                .statistic("followup.median", RawFigure.median(values), -1).build();
    }
}
