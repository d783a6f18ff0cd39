package org.throughcare.followup.outcome;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * A follow-up form: the point it answers, the day it describes (a past day is allowed, and marked as entered
 * afterwards) and the five answers. Return to custody is not asked: it is derived from the custody records.
 */
public record RecordOutcome(@NotNull OutcomePoint point, @NotNull LocalDate recordedOn,
                            @NotNull Boolean settledAccommodation, @NotNull Occupation occupation,
                            @NotNull WhereNeeded addictionTreatment, @NotNull WhereNeeded debtAdvice,
                            @NotNull Boolean supportContact) {
}
