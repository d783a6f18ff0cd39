package org.throughcare.referral;

import org.springframework.modulith.NamedInterface;

/**
 * Where a referral stands, with the HL7 FHIR R4 {@code Task.status} code the Gravity SDOH referral guide uses
 * for it (its referral task status value set). Waiting — accepted, with an expected start — is {@code on-hold}:
 * the service has taken the task and holds it until a place is free.
 */
@NamedInterface("api")
public enum ReferralStatus {
    SENT("requested"),
    ACCEPTED("accepted"),
    DECLINED("rejected"),
    WAITING("on-hold"),
    STARTED("in-progress"),
    COMPLETED("completed"),
    ENDED_EARLY("failed"),
    CANCELLED("cancelled");

    private final String fhirTaskStatus;

    ReferralStatus(String fhirTaskStatus) {
        this.fhirTaskStatus = fhirTaskStatus;
    }

    public String fhirTaskStatus() {
        return fhirTaskStatus;
    }

    /** Still under way: the referrer may cancel it. */
    public boolean open() {
        return this == SENT || this == ACCEPTED || this == WAITING || this == STARTED;
    }

    /** Run by the service to its end: it carries an outcome per goal. */
    public boolean ranItsCourse() {
        return this == COMPLETED || this == ENDED_EARLY;
    }

    /**
     * Whether the receiving organisation's staff still read the client through it: not once they declined, nor
     * after the referrer cancelled.
     */
    public boolean reachesService() {
        return this != DECLINED && this != CANCELLED;
    }
}
