package org.throughcare.followup.outcome;

import java.util.List;
import org.springframework.stereotype.Component;
import org.throughcare.shared.AccessGate;
import org.throughcare.shared.Actor;
import org.throughcare.shared.ClientId;
import org.throughcare.shared.DataCategory;
import org.throughcare.shared.contribution.ClientSection;
import org.throughcare.shared.contribution.ClientSections;

/** The outcome page in a client's sub-navigation, for readers of the case's custody facts. */
@Component
class OutcomeSections implements ClientSections {

    private final AccessGate gate;

    OutcomeSections(AccessGate gate) {
        this.gate = gate;
    }

    @Override
    public List<ClientSection> sectionsFor(ClientId client, Actor actor) {
        if (!gate.may(actor, client, DataCategory.BASIC_AND_CUSTODY, AccessGate.Action.READ)) {
            return List.of();
        }
        return List.of(ClientSection.link("outcomes", 75, "outcome.title", "/clients/" + client + "/outcomes"));
    }
}
