package org.throughcare.followup;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The figures for one cohort: its definition in words and in fields, when they were generated, whether small
 * cells were suppressed, and the figures in page order.
 */
public record FiguresView(Cohort cohort, String cohortDescription, LocalDate referenceDate, Instant generatedAt,
                          boolean suppressed, List<FigureView> figures) {

    public List<FigureView> section(String section) {
        return figures.stream().filter(f -> f.section().equals(section)).toList();
    }

    public FigureView figure(String key) {
        return figures.stream().filter(f -> f.key().equals(key)).findFirst().orElseThrow();
    }
}
