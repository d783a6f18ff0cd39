package org.throughcare.client;

import java.time.LocalDate;
import java.util.UUID;

public record CustodyView(int episodeNumber, UUID institutionId, String institutionName, LocalDate sentenceStart,
                          Integer sentenceLengthMonths, LocalDate conditionalReleaseDate, LocalDate sentenceExpiry,
                          LocalDate supervisionEnd, boolean expulsionOrdered, OffenceCategory mainOffence,
                          RiskLevel riskLevel, String riskInstrument, LocalDate riskAssessedOn) {

    public RecordCustody toForm(long version) {
        return new RecordCustody(institutionId, sentenceStart, sentenceLengthMonths, conditionalReleaseDate,
                sentenceExpiry, supervisionEnd, expulsionOrdered, mainOffence, riskLevel, riskInstrument,
                riskAssessedOn, null, version);
    }
}
