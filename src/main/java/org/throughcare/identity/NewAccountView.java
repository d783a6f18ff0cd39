package org.throughcare.identity;

import java.util.UUID;

/** A new account and the link its person uses to set a password. */
public record NewAccountView(UUID id, SetupLink setupLink) {
}
