package org.throughcare.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A password chosen twice (the second time to catch a typing mistake). The rules beyond length — common
 * passwords, the username — are the service's, which knows the account.
 */
public record ChoosePassword(@NotBlank @Size(max = 128) String password, @NotBlank @Size(max = 128) String repeat) {
}
