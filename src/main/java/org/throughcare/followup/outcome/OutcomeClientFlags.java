package org.throughcare.followup.outcome;

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

/** Flags a released client whose follow-up form is past its grace days: on caseload lines and on the radar. */
@Component
class OutcomeClientFlags implements ClientFlags {

    static final String OUTCOME_OVERDUE = "OUTCOME_OVERDUE";

    private final OutcomeManagement outcomes;
    private final AccessGate gate;

    OutcomeClientFlags(OutcomeManagement outcomes, AccessGate gate) {
        this.outcomes = outcomes;
        this.gate = gate;
    }

    @Override
    public Set<String> kinds() {
        return Set.of(OUTCOME_OVERDUE);
    }

    @Override
    public Map<UUID, List<String>> flagsFor(Collection<UUID> clients, Actor actor) {
        Map<UUID, List<String>> flags = new LinkedHashMap<>();
        outcomes.overdue(clients).forEach(d -> flags.put(d.clientId(), List.of(OUTCOME_OVERDUE)));
        if (!flags.isEmpty()) {
            // Whether a form was recorded, and when the client was released, was read for these lines.
            gate.listed(actor, flags.keySet().stream().map(ClientId::new).toList(), DataCategory.BASIC_AND_CUSTODY,
                    "caseload flags");
        }
        return flags;
    }

    @Override
    public String hrefFor(String kind, UUID client) {
        return "/clients/" + client + "/outcomes";
    }
}
