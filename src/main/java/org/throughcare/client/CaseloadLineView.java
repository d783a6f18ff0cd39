package org.throughcare.client;

import java.time.LocalDate;
import java.util.UUID;
import org.springframework.modulith.NamedInterface;

/**
 * A client as one line of a caseload. {@code responsible}: the reader is the case's coordinator or a manager
 * of its office, to whom the other modules' flags on the line are shown.
 */
@NamedInterface("api")
public record CaseloadLineView(UUID id, String fullName, String personalNumber, Stage stage, LocalDate stageSince,
                            String probationOfficeName, String coordinatorName, LocalDate conditionalReleaseDate,
                            Integer daysToRelease, boolean responsible) {

    /** The release date has passed while the case still counts the client in custody: its data looks stale. */
    public boolean releasePassed() {
        return daysToRelease != null && daysToRelease < 0;
    }
}
