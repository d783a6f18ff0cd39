package org.throughcare.referral;

import org.springframework.modulith.NamedInterface;

/** How soon the client needs the service; the codes are FHIR's request priority (routine, urgent, asap). */
@NamedInterface("api")
public enum Urgency {
    ROUTINE, URGENT, ASAP;

    public String fhirPriority() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
