package org.throughcare.directory;

import org.springframework.modulith.NamedInterface;

/** A service's status, the four HSDS 3.1 allows; only an active service takes referrals. */
@NamedInterface("api")
public enum ServiceStatus {
    ACTIVE("active"), INACTIVE("inactive"), DEFUNCT("defunct"), TEMPORARILY_CLOSED("temporarily closed");

    private final String hsds;

    ServiceStatus(String hsds) {
        this.hsds = hsds;
    }

    /** The value HSDS uses, e.g. {@code temporarily closed}. */
    public String hsds() {
        return hsds;
    }
}
