package org.throughcare.group;

import java.time.Instant;
import java.util.UUID;
import org.springframework.modulith.NamedInterface;

/**
 * Someone proposed for the group (the worker of a service that accepted a referral), waiting for the coordinator.
 * {@code decision}: absent while open, else CONFIRMED or DECLINED; {@code memberId}: the membership it became.
 */
@NamedInterface("api")
public record MemberProposal(UUID id, UUID userId, String personName, UUID organisationId, GroupRole role,
                             String source, Instant proposedAt, String decision, UUID memberId) {

    public boolean open() {
        return decision == null;
    }
}
