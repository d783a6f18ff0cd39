package org.throughcare.client;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The facts of the current custody episode. When a key date that was already set changes, {@code reason}
 * says why; it goes into the date's history. {@code version} is the case version the edit started from.
 */
public record RecordCustody(
        UUID institutionId,
        LocalDate sentenceStart,
        @Min(1) @Max(1200) Integer sentenceLengthMonths,
        LocalDate conditionalReleaseDate,
        LocalDate sentenceExpiry,
        LocalDate supervisionEnd,
        Boolean expulsionOrdered,
        OffenceCategory mainOffence,
        RiskLevel riskLevel,
        @Size(max = 100) String riskInstrument,
        @PastOrPresent LocalDate riskAssessedOn,
        @Size(max = 500) String reason,
        Long version) {

    public RecordCustody {
        // Optional in the API: an agency system that says nothing about expulsion means none is ordered.
        expulsionOrdered = Boolean.TRUE.equals(expulsionOrdered);
    }

    public static RecordCustody empty(long version) {
        return new RecordCustody(null, null, null, null, null, null, false, null, null, null, null, null, version);
    }
}
