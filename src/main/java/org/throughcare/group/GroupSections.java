package org.throughcare.group;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.throughcare.shared.AccessGate;
import org.throughcare.shared.AccessGate.Action;
import org.throughcare.shared.Actor;
import org.throughcare.shared.ClientId;
import org.throughcare.shared.DataCategory;
import org.throughcare.shared.contribution.ClientSection;
import org.throughcare.shared.contribution.ClientSections;

/**
 * The group, its consents and, for those who may change the case, its access log in a client's
 * sub-navigation.
 */
@Component
class GroupSections implements ClientSections {

    private final AccessGate gate;

    GroupSections(AccessGate gate) {
        this.gate = gate;
    }

    @Override
    public List<ClientSection> sectionsFor(ClientId client, Actor actor) {
        List<ClientSection> sections = new ArrayList<>();
        String base = "/clients/" + client;
        if (gate.may(actor, client, DataCategory.BASIC_AND_CUSTODY, Action.READ)) {
            sections.add(ClientSection.link("group", 20, "group.title", base + "/group"));
            sections.add(ClientSection.link("consents", 30, "consent.title", base + "/consents"));
        }
        if (gate.may(actor, client, DataCategory.BASIC_AND_CUSTODY, Action.WRITE)) {
            sections.add(ClientSection.link("access-log", 90, "accessLog.title", base + "/access-log"));
        }
        return sections;
    }
}
