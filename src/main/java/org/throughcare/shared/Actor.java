package org.throughcare.shared;

/** The signed-in person on whose behalf something happens; the organisation and unit may be absent. */
public record Actor(UserId userId, String username, Role role, OrganisationId organisationId, UnitId unitId) implements java.io.Serializable {
}
