package org.throughcare.group;

import java.time.LocalDate;
import java.util.UUID;
import org.jmolecules.event.annotation.DomainEvent;
import org.springframework.modulith.NamedInterface;
import org.throughcare.shared.ClientId;

/**
 * A consent in force runs out on {@code validUntil}, within {@link #WARNING_DAYS} days: whoever manages the case
 * asks the client to renew it before sharing stops. Announced once per consent and end date.
 */
@NamedInterface("events")
@DomainEvent
public record ConsentExpiring(ClientId clientId, UUID consentId, LocalDate validUntil) {

    public static final int WARNING_DAYS = 14;
}
