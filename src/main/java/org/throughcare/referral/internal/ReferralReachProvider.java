package org.throughcare.referral.internal;

import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.throughcare.group.ReferralReach;
import org.throughcare.shared.ClientId;

/** Tells the gate which organisations a client is referred to (see {@code group.ReferralReach}). */
@Component
class ReferralReachProvider implements ReferralReach {

    private final Referrals referrals;

    ReferralReachProvider(Referrals referrals) {
        this.referrals = referrals;
    }

    @Override
    public Set<UUID> receivingOrganisations(ClientId client) {
        return referrals.receivingOrganisations(client.value());
    }
}
