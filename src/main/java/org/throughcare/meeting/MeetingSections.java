package org.throughcare.meeting;

import java.util.List;
import org.springframework.stereotype.Component;
import org.throughcare.shared.AccessGate;
import org.throughcare.shared.AccessGate.Action;
import org.throughcare.shared.Actor;
import org.throughcare.shared.ClientId;
import org.throughcare.shared.DataCategory;
import org.throughcare.shared.contribution.ClientSection;
import org.throughcare.shared.contribution.ClientSections;

/** The meetings in a client's sub-navigation, for those who may see the custody facts. */
@Component
class MeetingSections implements ClientSections {

    private final AccessGate gate;

    MeetingSections(AccessGate gate) {
        this.gate = gate;
    }

    @Override
    public List<ClientSection> sectionsFor(ClientId client, Actor actor) {
        if (!gate.may(actor, client, DataCategory.BASIC_AND_CUSTODY, Action.READ)) {
            return List.of();
        }
        return List.of(ClientSection.link("meetings", 55, "meeting.title", "/clients/" + client + "/meetings"));
    }
}
