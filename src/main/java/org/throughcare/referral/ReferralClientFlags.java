package org.throughcare.referral;

import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.throughcare.referral.internal.Referrals;
import org.throughcare.shared.AccessGate;
import org.throughcare.shared.Actor;
import org.throughcare.shared.ClientId;
import org.throughcare.shared.DataCategory;
import org.throughcare.shared.contribution.ClientFlags;

/**
 * Flags a case whose referral the service has not answered: still sent, {@value #UNANSWERED_DAYS} days after
 * it was sent. It reaches the caseload, the manager's start page and the backslide radar through
 * {@link ClientFlags}, and goes away when the service accepts, declines or the referral is cancelled.
 */
@Component
class ReferralClientFlags implements ClientFlags {

    static final String REFERRAL_UNANSWERED = "REFERRAL_UNANSWERED";
    static final int UNANSWERED_DAYS = 14;

    private final Referrals referrals;
    private final AccessGate gate;
    private final Clock clock;

    ReferralClientFlags(Referrals referrals, AccessGate gate, Clock clock) {
        this.referrals = referrals;
        this.gate = gate;
        this.clock = clock;
    }

    @Override
    public Set<String> kinds() {
        return Set.of(REFERRAL_UNANSWERED);
    }

    @Override
    public Map<UUID, List<String>> flagsFor(Collection<UUID> clients, Actor actor) {
        if (clients.isEmpty()) {
            return Map.of();
        }
        // The flag is derived from each client's referrals, read for these lines.
        gate.listed(actor, clients.stream().map(ClientId::new).toList(), DataCategory.PLAN_AND_MEASURES,
                "caseload flags");
        Map<UUID, List<String>> flags = new LinkedHashMap<>();
        referrals.clientsWithSentSince(clients, clock.instant().minus(Duration.ofDays(UNANSWERED_DAYS)))
                .forEach(id -> flags.put(id, List.of(REFERRAL_UNANSWERED)));
        return flags;
    }

    @Override
    public String hrefFor(String kind, UUID client) {
        return "/clients/" + client + "/referrals";
    }
}
