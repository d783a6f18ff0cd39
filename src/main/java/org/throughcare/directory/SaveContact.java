package org.throughcare.directory;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.modulith.NamedInterface;
import org.throughcare.shared.Phone;
import java.util.UUID;

/** A named person at an organisation, optionally at one of its units. */
@NamedInterface("api")
public record SaveContact(
        @NotBlank @Size(max = 200) String fullName,
        @Size(max = 200) String roleTitle,
        @Phone String phone,
        @Size(max = 200) @Email String email,
        UUID unitId,
        Long version) {

    public static SaveContact empty() {
        return new SaveContact(null, null, null, null, null, null);
    }
}
