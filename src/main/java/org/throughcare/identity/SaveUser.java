package org.throughcare.identity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.throughcare.shared.Role;

/**
 * What an administrator enters to create or change an account. The username is chosen once (an edit keeps it);
 * {@code version} is the version the edit started from, absent when creating. Lengths match the columns.
 */
public record SaveUser(
        @NotBlank @Size(max = 60) @Pattern(regexp = "[a-z0-9][a-z0-9._-]*", message = "{validation.username.format}")
        String username,
        @NotBlank @Size(max = 200) @Pattern(regexp = "[^\\p{Cntrl}]*", message = "{validation.noControlCharacters}")
        String displayName,
        @Size(max = 200) @Email @Pattern(regexp = "[^\\p{Cntrl}]*", message = "{validation.noControlCharacters}")
        String email,
        @NotNull Role role,
        @NotNull UUID organisationId,
        UUID unitId,
        Long version) {

    public static SaveUser empty() {
        return new SaveUser(null, null, null, null, null, null, null);
    }
}
