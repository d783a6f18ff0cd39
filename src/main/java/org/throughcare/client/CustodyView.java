package org.throughcare.client;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The current custody episode. The early release and the actual release date are set by custody events
 * ({@link CustodyEvents}), never by the custody form.
 */
public record CustodyView(int episodeNumber, UUID institutionId, String institutionName, LocalDate sentenceStart,
                          Integer sentenceLengthMonths, LocalDate conditionalReleaseDate, LocalDate sentenceExpiry,
                          LocalDate supervisionEnd, boolean expulsionOrdered, OffenceCategory mainOffence,
                          RiskLevel riskLevel, String riskInstrument, LocalDate riskAssessedOn,
                          EarlyReleaseType earlyReleaseType, LocalDate earlyReleaseDate, LocalDate releasedOn) {

    public RecordCustody toForm(long version) {
        return new RecordCustody(institutionId, sentenceStart, sentenceLengthMonths, conditionalReleaseDate,
                sentenceExpiry, supervisionEnd, expulsionOrdered, mainOffence, riskLevel, riskInstrument,
                riskAssessedOn, null, version);
    }
}
