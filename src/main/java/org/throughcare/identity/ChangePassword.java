package org.throughcare.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A signed-in user's change of their own password: the current one proves it is them. */
public record ChangePassword(@NotBlank @Size(max = 128) String currentPassword,
                             @NotBlank @Size(max = 128) String password,
                             @NotBlank @Size(max = 128) String repeat) {
}
