package org.throughcare.directory;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.modulith.NamedInterface;
import org.throughcare.shared.Phone;
import java.util.ArrayList;
import java.util.List;

/**
 * What an administrator enters to create or change an organisation. {@code version} is the version the
 * edit started from; it is absent when creating.
 */
@NamedInterface("api")
public record SaveOrganisation(
        @NotBlank @Size(max = 200) String name,
        @NotNull AgencyType agencyType,
        @Size(max = 2000) String description,
        @Size(max = 300) @Pattern(regexp = "(https?://\\S+)?", message = "{validation.website}") String website,
        @Phone String phone,
        @Size(max = 200) @Email String email,
        List<@NotBlank @Size(max = 10) String> municipalityCodes,
        Long version) {

    public SaveOrganisation {
        // A plain mutable list: a hand-crafted form can send gaps (municipalityCodes[3]) that the binder
        // fills with nulls and then sets by index; those must reach validation as a field error.
        municipalityCodes = municipalityCodes == null ? new ArrayList<>() : new ArrayList<>(municipalityCodes);
    }

    public static SaveOrganisation empty() {
        return new SaveOrganisation(null, null, null, null, null, null, null, null);
    }
}
