package org.throughcare.plan;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.throughcare.shared.AccessGate;
import org.throughcare.shared.Actor;
import org.throughcare.shared.ClientId;
import org.throughcare.shared.DataCategory;
import org.throughcare.shared.contribution.ClientFlags;

/** Gives caseload lines the plan's backslide zones: needs without an owner, custody measures with no continuation. */
@Component
class PlanClientFlags implements ClientFlags {

    private final PlanQueries plans;
    private final AccessGate gate;

    PlanClientFlags(PlanQueries plans, AccessGate gate) {
        this.plans = plans;
        this.gate = gate;
    }

    @Override
    public Set<String> kinds() {
        return Set.of(PlanFlag.Kind.NO_OWNER.name(), PlanFlag.Kind.NO_CONTINUATION.name());
    }

    @Override
    public Map<UUID, List<String>> flagsFor(Collection<UUID> clients, Actor actor) {
        if (clients.isEmpty()) {
            return Map.of();
        }
        // The flags are derived from each plan read for these lines.
        gate.listed(actor, clients.stream().map(ClientId::new).toList(), DataCategory.PLAN_AND_MEASURES,
                "caseload flags");
        Map<UUID, List<String>> kinds = new LinkedHashMap<>();
        plans.flagsFor(clients).forEach((id, flags) -> kinds.put(id,
                flags.stream().map(f -> f.kind().name()).distinct().toList()));
        return kinds;
    }
}
