package org.throughcare.group;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.throughcare.group.internal.Consents;
import org.throughcare.shared.AccessGate;
import org.throughcare.shared.Actor;
import org.throughcare.shared.ClientId;
import org.throughcare.shared.DataCategory;
import org.throughcare.shared.contribution.ClientFlags;

/**
 * Flags a client whose group has an agency that no consent in force covers: that agency may see nothing of the
 * case until the consent is documented (in the Swedish trial, half of them were not).
 */
@Component
class GroupClientFlags implements ClientFlags {

    static final String CONSENT_MISSING = "CONSENT_MISSING";

    private final Consents consents;
    private final AccessGate gate;
    private final Clock clock;

    GroupClientFlags(Consents consents, AccessGate gate, Clock clock) {
        this.consents = consents;
        this.gate = gate;
        this.clock = clock;
    }

    @Override
    public Set<String> kinds() {
        return Set.of(CONSENT_MISSING);
    }

    @Override
    public Map<UUID, List<String>> flagsFor(Collection<UUID> clients, Actor actor) {
        if (clients.isEmpty()) {
            return Map.of();
        }
        Map<UUID, Consents.Coverage> coverage = consents.coverageOf(clients, LocalDate.now(clock));
        // The group and its consents were read for every client that has an agency in its group.
        gate.listed(actor, coverage.keySet().stream().map(ClientId::new).toList(), DataCategory.BASIC_AND_CUSTODY,
                "caseload flags");
        Map<UUID, List<String>> flags = new LinkedHashMap<>();
        coverage.forEach((id, c) -> {
            if (c.covered() < c.agencies()) {
                flags.put(id, List.of(CONSENT_MISSING));
            }
        });
        return flags;
    }

    @Override
    public String hrefFor(String kind, UUID client) {
        return "/clients/" + client + "/consents";
    }
}
