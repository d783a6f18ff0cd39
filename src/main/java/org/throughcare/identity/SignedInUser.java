package org.throughcare.identity;

import org.throughcare.shared.Actor;

/**
 * The signed-in user as the pages show them. The organisation and unit names are read once at login,
 * so the header needs no query per page; a rename shows at the next login.
 */
public record SignedInUser(Actor actor, String displayName, String organisationName, String unitName) {
}
