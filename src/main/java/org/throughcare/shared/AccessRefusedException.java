package org.throughcare.shared;

import org.springframework.security.access.AccessDeniedException;

/**
 * The access gate said no. Carries only the ground, never anything about the client, so that the answer
 * reveals nothing, not even the name. A refused read says that no consent covers the data; a refused change
 * ({@link #forChange}) says that this role may not make the change — a different reason, told as such.
 */
public class AccessRefusedException extends AccessDeniedException {

    private final AccessGate.Ground ground;
    private final boolean change;

    public AccessRefusedException(AccessGate.Ground ground) {
        this(ground, false);
    }

    private AccessRefusedException(AccessGate.Ground ground, boolean change) {
        super((change ? "change refused: " : "access refused: ") + ground);
        this.ground = ground;
        this.change = change;
    }

    /** A change to the case this actor may not make. */
    public static AccessRefusedException forChange(AccessGate.Ground ground) {
        return new AccessRefusedException(ground, true);
    }

    public AccessGate.Ground ground() {
        return ground;
    }

    public boolean change() {
        return change;
    }

    /** The message that tells the actor the true reason. */
    public String messageKey() {
        return change ? "error.changeRefused" : "error.noConsent";
    }
}
