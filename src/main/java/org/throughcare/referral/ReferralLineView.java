package org.throughcare.referral;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.throughcare.shared.NeedArea;

/** One referral in a client's list: where to, for what, where it stands and since when. */
public record ReferralLineView(UUID id, UUID clientId, UUID serviceId, String serviceName, String organisationName,
                               NeedArea needArea, Urgency urgency, ReferralStatus status, String fhirTaskStatus,
                               LocalDate expectedStart, Instant referredAt, Instant changedAt) {
}
