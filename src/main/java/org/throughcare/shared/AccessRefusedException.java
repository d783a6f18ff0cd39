package org.throughcare.shared;

import org.springframework.security.access.AccessDeniedException;

/**
 * The access gate said no. Carries only the ground, never anything about the client, so that the answer
 * — a 403 that says no consent covers this — reveals nothing, not even the name.
 */
public class AccessRefusedException extends AccessDeniedException {

    private final AccessGate.Ground ground;
    private final String reasonKey;

    public AccessRefusedException(AccessGate.Ground ground) {
        this(ground, "error.noConsent");
    }

    /** {@code reasonKey}: the message that tells the reader the true reason, when it is not missing consent. */
    public AccessRefusedException(AccessGate.Ground ground, String reasonKey) {
        super("access refused: " + ground);
        this.ground = ground;
        this.reasonKey = reasonKey;
    }

    public String reasonKey() {
        return reasonKey;
    }

    public AccessGate.Ground ground() {
        return ground;
    }
}
