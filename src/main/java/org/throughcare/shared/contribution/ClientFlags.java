package org.throughcare.shared.contribution;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.throughcare.shared.Actor;

/**
 * What a module wants a caseload line to flag (a need without an owner, a release date long past) so that
 * those responsible for a case see it without opening it.
 */
public interface ClientFlags {

    /** The kinds of flag this module raises (each shown with the label {@code flag.<kind>}). */
    Set<String> kinds();

    /**
     * Per client, the kinds raised; clients without any may be left out. The caller asks only for clients
     * whose case the reader is responsible for; the module audits what it read for them.
     */
    Map<UUID, List<String>> flagsFor(Collection<UUID> clients, Actor actor);

    /** Where a flag of this kind is put right for this client; by default the client's overview. */
    default String hrefFor(String kind, UUID client) {
        return "/clients/" + client;
    }
}
