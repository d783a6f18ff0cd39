package org.throughcare.notification.internal;

import java.util.List;
import org.springframework.stereotype.Component;
import org.throughcare.shared.AccessGate;
import org.throughcare.shared.AccessGate.Action;
import org.throughcare.shared.Actor;
import org.throughcare.shared.ClientId;
import org.throughcare.shared.DataCategory;
import org.throughcare.shared.contribution.ClientSection;
import org.throughcare.shared.contribution.ClientSections;

/** The client's notices in the client's sub-navigation, for those who manage the case. */
@Component
class NoticeSections implements ClientSections {

    private final AccessGate gate;

    NoticeSections(AccessGate gate) {
        this.gate = gate;
    }

    @Override
    public List<ClientSection> sectionsFor(ClientId client, Actor actor) {
        if (!gate.may(actor, client, DataCategory.BASIC_AND_CUSTODY, Action.READ_RESERVED)) {
            return List.of();
        }
        return List.of(ClientSection.link("notices", 80, "notice.clientSection", "/clients/" + client + "/notices"));
    }
}
