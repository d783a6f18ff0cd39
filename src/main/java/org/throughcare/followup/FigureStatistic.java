package org.throughcare.followup;

/** A mean, median or share beside a figure's counts; {@code value} null (shown "–") when suppressed. */
public record FigureStatistic(String label, Double value, String shown) {
}
