package org.throughcare.plan;

import jakarta.validation.constraints.NotNull;

/**
 * The answer to a measure due on a release date that moved: {@code MOVE} it to the new date or {@code KEEP}
 * its date; {@code version} is the measure's, as the author saw it.
 */
public record DateDecision(@NotNull Choice decision, Long version) {

    public enum Choice { MOVE, KEEP }
}
