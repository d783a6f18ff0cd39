package org.throughcare.group;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.modulith.NamedInterface;
import org.throughcare.shared.DataCategory;

/**
 * A consent as the coordinator documents it. A written consent comes with the signed form as a separate
 * upload ({@link ConsentDocument}); an oral one names its witness.
 */
@NamedInterface("api")
public record RecordConsent(
        @NotNull ConsentForm form,
        @NotNull @PastOrPresent LocalDate givenOn,
        @Size(max = 200) String witness,
        boolean toldAboutConfidentiality,
        @NotBlank @Size(max = 20) String textVersion,
        LocalDate validUntil,
        @NotEmpty List<@NotNull UUID> organisationIds,
        @NotEmpty List<@NotNull DataCategory> categories) {
}
