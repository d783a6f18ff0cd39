package org.throughcare.client.internal;

import java.time.LocalDate;
import java.util.UUID;
import org.throughcare.client.Eligibility;
import org.throughcare.client.Stage;

/** What a command needs to know about a case before it changes it. {@code episode} is the current custody episode, if any. */
public record CaseState(UUID id, long version, UUID probationOfficeId, Stage stage, LocalDate stageSince,
                        Eligibility eligibility, Episode episode) {

    public record Episode(UUID id, int number, UUID institutionId, LocalDate sentenceStart, Integer sentenceLengthMonths,
                          LocalDate conditionalReleaseDate, LocalDate sentenceExpiry, LocalDate supervisionEnd,
                          boolean expulsionOrdered, String mainOffence, String riskLevel, String riskInstrument,
                          LocalDate riskAssessedOn, String earlyReleaseType, LocalDate earlyReleaseDate,
                          LocalDate releasedOn) {

        /** Still held: not yet released from this episode. */
        public boolean held() {
            return releasedOn == null;
        }
    }
}
