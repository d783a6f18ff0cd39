package org.throughcare.identity;

import java.util.UUID;
import org.springframework.modulith.NamedInterface;
import org.throughcare.shared.Role;

/**
 * A user as other modules may know them: who, in which role, where, and whether the account is active
 * (a deactivated account is never notified and never chosen for new work).
 */
@NamedInterface("api")
public record UserSummaryView(UUID id, String displayName, Role role, UUID organisationId, UUID unitId, boolean active) {
}
