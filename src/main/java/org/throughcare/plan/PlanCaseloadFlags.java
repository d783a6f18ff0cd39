package org.throughcare.plan;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.throughcare.client.CaseloadFlags;

/** Gives the caseload the number of the plan's flags per client. */
@Component
class PlanCaseloadFlags implements CaseloadFlags {

    private final PlanQueries plans;

    PlanCaseloadFlags(PlanQueries plans) {
        this.plans = plans;
    }

    @Override
    public Map<UUID, Integer> countFor(Collection<UUID> clients) {
        Map<UUID, Integer> counts = new HashMap<>();
        plans.flagsFor(clients).forEach((id, flags) -> counts.put(id, flags.size()));
        return counts;
    }
}
