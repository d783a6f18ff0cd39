package org.throughcare.referral;

import java.util.List;
import org.springframework.stereotype.Component;
import org.throughcare.shared.AccessGate;
import org.throughcare.shared.AccessGate.Action;
import org.throughcare.shared.Actor;
import org.throughcare.shared.ClientId;
import org.throughcare.shared.DataCategory;
import org.throughcare.shared.contribution.ClientSection;
import org.throughcare.shared.contribution.ClientSections;

/** The referrals in a client's sub-navigation, for those who may see the client's basic facts. */
@Component
class ReferralSections implements ClientSections {

    private final AccessGate gate;

    ReferralSections(AccessGate gate) {
        this.gate = gate;
    }

    @Override
    public List<ClientSection> sectionsFor(ClientId client, Actor actor) {
        if (!gate.may(actor, client, DataCategory.BASIC_AND_CUSTODY, Action.READ)) {
            return List.of();
        }
        return List.of(ClientSection.link("referrals", 57, "referral.title", "/clients/" + client + "/referrals"));
    }
}
