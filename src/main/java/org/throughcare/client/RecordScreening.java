package org.throughcare.client;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * One eligibility screening: each criterion met, not met or unknown with a note, and the decision with its reason.
 * {@code screenedOn} is the day of the screening, today when left out; an earlier day is entered afterwards.
 */
public record RecordScreening(
        @NotNull Criterion.Status releaseInWindow, @Size(max = 500) String releaseInWindowNote,
        @NotNull Criterion.Status riskMediumOrHigh, @Size(max = 500) String riskNote,
        @NotNull Criterion.Status sentenceLongEnough, @Size(max = 500) String sentenceNote,
        @NotNull Criterion.Status severalAgencies, @Size(max = 500) String severalAgenciesNote,
        @NotNull Criterion.Status motivated, @Size(max = 500) String motivatedNote,
        @NotNull Criterion.Status noExpulsion, @Size(max = 500) String noExpulsionNote,
        @NotNull Eligibility decision,
        @NotBlank @Size(max = 1000) String reason,
        Long version,
        LocalDate screenedOn) {

    /** Screened today. */
    public RecordScreening(Criterion.Status releaseInWindow, String releaseInWindowNote,
                           Criterion.Status riskMediumOrHigh, String riskNote,
                           Criterion.Status sentenceLongEnough, String sentenceNote,
                           Criterion.Status severalAgencies, String severalAgenciesNote,
                           Criterion.Status motivated, String motivatedNote,
                           Criterion.Status noExpulsion, String noExpulsionNote,
                           Eligibility decision, String reason, Long version) {
        this(releaseInWindow, releaseInWindowNote, riskMediumOrHigh, riskNote, sentenceLongEnough, sentenceNote,
                severalAgencies, severalAgenciesNote, motivated, motivatedNote, noExpulsion, noExpulsionNote, decision,
                reason, version, null);
    }
}
