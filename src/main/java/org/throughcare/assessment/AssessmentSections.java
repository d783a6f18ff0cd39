package org.throughcare.assessment;

import org.throughcare.shared.NeedArea;

import java.util.List;
import org.springframework.stereotype.Component;
import org.throughcare.shared.AccessGate;
import org.throughcare.shared.AccessGate.Action;
import org.throughcare.shared.Actor;
import org.throughcare.shared.ClientId;
import org.throughcare.shared.contribution.ClientSection;
import org.throughcare.shared.contribution.ClientSections;

/** The needs assessment in a client's sub-navigation, for a reader who may see at least one of its areas. */
@Component
class AssessmentSections implements ClientSections {

    private final AccessGate gate;

    AssessmentSections(AccessGate gate) {
        this.gate = gate;
    }

    @Override
    public List<ClientSection> sectionsFor(ClientId client, Actor actor) {
        boolean anyArea = NeedArea.assessmentCategories().stream()
                .anyMatch(category -> gate.may(actor, client, category, Action.READ));
        return anyArea ? List.of(ClientSection.link("assessment", 40, "assessment.title",
                "/clients/" + client + "/assessment")) : List.of();
    }
}
