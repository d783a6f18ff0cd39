package org.throughcare.client;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.modulith.NamedInterface;

/**
 * A client's case as its reader may see it. {@code custody} is absent until custody facts are recorded;
 * {@code mayChange}: the reader manages the case (its coordinator, the office manager), so pages offer changes.
 * {@code mayRecordCustody}: they may record the custody facts (the coordinator, or the prison holding the client).
 */
@NamedInterface("api")
public record ClientView(UUID id, long version, String fullName, String personalNumber, String idCountry,
                            LocalDate dateOfBirth, Gender gender, String preferredLanguage, boolean interpreterNeeded,
                            String municipalityCode, String municipalityName, UUID probationOfficeId,
                            String probationOfficeName, UUID coordinatorId, String coordinatorName, Stage stage,
                            LocalDate stageSince, Eligibility eligibility, CustodyView custody,
                            List<Stage> possibleStages, Integer daysToRelease, boolean mayChange,
                            boolean mayRecordCustody) {
}
