package org.throughcare.referral;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.throughcare.client.ClientAccessFacts;
import org.throughcare.directory.ServiceManagement;
import org.throughcare.directory.ServiceView;
import org.throughcare.group.GroupManagement;
import org.throughcare.group.MemberProposals;
import org.throughcare.identity.IdentityManagement;
import org.throughcare.referral.internal.Referrals;
import org.throughcare.shared.AccessGate;
import org.throughcare.shared.AccessGate.Action;
import org.throughcare.shared.AccessGate.Ground;
import org.throughcare.shared.AccessRefusedException;
import org.throughcare.shared.Actor;
import org.throughcare.shared.ClientId;
import org.throughcare.shared.DataCategory;
import org.throughcare.shared.NotFoundException;

/**
 * A referral and a client's referrals as the gate lets the reader see them: a referral, its free text and its
 * history under its area's category (see package-info), the client's name under basic facts. Each read is audited
 * by the gate, one entry per category asked.
 */
@NamedInterface("api")
@Service
public class ReferralQueries {

    private final Referrals referrals;
    private final AccessGate gate;
    private final ClientAccessFacts clients;
    private final ServiceManagement services;
    private final IdentityManagement identity;
    private final MemberProposals proposals;
    private final GroupManagement groups;

    ReferralQueries(Referrals referrals, AccessGate gate, ClientAccessFacts clients, ServiceManagement services,
                    IdentityManagement identity, MemberProposals proposals, GroupManagement groups) {
        this.groups = groups;
        this.referrals = referrals;
        this.gate = gate;
        this.clients = clients;
        this.services = services;
        this.identity = identity;
        this.proposals = proposals;
    }

    /** The client a referral is about, for addresses that name only the referral; nothing is read about them. */
    @Transactional(readOnly = true)
    public ClientId clientOf(UUID referralId) {
        return referrals.find(referralId).map(r -> new ClientId(r.clientId()))
                .orElseThrow(() -> new NotFoundException("referral"));
    }

    /**
     * Whether the reader may still read the referral, unaudited: after a decline or a cancellation the service's
     * staff no longer reach the client, and are told the change was made rather than shown what they now may not see.
     */
    @Transactional(readOnly = true)
    public boolean mayRead(ClientId client, UUID referralId, Actor actor) {
        return referrals.find(client.value(), referralId).map(r -> categoriesOf(client, r, actor).stream()
                .allMatch(c -> gate.may(actor, client, c, Action.READ))).orElse(false);
    }

    @Transactional(readOnly = true)
    public ReferralView referral(ClientId client, UUID referralId, Actor actor) {
        Referrals.Row row = referrals.find(client.value(), referralId)
                .orElseThrow(() -> new NotFoundException("referral"));
        DataCategory category = row.needArea().category();
        Set<DataCategory> needed = categoriesOf(client, row, actor);
        Set<DataCategory> asked = EnumSet.copyOf(needed);
        asked.add(DataCategory.BASIC_AND_CUSTODY);
        Map<DataCategory, Ground> grounds = gate.checkEach(actor, client, asked, Action.READ, "referral");
        for (DataCategory c : needed) {
            if (!grounds.get(c).allows()) {
                throw new AccessRefusedException(grounds.get(c));
            }
        }
        Ground ground = grounds.get(category);
        String clientName = grounds.get(DataCategory.BASIC_AND_CUSTODY).allows()
                ? clients.addressing(client).map(ClientAccessFacts.Addressing::fullName).orElse(null) : null;
        List<Referrals.Change> changes = referrals.changes(referralId);
        Set<UUID> people = new HashSet<>();
        people.add(row.referredBy());
        changes.forEach(c -> people.add(c.changedBy()));
        Map<UUID, String> names = identity.displayNames(people);
        ServiceView service = services.service(row.serviceId());
        List<ReferralView.Change> history = changes.stream().map(c -> new ReferralView.Change(c.from(), c.to(),
                c.to().fhirTaskStatus(), c.side(), c.reason(), c.expectedStart(), names.getOrDefault(c.changedBy(), "?"),
                c.changedAt())).toList();
        List<ReferralView.Step> next = ReferralTransitions.next(row.status(), ReferralSides.of(actor, row, ground))
                .stream().map(t -> new ReferralView.Step(t.to(), t.reasonRequired(), t.expectedStartRequired(),
                        t.outcomeRequired())).toList();
        List<ReferralView.ProposedMember> proposed = ReferralSides.managesCase(ground)
                ? proposals.fromSource(client, "referral:" + referralId).stream()
                .map(p -> new ReferralView.ProposedMember(p.id(), p.personName(), p.decision())).toList()
                : List.of();
        return new ReferralView(row.id(), row.clientId(), clientName, row.serviceId(), service.name(),
                row.organisationId(), service.organisationName(), row.needArea(), row.reason(), row.urgency(),
                row.urgency().fhirPriority(), row.clientWishes(), referrals.goals(referralId).stream()
                .map(g -> new ReferralView.Goal(g.text(), g.outcome())).toList(), row.measureId(),
                row.outsideAreaReason(), row.status(), row.status().fhirTaskStatus(), row.expectedStart(),
                row.endNote(), names.getOrDefault(row.referredBy(), "?"), row.referredAt(), row.changedAt(),
                row.version(), history, next, proposed);
    }

