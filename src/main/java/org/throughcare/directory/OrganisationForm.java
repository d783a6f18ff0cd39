package org.throughcare.directory;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * What an administrator enters to create or change an organisation. {@code version} is the version the
 * edit started from; it is absent when creating.
 */
public record OrganisationForm(
        @NotBlank @Size(max = 200) String name,
        @NotNull AgencyType agencyType,
        @Size(max = 2000) String description,
        @Size(max = 300) @Pattern(regexp = "(https?://\\S+)?", message = "{validation.website}") String website,
        @Size(max = 40) @Pattern(regexp = "[0-9 +()\\-]*", message = "{validation.phone}") String phone,
        @Size(max = 200) @Email String email,
        List<@NotBlank @Size(max = 10) String> municipalityCodes,
        Long version) {

    public OrganisationForm {
        municipalityCodes = municipalityCodes == null ? List.of() : List.copyOf(municipalityCodes);
    }

    public static OrganisationForm empty() {
        return new OrganisationForm(null, null, null, null, null, null, List.of(), null);
    }
}
