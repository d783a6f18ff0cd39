package org.throughcare.directory;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.modulith.NamedInterface;
import org.throughcare.shared.Phone;

/** An office or unit of an organisation, such as a probation office or a social services unit. */
@NamedInterface("api")
public record SaveUnit(
        @NotBlank @Size(max = 200) String name,
        @Size(max = 10) String municipalityCode,
        @Size(max = 300) String address,
        @Phone String phone,
        @Size(max = 200) @Email String email,
        Long version) {

    public static SaveUnit empty() {
        return new SaveUnit(null, null, null, null, null, null);
    }
}
