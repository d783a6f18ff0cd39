package org.throughcare.client;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * What another module wants a caseload line to flag — the plan's needs without an owner, say — so that the
 * coordinator sees backslide zones without opening each case. Implemented outside this module (which must
 * not depend on the plan); the caseload shows the count to those responsible for the case.
 */
public interface CaseloadFlags {

    /** Per client, how many flags are raised; clients without any may be left out. */
    Map<UUID, Integer> countFor(Collection<UUID> clients);
}
