package org.throughcare.client;

import java.util.EnumSet;
import java.util.Set;
import org.springframework.modulith.NamedInterface;

/**
 * What a custody event changes (D8). Events of one {@link #fact()} are ordered by when they happened at their
 * source: one that arrives after a newer event of the same fact is kept as history and changes nothing.
 */
@NamedInterface("api")
public enum CustodyEventKind {
    RELEASE_DATE, EARLY_RELEASE, TRANSFER, RELEASED, RETURNED_TO_CUSTODY, MUNICIPALITY;

    /** The kinds that change the same fact: release and return both decide whether the client is held. */
    public Set<CustodyEventKind> fact() {
        return switch (this) {
            case RELEASED, RETURNED_TO_CUSTODY -> EnumSet.of(RELEASED, RETURNED_TO_CUSTODY);
            default -> EnumSet.of(this);
        };
    }

    /** Every kind but a return happens to a client in custody; a return to one who is not. */
    public boolean needsCustody() {
        return this != RETURNED_TO_CUSTODY && this != MUNICIPALITY;
    }
}
