package org.throughcare.client;

import java.util.Optional;
import java.util.UUID;

/**
 * The person is already registered. Within the registrant's own office the existing case is named, to link
 * to instead; elsewhere only the office that holds it, so that registering is no way to learn where a person's
 * case is or what it is.
 */
public class DuplicateClientException extends RuntimeException {

    private final UUID existingInOwnOffice;
    private final String owningOffice;

    DuplicateClientException(UUID existingInOwnOffice, String owningOffice) {
        super("client already registered");
        this.existingInOwnOffice = existingInOwnOffice;
        this.owningOffice = owningOffice;
    }

    /** The existing case, when it is in the office the registration was for. */
    public Optional<UUID> existingInOwnOffice() {
        return Optional.ofNullable(existingInOwnOffice);
    }

    /** The name of the probation office that holds the case: whom to contact. */
    public String owningOffice() {
        return owningOffice;
    }
}
