package org.throughcare.followup.figures;

import org.throughcare.followup.figures.RawFigure.Kind;

/** A per-client number as a partition: 0, 1, … up to {@code top} and more, with its mean and median. */
final class Distributions {

    private Distributions() {
    }

    static RawFigure of(String section, String key, Histogram values, int top) {
        RawFigure.Builder figure = RawFigure.builder(section, key, Kind.PARTITION);
        for (int i = 0; i < top; i++) {
            figure.cell(RawFigure.Label.literal(String.valueOf(i)), values.between(i, i + 1));
        }
        figure.cell(RawFigure.Label.literal(top + "+"), values.atLeast(top));
        return figure.statistic("followup.mean", values.mean(), -1)
                .statistic("followup.median", values.median(), -1).build();
    }
}
