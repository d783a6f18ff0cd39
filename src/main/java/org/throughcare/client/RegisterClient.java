package org.throughcare.client;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A person referred to the programme, as the coordinator registers them. {@code referredOn} is the day they were
 * referred, today when left out; an earlier day registers a referral entered afterwards (an earlier trial's or
 * another system's client).
 */
public record RegisterClient(
        @NotBlank @Size(max = 200) String fullName,
        @NotBlank @Pattern(regexp = "[A-Za-z]{2}", message = "{validation.country}") String idCountry,
        @NotBlank @Size(max = 40) String idNumber,
        @NotNull @Past LocalDate dateOfBirth,
        @NotNull Gender gender,
        @Size(max = 60) String preferredLanguage,
        Boolean interpreterNeeded,
        @NotBlank @Size(max = 10) String municipalityCode,
        @NotNull UUID probationOfficeId,
        @NotNull UUID coordinatorId,
        LocalDate referredOn) {

    public RegisterClient {
        interpreterNeeded = Boolean.TRUE.equals(interpreterNeeded);
    }

    /** Referred today. */
    public RegisterClient(String fullName, String idCountry, String idNumber, LocalDate dateOfBirth, Gender gender,
                          String preferredLanguage, Boolean interpreterNeeded, String municipalityCode,
                          UUID probationOfficeId, UUID coordinatorId) {
        this(fullName, idCountry, idNumber, dateOfBirth, gender, preferredLanguage, interpreterNeeded, municipalityCode,
                probationOfficeId, coordinatorId, null);
    }

    public static RegisterClient startingIn(UUID office, UUID coordinator) {
        return new RegisterClient(null, "SE", null, null, null, null, false, null, office, coordinator);
    }
}
