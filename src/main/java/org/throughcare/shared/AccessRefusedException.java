package org.throughcare.shared;

import org.springframework.security.access.AccessDeniedException;

/**
 * The access gate said no. Carries only the ground, never anything about the client, so that the answer
 * reveals nothing, not even the name. A refused read says why: no consent covers the data, the reader is not in
 * the client's group, or their role reads no client data (the gate's ground, never a guess); a refused change
 * ({@link #forChange}) says that this role may not make the change — a different reason, told as such.
 */
public class AccessRefusedException extends AccessDeniedException {

    static final String CHANGE_REFUSED = "error.changeRefused";

    private final AccessGate.Ground ground;
    private final String reasonKey;

    /** A refused read, told by its true ground: no consent, not in the group, or a role that reads no client data. */
    public AccessRefusedException(AccessGate.Ground ground) {
        this(ground, readRefusal(ground));
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

    private static String readRefusal(AccessGate.Ground ground) {
        return switch (ground) {
            case NOT_IN_GROUP -> "error.notInGroup";
            case NO_CLIENT_DATA_FOR_ROLE -> "error.noClientDataForRole";
            default -> "error.noConsent";
        };
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
