package org.throughcare.client;

import java.util.List;
import org.springframework.stereotype.Component;
import org.throughcare.shared.AccessGate;
import org.throughcare.shared.Actor;
import org.throughcare.shared.ClientId;
import org.throughcare.shared.DataCategory;
import org.throughcare.shared.contribution.ClientSection;
import org.throughcare.shared.contribution.ClientSections;

/** The custody history in a client's sub-navigation, for every reader of the case's custody facts. */
@Component
class CustodySections implements ClientSections {

    private final AccessGate gate;

    CustodySections(AccessGate gate) {
        this.gate = gate;
    }

    @Override
    public List<ClientSection> sectionsFor(ClientId client, Actor actor) {
        return gate.may(actor, client, DataCategory.BASIC_AND_CUSTODY, AccessGate.Action.READ)
                ? List.of(ClientSection.link("custody", 15, "custodyEvent.title",
                        "/clients/" + client + "/custody-events"))
                : List.of();
    }
}
