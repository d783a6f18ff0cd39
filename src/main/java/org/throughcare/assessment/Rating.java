package org.throughcare.assessment;

/** The professional rating of an area, on a four-step scale. */
public enum Rating {
    NO_NEED, SOME, SIGNIFICANT, SEVERE;

    /** Some, significant or severe: a need the plan must give an owner. */
    public boolean isNeed() {
        return this != NO_NEED;
    }
}
