package org.throughcare.group;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.List;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.throughcare.audit.AuditEvent;
import org.throughcare.audit.AuditLog;
import org.throughcare.client.ClientAccessFacts;
import org.throughcare.group.internal.AccessRules;
import org.throughcare.group.internal.Consents;
import org.throughcare.group.internal.GroupMembers;
import org.throughcare.shared.AccessGate;
import org.throughcare.shared.Actor;
import org.throughcare.shared.ClientId;
import org.throughcare.shared.DataCategory;
import org.throughcare.shared.NotFoundException;
import org.throughcare.shared.Role;

/**
 * The access gate: gathers the facts (the case's office and coordinator, custody, the group's memberships,
 * the consents), lets {@link AccessRules} decide, and writes every decision to the audit log. It reads the
 * consents at every call, so a withdrawal or an expiry takes effect at the next request.
 */
@Service
public class AccessPolicy implements AccessGate {

    private final ClientAccessFacts clients;
    private final GroupMembers members;
    private final Consents consents;
    private final AuditLog audit;
    private final Clock clock;
    private final Timer timer;
    private final org.springframework.beans.factory.ObjectProvider<ReferralReach> referrals;

    AccessPolicy(ClientAccessFacts clients, GroupMembers members, Consents consents, AuditLog audit, Clock clock,
                 MeterRegistry meters, org.springframework.beans.factory.ObjectProvider<ReferralReach> referrals) {
        this.referrals = referrals;
        this.clients = clients;
        this.members = members;
        this.consents = consents;
        this.audit = audit;
        this.clock = clock;
        // What the gate adds to every read: gathering the facts, deciding, and writing the audit entry.
        this.timer = Timer.builder("throughcare.gate.check").publishPercentiles(0.5, 0.95, 0.99)
                .description("Access gate decision including its audit entry").register(meters);
    }

    // Read-write: a decision's audit entry is written in the transaction that reads the data (see AuditLog).
    @Override
    @Transactional
    public Ground check(Actor actor, ClientId client, DataCategory category, Action action, String purpose) {
        return checkEach(actor, client, EnumSet.of(category), action, purpose).get(category);
    }

    /** The facts are gathered once and the decisions audited in one batch, however many categories are asked. */
    @Override
    @Transactional
    public Map<DataCategory, Ground> checkEach(Actor actor, ClientId client, Set<DataCategory> categories,
                                               Action action, String purpose) {
        return timer.record(() -> decide(actor, client, categories, action, purpose));
    }

    @Override
    @Transactional(readOnly = true)
    public boolean may(Actor actor, ClientId client, DataCategory category, Action action) {
        return situation(actor, client).decide(category, action, LocalDate.now(clock)).allows();
    }

    private Map<DataCategory, Ground> decide(Actor actor, ClientId client, Set<DataCategory> categories, Action action,
                                             String purpose) {
        Situation situation = situation(actor, client);
        LocalDate today = LocalDate.now(clock);
        Map<DataCategory, Ground> grounds = new EnumMap<>(DataCategory.class);
        List<AuditEvent> entries = new ArrayList<>();
        for (DataCategory category : categories) {
            Ground ground = situation.decide(category, action, today);
            grounds.put(category, ground);
            entries.add(AuditEvent.access(actor, client, action.name(), ground.allows(), category.name(),
                    ground.name(), purpose));
        }
        audit.recordAccess(entries);
        return grounds;
    }

    /** The facts a decision about one reader and one client rests on, gathered once. */
    private record Situation(AccessRules.Reader reader, AccessRules.ClientFacts client,
                             List<AccessRules.Membership> memberships, List<AccessRules.Consent> consents,
                             Set<UUID> referredTo) {

        Ground decide(DataCategory category, Action action, LocalDate today) {
            return AccessRules.decide(reader, client, memberships, consents, referredTo, category, action, today);
        }
    }

    private Situation situation(Actor actor, ClientId client) {
        ClientAccessFacts.Facts facts = clients.of(client).orElseThrow(() -> new NotFoundException("client"));
        AccessRules.Reader reader = new AccessRules.Reader(actor.userId().value(), actor.role(),
                actor.organisationId() == null ? null : actor.organisationId().value(),
                actor.unitId() == null ? null : actor.unitId().value());
        List<AccessRules.Membership> memberships = members.ofClient(client.value()).stream()
                .map(m -> new AccessRules.Membership(m.userId() == null ? m.contactId() : m.userId(),
                        m.organisationId(), m.from(), m.to())).toList();
        List<AccessRules.Consent> given = consents.ofClient(client.value()).stream()
                .map(c -> new AccessRules.Consent(new HashSet<>(c.organisations()), new HashSet<>(c.categories()),
                        c.givenOn(), c.validUntil(), c.withdrawnOn())).toList();
        AccessRules.ClientFacts clientFacts = new AccessRules.ClientFacts(facts.probationOfficeId(),
                facts.coordinatorId(), facts.custodyInstitutionId());
        // Asked only for a reader from an organisation the client may be referred to, not for every gate decision.
        ReferralReach reach = reader.organisationId() == null ? null : referrals.getIfAvailable();
        Set<UUID> referredTo = reach == null ? Set.of() : reach.receivingOrganisations(client);
        return new Situation(reader, clientFacts, memberships, given, referredTo);
    }

    @Override
    @Transactional(readOnly = true)
    public Set<UUID> visibleThroughGroup(Actor actor, DataCategory category) {
        if (actor.role() == Role.NATIONAL_ANALYST || actor.role() == Role.ADMINISTRATOR) {
            return Set.of();
        }
        return consents.coveredThroughMembership(actor.userId().value(), category.name(), LocalDate.now(clock));
    }

    @Override
    public void listed(Actor actor, Map<DataCategory, ? extends Collection<ClientId>> shown, String purpose) {
        List<AuditEvent> entries = new ArrayList<>();
        shown.forEach((category, clientIds) -> clientIds.forEach(client -> entries.add(AuditEvent.access(actor, client,
                Action.READ.name(), true, category.name(), "LISTED", purpose))));
        if (!entries.isEmpty()) {
            audit.recordAccess(entries);
        }
    }
}
