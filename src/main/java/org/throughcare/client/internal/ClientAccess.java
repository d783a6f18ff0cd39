package org.throughcare.client.internal;

import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.throughcare.shared.Actor;

/**
 * The office a user registers clients into and whose target-pool counts they see (counts only for the
 * national analyst), and what a list of clients may include for them. Single cases are decided by the
 * access gate ({@code shared.AccessGate}); lists use {@link #visibility} with the gate's group grounds.
 */
@Component
public class ClientAccess {

    public enum Kind { NONE, OFFICE, COUNTS_ONLY }

    public record Scope(Kind kind, UUID officeId, UUID userId) {

        public boolean seesPeople() {
            return kind == Kind.OFFICE;
        }

        public boolean covers(UUID clientOffice) {
            return kind == Kind.OFFICE && officeId.equals(clientOffice);
        }
    }

    /**
     * What a list may show: the coordinator's own clients, a manager's office, the clients in custody at a
     * prison officer's institution, and the clients the gate allows through the group.
     */
    public record Visibility(UUID coordinatorId, UUID officeId, UUID institutionId, Set<UUID> throughGroup) {

        public boolean nothing() {
            return coordinatorId == null && officeId == null && institutionId == null && throughGroup.isEmpty();
        }
    }

    public Visibility visibility(Actor actor, Set<UUID> throughGroup) {
        if (actor == null) {
            return new Visibility(null, null, null, Set.of());
        }
        UUID organisation = actor.organisationId() == null ? null : actor.organisationId().value();
        return switch (actor.role()) {
            case COORDINATOR -> new Visibility(actor.userId().value(), null, null, throughGroup);
            case MANAGER -> new Visibility(null, actor.unitId() == null ? null : actor.unitId().value(), null,
                    throughGroup);
            case PRISON_STAFF -> new Visibility(null, null, organisation, throughGroup);
            case PARTNER_WORKER -> new Visibility(null, null, null, throughGroup);
            default -> new Visibility(null, null, null, Set.of());
        };
    }

    public Scope scopeOf(Actor actor) {
        if (actor == null) {
            return new Scope(Kind.NONE, null, null);
        }
        UUID user = actor.userId().value();
        return switch (actor.role()) {
            case COORDINATOR, MANAGER -> actor.unitId() == null ? new Scope(Kind.NONE, null, user)
                    : new Scope(Kind.OFFICE, actor.unitId().value(), user);
            case NATIONAL_ANALYST -> new Scope(Kind.COUNTS_ONLY, null, user);
            default -> new Scope(Kind.NONE, null, user);
        };
    }

    /**
     * Whether the actor is the case's coordinator or a manager of its office — the gate's full-access
     * grounds, repeated here so that a list can decide per line without a gate call per line.
     */
    public boolean responsibleFor(Actor actor, UUID coordinatorId, UUID officeId) {
        return switch (actor.role()) {
            case COORDINATOR -> actor.userId().value().equals(coordinatorId);
            case MANAGER -> actor.unitId() != null && actor.unitId().value().equals(officeId);
            default -> false;
        };
    }
}
