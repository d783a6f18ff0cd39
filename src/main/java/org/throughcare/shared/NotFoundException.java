package org.throughcare.shared;

/** The thing asked for does not exist (or the asker may not know that it does). */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super(what + " not found");
    }
}
