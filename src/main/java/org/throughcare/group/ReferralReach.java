package org.throughcare.group;

import java.util.Set;
import java.util.UUID;
import org.springframework.modulith.NamedInterface;
import org.throughcare.shared.ClientId;

/**
 * The hook through which the gate learns which organisations a client is referred to: their staff read (and
 * answer the referral) for what a consent in force covers, before they join the group. The referral module,
 * above the group, provides the one bean; without it nobody is reached this way.
 */
@NamedInterface("api")
public interface ReferralReach {

    /** Organisations with a referral of this client that they have not declined and that was not cancelled. */
    Set<UUID> receivingOrganisations(ClientId client);
}
