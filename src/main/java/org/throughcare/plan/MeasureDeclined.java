package org.throughcare.plan;

import java.time.Instant;
import java.util.UUID;
import org.jmolecules.event.annotation.DomainEvent;
import org.springframework.modulith.NamedInterface;
import org.throughcare.shared.ClientId;
import org.throughcare.shared.UserId;

/**
 * The owning organisation declined a measure given to it: the coordinator reassigns or cancels it. The reason
 * stays in the plan, where the gate guards it; the event carries only who and when.
 */
@NamedInterface("events")
@DomainEvent
public record MeasureDeclined(ClientId clientId, UUID measureId, UUID ownerOrganisationId, UserId declinedBy,
                              Instant declinedAt) {
}
