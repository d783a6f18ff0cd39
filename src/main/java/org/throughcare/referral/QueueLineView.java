package org.throughcare.referral;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.throughcare.shared.NeedArea;

/**
 * One referral in a service's queue. {@code position}: its place in its service's waiting list (first sent,
 * first); {@code days}: days waiting so far, or for one under way the days it waited until started.
 * {@code readable}: whether consent still lets the reader see it — if not, only its place, service and days are
 * shown, nothing of the client or the area. {@code clientName}: only when consent covers the client's basic facts.
 */
public record QueueLineView(UUID referralId, UUID clientId, boolean readable, String clientName, UUID serviceId,
                            String serviceName, NeedArea needArea, Urgency urgency, ReferralStatus status,
                            String fhirTaskStatus, int position, long days, LocalDate expectedStart,
                            Instant referredAt) {
}
