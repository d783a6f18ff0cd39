package org.throughcare.plan;

import java.util.List;
import org.springframework.stereotype.Component;
import org.throughcare.shared.AccessGate;
import org.throughcare.shared.AccessGate.Action;
import org.throughcare.shared.Actor;
import org.throughcare.shared.ClientId;
import org.throughcare.shared.DataCategory;
import org.throughcare.shared.contribution.ClientSection;
import org.throughcare.shared.contribution.ClientSections;

/** The plan in a client's sub-navigation, with its panel (flags, release-day arrangements) on the overview. */
@Component
class PlanSections implements ClientSections {

    private final AccessGate gate;

    PlanSections(AccessGate gate) {
        this.gate = gate;
    }

    @Override
    public List<ClientSection> sectionsFor(ClientId client, Actor actor) {
        if (!gate.may(actor, client, DataCategory.PLAN_AND_MEASURES, Action.READ)) {
            return List.of();
        }
        String plan = "/clients/" + client + "/plan";
        return List.of(new ClientSection("plan", 50, "plan.title", plan, plan + "/panel"));
    }
}
