package org.throughcare.client;

import java.util.UUID;

/** The person is already registered; {@code existingId} is their case, to link to instead. */
public class DuplicateClientException extends RuntimeException {

    private final UUID existingId;

    public DuplicateClientException(UUID existingId) {
        super("client already registered");
        this.existingId = existingId;
    }

    public UUID existingId() {
        return existingId;
    }
}
