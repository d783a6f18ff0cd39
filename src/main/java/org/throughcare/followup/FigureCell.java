package org.throughcare.followup;

/**
 * One line of a figure. {@code count} is null when it is suppressed; {@code shown} is what is printed: the
 * number, "&lt;5" for a small count, or "–" for a count hidden only so that a small one cannot be worked out.
 * A funnel's lines also carry how many reached the stage ({@code reached}, {@code reachedShown}).
 */
public record FigureCell(String label, Long count, String shown, Long reached, String reachedShown) {
}