    /**
     * What reading a referral needs: its area's category, and health data too when it goes to an agency of health
     * or addiction care, which the group names only to readers of health data (its own staff know who they are).
     */
    private Set<DataCategory> categoriesOf(ClientId client, Referrals.Row row, Actor actor) {
        Set<DataCategory> needed = EnumSet.of(row.needArea().category());
        boolean own = actor.organisationId() != null && actor.organisationId().value().equals(row.organisationId());
        if (!own && groups.withheldAgencies(client, List.of(row.organisationId()), false).organisations()
                .contains(row.organisationId())) {
            needed.add(DataCategory.HEALTH_AND_SUBSTANCE_USE);
        }
        return needed;
    }

    /**
     * Whether to offer referring: to those who manage the case, and to a current member of the group who may
     * contribute to the plan (the areas they may refer in are then their organisation's, told on the form).
     */
    private boolean mayRefer(ClientId client, Ground basic, Actor actor) {
        return mayRefer(client, ReferralSides.managesCase(basic), actor);
    }

    /**
     * Whether to offer this reader the referral form, as the client's referrals offer it; {@code managesCase}: the
     * reader is the case's coordinator or office manager (as the case they have just read says). Reads nothing.
     */
    @Transactional(readOnly = true)
    public boolean mayRefer(ClientId client, boolean managesCase, Actor actor) {
        if (managesCase) {
            return true;
        }
        boolean member = groups.currentMembers(client).stream().anyMatch(m -> actor.userId().value().equals(m.userId()));
        return member && gate.may(actor, client, DataCategory.PLAN_AND_MEASURES, Action.CONTRIBUTE);
    }

    /**
     * The client's referrals in the areas whose category the reader may read, newest first; refused only when the
     * reader may read neither the client's basic facts nor any of those categories.
     */
    @Transactional(readOnly = true)
    public ClientReferralsView ofClient(ClientId client, Actor actor) {
        List<Referrals.Row> rows = referrals.ofClient(client.value());
        Set<DataCategory> asked = EnumSet.of(DataCategory.BASIC_AND_CUSTODY);
        Map<UUID, Set<DataCategory>> needed = new java.util.HashMap<>();
        rows.forEach(r -> {
            needed.put(r.id(), categoriesOf(client, r, actor));
            asked.addAll(needed.get(r.id()));
        });
        Map<DataCategory, Ground> grounds = gate.checkEach(actor, client, asked, Action.READ, "client referrals");
        Ground basic = grounds.get(DataCategory.BASIC_AND_CUSTODY);
        List<Referrals.Row> shown = rows.stream()
                .filter(r -> needed.get(r.id()).stream().allMatch(c -> grounds.get(c).allows())).toList();
        if (!basic.allows() && shown.isEmpty()) {
            throw new AccessRefusedException(basic);
        }
        Map<UUID, ServiceView> byId = new java.util.HashMap<>();
        shown.stream().map(Referrals.Row::serviceId).distinct()
                .forEach(id -> byId.put(id, services.service(id)));
        List<ReferralLineView> lines = new ArrayList<>();
        for (Referrals.Row r : shown) {
            ServiceView s = byId.get(r.serviceId());
            lines.add(new ReferralLineView(r.id(), r.clientId(), r.serviceId(), s.name(), s.organisationName(),
                    r.needArea(), r.urgency(), r.status(), r.status().fhirTaskStatus(), r.expectedStart(),
                    r.referredAt(), r.changedAt()));
        }
        return new ClientReferralsView(lines, mayRefer(client, basic, actor));
    }
}
