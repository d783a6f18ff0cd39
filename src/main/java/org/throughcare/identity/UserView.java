package org.throughcare.identity;

import java.util.UUID;
import org.throughcare.shared.Role;

/**
 * An account as the administrator sees it. {@code passwordSet} is false until the person has used their setup
 * link; {@code lockedAddresses} counts the source addresses locked out after failed logins.
 */
public record UserView(UUID id, long version, String username, String displayName, String email, Role role,
                       UUID organisationId, String organisationName, UUID unitId, String unitName, boolean active,
                       boolean passwordSet, long lockedAddresses) {

    public SaveUser toForm() {
        return new SaveUser(username, displayName, email, role, organisationId, unitId, version);
    }
}
