package org.throughcare.client;

/** An agency sent an event id it used before, for a different event: neither is guessed to be the right one. */
public class ConflictingCustodyEventException extends RuntimeException {

    public ConflictingCustodyEventException(String eventId) {
        super("custody event " + eventId + " was received before with other content");
    }
}
