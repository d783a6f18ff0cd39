package org.throughcare.group.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;
import java.util.UUID;
import org.throughcare.shared.AccessGate.Action;
import org.throughcare.shared.AccessGate.Ground;
import org.throughcare.shared.DataCategory;
import org.throughcare.shared.Role;

/**
 * The access rules as a pure function of the facts, so that they can be checked against an independent
 * oracle over thousands of generated worlds:
 * <ul>
 * <li>the national analyst and the administrator see no client data at all;</li>
 * <li>the client's coordinator, and a manager of the client's probation office, see and change everything;</li>
 * <li>prison staff record the custody facts of clients in custody at their institution;</li>
 * <li>nobody else changes the case or reads what is reserved to those who manage it (the signed consent form);</li>
 * <li>prison staff see basic and custody facts of clients in custody at their institution;</li>
 * <li>a group member contributes (to work their organisation owns) on the same grounds as they read: the
 * plan module then asks that the work is their organisation's;</li>
 * <li>a group member sees a category while their membership is current and a consent in force — given,
 * not expired, not withdrawn — covers their organisation and that category;</li>
 * <li>the staff of an organisation the client is referred to (a referral not declined or cancelled) read and
 * contribute, before they join the group, on the same condition: a consent in force covering that organisation and
 * that category.</li>
 * </ul>
 */
public final class AccessRules {

    public record Reader(UUID userId, Role role, UUID organisationId, UUID unitId) {
    }

    /** {@code custodyInstitutionId} is set only while the client is in custody there. */
    public record ClientFacts(UUID officeId, UUID coordinatorId, UUID custodyInstitutionId) {
    }

    public record Membership(UUID userId, UUID organisationId, LocalDate from, LocalDate to) {

        boolean currentOn(LocalDate day) {
            return !from.isAfter(day) && (to == null || !to.isBefore(day));
        }
    }

    public record Consent(Set<UUID> organisations, Set<DataCategory> categories, LocalDate givenOn,
                          LocalDate validUntil, LocalDate withdrawnOn) {

        boolean inForceOn(LocalDate day) {
            return !givenOn.isAfter(day) && (validUntil == null || !validUntil.isBefore(day))
                    && (withdrawnOn == null || withdrawnOn.isAfter(day));
        }
    }

    private AccessRules() {
    }

    public static Ground decide(Reader reader, ClientFacts client, Collection<Membership> members,
                                Collection<Consent> consents, DataCategory category, Action action, LocalDate today) {
        return decide(reader, client, members, consents, Set.of(), category, action, today);
    }

    /** {@code referredTo}: the organisations the client is referred to, whose staff read as a member would. */
    public static Ground decide(Reader reader, ClientFacts client, Collection<Membership> members,
                                Collection<Consent> consents, Set<UUID> referredTo, DataCategory category,
                                Action action, LocalDate today) {
        if (reader.role() == Role.NATIONAL_ANALYST || reader.role() == Role.ADMINISTRATOR) {
            return Ground.NO_CLIENT_DATA_FOR_ROLE;
        }
        if (reader.role() == Role.COORDINATOR && reader.userId().equals(client.coordinatorId())) {
            return Ground.CLIENT_COORDINATOR;
        }
        if (reader.role() == Role.MANAGER && client.officeId().equals(reader.unitId())) {
            return Ground.OFFICE_MANAGER;
        }
        boolean heldThere = client.custodyInstitutionId() != null
                && client.custodyInstitutionId().equals(reader.organisationId());
        if (action == Action.RECORD_CUSTODY) {
            return reader.role() == Role.PRISON_STAFF && category == DataCategory.BASIC_AND_CUSTODY && heldThere
                    ? Ground.PRISON_CUSTODY : Ground.NO_CLIENT_DATA_FOR_ROLE;
        }
        if (action == Action.WRITE || action == Action.READ_RESERVED) {
            return Ground.NO_CLIENT_DATA_FOR_ROLE;
        }
        if (action == Action.READ && reader.role() == Role.PRISON_STAFF && category == DataCategory.BASIC_AND_CUSTODY
                && heldThere) {
            return Ground.PRISON_CUSTODY;
        }
        boolean member = false;
        for (Membership m : members) {
            if (!m.userId().equals(reader.userId()) || !m.currentOn(today)) {
                continue;
            }
            member = true;
            for (Consent c : consents) {
                if (c.inForceOn(today) && c.organisations().contains(m.organisationId())
                        && c.categories().contains(category)) {
                    return Ground.GROUP_MEMBER_WITH_CONSENT;
                }
            }
        }
        if (reader.organisationId() != null && referredTo.contains(reader.organisationId())) {
            for (Consent c : consents) {
                if (c.inForceOn(today) && c.organisations().contains(reader.organisationId())
                        && c.categories().contains(category)) {
                    return Ground.REFERRED_SERVICE_WITH_CONSENT;
                }
            }
            return Ground.NO_CONSENT;
        }
        return member ? Ground.NO_CONSENT : Ground.NOT_IN_GROUP;
    }
}
