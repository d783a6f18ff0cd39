package org.throughcare.client;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A client as one line of a caseload. {@code flags}: backslide zones flagged by the plan (needs without an
 * owner), shown to the case's coordinator and office manager only; null for other readers.
 */
public record ClientSummary(UUID id, String fullName, String personalNumber, Stage stage, LocalDate stageSince,
                            String probationOfficeName, String coordinatorName, LocalDate conditionalReleaseDate,
                            Integer daysToRelease, Integer flags) {

    public ClientSummary withFlags(Integer count) {
        return new ClientSummary(id, fullName, personalNumber, stage, stageSince, probationOfficeName, coordinatorName,
                conditionalReleaseDate, daysToRelease, count);
    }
}
