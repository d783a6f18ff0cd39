package org.throughcare.shared;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * The names people are shown by, for pages that say who did something. Declared here because modules below
 * identity (audit) show them too; identity answers it, for many ids in one query.
 */
public interface PersonNames {

    /** The display name of each id that belongs to a user; ids of nobody are left out. */
    Map<UUID, String> displayNames(Collection<UUID> ids);
}
