package org.throughcare.followup.outcome;

/**
 * Help counted only where it was needed (addiction treatment, debt advice): not needed, started or received,
 * or needed and not (yet) started.
 */
public enum WhereNeeded {
    NOT_NEEDED, STARTED, NOT_STARTED;

    public boolean needed() {
        return this != NOT_NEEDED;
    }
}
