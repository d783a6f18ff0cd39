package org.throughcare.assessment;

import org.springframework.modulith.NamedInterface;

/** The professional rating of an area, on a four-step scale. */
@NamedInterface("api")
public enum Rating {
    NO_NEED, SOME, SIGNIFICANT, SEVERE;

    /** Some, significant or severe: a need the plan must give an owner. */
    public boolean isNeed() {
        return this != NO_NEED;
    }
}
