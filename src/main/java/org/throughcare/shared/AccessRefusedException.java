package org.throughcare.shared;

import org.springframework.security.access.AccessDeniedException;

/**
 * The access gate said no. Carries only the ground, never anything about the client, so that the answer
 * reveals nothing, not even the name. A refused read says that no consent covers the data; a refused change
 * ({@link #forChange}) says that this role may not make the change — a different reason, told as such.
 */
public class AccessRefusedException extends AccessDeniedException {

    static final String CHANGE_REFUSED = "error.changeRefused";

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

    /** A change to the case this actor may not make. */
    public static AccessRefusedException forChange(AccessGate.Ground ground) {
        return new AccessRefusedException(ground, CHANGE_REFUSED);
    }

    public String reasonKey() {
        return reasonKey;
    }

    public boolean change() {
        return reasonKey.startsWith(CHANGE_REFUSED);
    }

    public AccessGate.Ground ground() {
        return ground;
    }
}
