package org.throughcare.group;

import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.throughcare.directory.AgencyType;
import org.throughcare.directory.DirectoryManagement;
import org.throughcare.shared.AccessGate;
import org.throughcare.shared.AccessGate.Action;
import org.throughcare.shared.AccessGate.Ground;
import org.throughcare.shared.AccessRefusedException;
import org.throughcare.shared.Actor;
import org.throughcare.shared.ClientId;
import org.throughcare.shared.DataCategory;

/**
 * What one reader may learn from a client's group and consents (the rule is in package-info): which
 * agencies surround a client and what consent covers are themselves health data where they name health or
 * addiction care, and free text is for those who manage the case.
 *
 * @param managesCase the client's coordinator or the office manager: every member, every reason
 * @param readsHealth may read {@link DataCategory#HEALTH_AND_SUBSTANCE_USE} for this client
 */
record Disclosure(boolean managesCase, boolean readsHealth) {

    /** Agencies whose presence in a group says that the client is treated for mental illness or addiction. */
    static final Set<AgencyType> HEALTH_AGENCIES = EnumSet.of(AgencyType.PSYCHIATRY, AgencyType.ADDICTION_CARE);

    /** Decides (and audits, under {@code purpose}) basic facts and health; refused unless basic facts may be read. */
    static Disclosure decide(AccessGate gate, Actor actor, ClientId client, String purpose) {
        Map<DataCategory, Ground> grounds = gate.checkEach(actor, client,
                EnumSet.of(DataCategory.BASIC_AND_CUSTODY, DataCategory.HEALTH_AND_SUBSTANCE_USE), Action.READ, purpose);
        Ground basic = grounds.get(DataCategory.BASIC_AND_CUSTODY);
        if (!basic.allows()) {
            throw new AccessRefusedException(basic);
        }
        return new Disclosure(basic == Ground.CLIENT_COORDINATOR || basic == Ground.OFFICE_MANAGER,
                grounds.get(DataCategory.HEALTH_AND_SUBSTANCE_USE).allows());
    }

    /** Of these organisations, the ones this reader may not see named (health and addiction care, unless they read health). */
    Set<UUID> hiddenOrganisations(Collection<UUID> organisations, DirectoryManagement directory) {
        Set<UUID> hidden = new HashSet<>();
        if (!readsHealth) {
            new HashSet<>(organisations).forEach(o -> directory.agencyTypeOf(o).filter(HEALTH_AGENCIES::contains)
                    .ifPresent(type -> hidden.add(o)));
        }
        return hidden;
    }

    /** A member in a treatment role says as much as a psychiatric unit does. */
    boolean showsMember(GroupRole role, UUID organisation, Set<UUID> hiddenOrganisations) {
        return !hiddenOrganisations.contains(organisation) && (readsHealth || role != GroupRole.TREATMENT);
    }

    /** The consent scopes this reader may know of. */
    List<DataCategory> categories(Collection<DataCategory> categories) {
        return categories.stream().filter(c -> readsHealth || c != DataCategory.HEALTH_AND_SUBSTANCE_USE).toList();
    }

    /** Free text (reasons, witnesses, how a consent was withdrawn, a file's name): whatever the writer typed. */
    String freeText(String text) {
        return managesCase ? text : null;
    }
}
