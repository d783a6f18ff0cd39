package org.throughcare.group;

import java.util.Set;
import java.util.UUID;
import org.springframework.modulith.NamedInterface;

/**
 * The agencies around a client that one reader may not see named (see package-info): {@code organisations} by id,
 * and {@code names}, theirs and their members', for text that names them.
 */
@NamedInterface("api")
public record WithheldAgencies(Set<UUID> organisations, Set<String> names) {
}
