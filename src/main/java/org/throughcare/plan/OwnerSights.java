package org.throughcare.plan;

import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.throughcare.group.GroupManagement;
import org.throughcare.group.WithheldAgencies;
import org.throughcare.shared.Actor;
import org.throughcare.shared.ClientId;

/** Decides a reader's {@link OwnerSight} by the group's rule ({@code GroupManagement.withheldAgencies}). */
@Component
class OwnerSights {

    static final String LABEL = "plan.otherAgency";

    private final GroupManagement group;
    private final MessageSource messages;

    OwnerSights(GroupManagement group, MessageSource messages) {
        this.group = group;
        this.messages = messages;
    }

    /**
     * What this reader may see of the owners among {@code owners} and of any organisation ever in the client's
     * group (an owner before a reassignment was one); {@code readsHealth}: the gate lets them read health data.
     */
    OwnerSight of(ClientId client, Collection<UUID> owners, boolean readsHealth, Actor actor) {
        return of(client, owners, readsHealth, actor.organisationId() == null ? null : actor.organisationId().value());
    }

    /**
     * What an organisation may see of the owners ({@code mine}: the organisation, null for a reader outside
     * any): for a plan printed for one of the group's organisations, as its consent lets it read.
     */
    OwnerSight of(ClientId client, Collection<UUID> owners, boolean readsHealth, UUID mine) {
        WithheldAgencies withheld = group.withheldAgencies(client, owners, readsHealth);
        if (withheld.organisations().isEmpty() || withheld.organisations().equals(Collections.singleton(mine))) {
            return OwnerSight.OWN;
        }
        Set<UUID> organisations = new HashSet<>(withheld.organisations());
        organisations.remove(mine);
        return new OwnerSight(organisations, withheld.names(),
                messages.getMessage(LABEL, null, LABEL, LocaleContextHolder.getLocale()));
    }
}
