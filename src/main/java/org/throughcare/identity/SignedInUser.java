package org.throughcare.identity;

import org.throughcare.shared.Actor;

/** The signed-in user as the pages show them. */
public record SignedInUser(Actor actor, String displayName) {
}
