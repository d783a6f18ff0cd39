package org.throughcare.identity;

import org.springframework.modulith.NamedInterface;
import org.throughcare.shared.OrganisationId;
import org.throughcare.shared.Role;
import org.throughcare.shared.UnitId;

/** An account to create: a person, their role and where they work. */
@NamedInterface("api")
public record CreateUser(String username, String displayName, String email, String password, Role role,
                      OrganisationId organisationId, UnitId unitId) {
}
