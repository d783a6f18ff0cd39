package org.throughcare.client;

import java.time.LocalDate;
import java.util.UUID;

/** A client as one line of a caseload. */
public record ClientSummary(UUID id, String fullName, String personalNumber, Stage stage, LocalDate stageSince,
                            String probationOfficeName, String coordinatorName, LocalDate conditionalReleaseDate,
                            Integer daysToRelease) {
}
