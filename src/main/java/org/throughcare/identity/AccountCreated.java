package org.throughcare.identity;

import java.util.UUID;

/** A new account and the link its person uses to set a password. */
public record AccountCreated(UUID id, SetupLink setupLink) {
}
