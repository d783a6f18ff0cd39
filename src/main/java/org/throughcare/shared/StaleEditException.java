package org.throughcare.shared;

/** Someone else saved the same record since this edit began; saving would lose their change. */
public class StaleEditException extends RuntimeException {

    public StaleEditException(String what) {
        super(what + " was changed by someone else");
    }
}
