package org.throughcare.shared;

import org.springframework.security.access.AccessDeniedException;

/**
 * The access gate said no. Carries only the ground, never anything about the client, so that the answer
 * — a 403 that says no consent covers this — reveals nothing, not even the name.
 */
public class AccessRefusedException extends AccessDeniedException {

    private final AccessGate.Ground ground;

    public AccessRefusedException(AccessGate.Ground ground) {
        super("access refused: " + ground);
        this.ground = ground;
    }

    public AccessGate.Ground ground() {
        return ground;
    }
}
