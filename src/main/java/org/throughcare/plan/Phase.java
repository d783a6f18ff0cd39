package org.throughcare.plan;

/** When in the client's path a measure is carried out. */
public enum Phase {
    IN_CUSTODY, AT_RELEASE, AFTER_RELEASE
}
