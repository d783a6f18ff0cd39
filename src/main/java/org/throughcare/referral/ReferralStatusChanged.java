package org.throughcare.referral;

import java.time.Instant;
import java.util.UUID;
import org.jmolecules.event.annotation.DomainEvent;
import org.springframework.modulith.NamedInterface;
import org.throughcare.shared.ClientId;
import org.throughcare.shared.NeedArea;
import org.throughcare.shared.UserId;

/**
 * A referral was sent ({@code from} absent) or changed state. Carries ids and codes only: who is told reads the
 * rest through the gate. {@code measureId}: the plan measure it realises, if any; {@code achieved}: on completion,
 * whether any goal was achieved or partly achieved (the measure is then done, else not achieved).
 */
@DomainEvent
@NamedInterface("events")
public record ReferralStatusChanged(ClientId clientId, UUID referralId, UUID serviceId, UUID organisationId,
                                    NeedArea needArea, ReferralStatus from, ReferralStatus to, UUID measureId,
                                    UserId referredBy, UserId by, boolean achieved, Instant at) {
}
