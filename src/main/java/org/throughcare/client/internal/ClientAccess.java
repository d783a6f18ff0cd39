package org.throughcare.client.internal;

import java.util.UUID;
import org.springframework.stereotype.Component;
import org.throughcare.shared.Actor;

/**
 * Who may see and change which clients, until the access gate of the reintegration group takes over:
 * coordinators and managers the clients of their own probation office; the national analyst counts only;
 * everyone else nothing. Every read and write of client data in this module asks here first.
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
}
