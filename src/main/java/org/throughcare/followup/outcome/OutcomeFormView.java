package org.throughcare.followup.outcome;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One recorded form as its reader may see it: an answer whose consent category the reader may not read is null
 * (accommodation, occupation and support contact are needs-assessment data; addiction treatment health data;
 * debt advice finances). {@code returnedToCustody} is derived from the custody records by the form's date.
 */
public record OutcomeFormView(UUID id, OutcomePoint point, LocalDate recordedOn, Boolean settledAccommodation,
                              Occupation occupation, WhereNeeded addictionTreatment, WhereNeeded debtAdvice,
                              Boolean supportContact, boolean returnedToCustody, boolean enteredAfterwards) {
}
