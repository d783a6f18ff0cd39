package org.throughcare.plan;

import org.springframework.modulith.NamedInterface;

/** When in the client's path a measure is carried out. */
@NamedInterface("api")
public enum Phase {
    IN_CUSTODY, AT_RELEASE, AFTER_RELEASE
}
