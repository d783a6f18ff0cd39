package org.throughcare.referral;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.throughcare.audit.AuditEvent;
import org.throughcare.audit.AuditLog;
import org.throughcare.client.ClientQueries;
import org.throughcare.directory.Municipality;
import org.throughcare.directory.ServiceManagement;
import org.throughcare.directory.ServiceView;
import org.throughcare.group.ConsentManagement;
import org.throughcare.group.GroupManagement;
import org.throughcare.group.GroupRole;
import org.throughcare.group.MemberProposals;
import org.throughcare.plan.ReferredMeasures;
import org.throughcare.referral.internal.Referrals;
import org.throughcare.shared.AccessGate;
import org.throughcare.shared.AccessGate.Action;
import org.throughcare.shared.AccessGate.Ground;
import org.throughcare.shared.AccessRefusedException;
import org.throughcare.shared.Actor;
import org.throughcare.shared.ClientId;
import org.throughcare.shared.DataCategory;
import org.throughcare.shared.InvalidInputException;
import org.throughcare.shared.InvalidInputException.Problem;
import org.throughcare.shared.NeedArea;
import org.throughcare.shared.NotFoundException;
import org.throughcare.shared.StaleEditException;
import org.throughcare.shared.UserId;

/**
 * Sending a referral and moving it through its states by the table ({@link ReferralTransitions}). Every rule of a
 * request is checked before anything is written, so nothing is half-saved; a change made on a version someone else
 * has changed meanwhile is refused as stale, so of two simultaneous changes exactly one is made.
 */
@NamedInterface("api")
@Service
public class ReferralManagement {

    private final Referrals referrals;
    private final ReferralSides sides;
    private final AccessGate gate;
    private final ClientQueries clients;
    private final ServiceManagement services;
    private final ConsentManagement consents;
    private final GroupManagement groups;
    private final MemberProposals proposals;
    private final ReferredMeasures measures;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReferralManagement(Referrals referrals, ReferralSides sides, AccessGate gate, ClientQueries clients,
                       ServiceManagement services, ConsentManagement consents, GroupManagement groups,
                       MemberProposals proposals, ReferredMeasures measures, AuditLog audit,
                       ApplicationEventPublisher events, Clock clock) {
        this.referrals = referrals;
        this.sides = sides;
        this.gate = gate;
        this.clients = clients;
        this.services = services;
        this.consents = consents;
        this.groups = groups;
        this.proposals = proposals;
        this.measures = measures;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Sends a referral for the client. The case's coordinator (or office manager) refers in any area; a member of
     * the group only in an area where their organisation has work in the plan.
     */
    @Transactional
    public UUID send(ClientId client, SendReferral form, Actor actor) {
        Ground ground = referrerGround(client, form.needArea(), actor);
        String municipality = clients.client(client, actor).municipalityCode();
        checked(client, form, municipality);
        ServiceView service = services.service(form.serviceId());
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        referrals.insert(new Referrals.Row(id, client.value(), service.id(), service.organisationId(), form.needArea(),
                form.reason().strip(), form.urgency(), blankToNull(form.clientWishes()), form.measureId(),
                blankToNull(form.outsideAreaReason()), ReferralStatus.SENT, null, null, actor.userId().value(), now,
                now, 0), form.goals());
        referrals.recordChange(id, new Referrals.Change(null, ReferralStatus.SENT, ReferralSide.REFERRER, null, null,
                actor.userId().value(), now));
        audit.record(AuditEvent.change("REFERRAL_SENT", "client", client, id + " " + service.id() + " "
                + form.needArea() + " by " + ground));
        events.publishEvent(new ReferralStatusChanged(client, id, service.id(), service.organisationId(),
                form.needArea(), null, ReferralStatus.SENT, form.measureId(), actor.userId(), actor.userId(), false, now));
        return id;
    }

    /** Moves a referral as the table allows the actor's side; see {@link MoveReferral}. */
    @Transactional
    public void move(ClientId client, UUID referralId, MoveReferral form, Actor actor) {
        Referrals.Row before = referrals.find(client.value(), referralId)
                .orElseThrow(() -> new NotFoundException("referral"));
        Ground ground = gate.check(actor, client, before.needArea().category(), Action.CONTRIBUTE, "move referral");
        if (!ground.allows()) {
            throw new AccessRefusedException(ground, ReferralSides.REFUSED);
        }
        if (form.version() != before.version()) {
            throw new StaleEditException("referral");
        }
        ReferralTransitions.Transition transition = ReferralTransitions.find(before.status(), form.to())
                .orElseThrow(() -> new InvalidInputException("to", "validation.referral.transitionNotAllowed",
                        before.status(), form.to()));
        if (!ReferralSides.of(actor, before, ground).contains(transition.side())) {
            throw sides.refusedByRule(actor, client, before, ground, "move referral");
        }
        List<Referrals.Goal> goals = referrals.goals(referralId);
        checked(transition, form, before, goals.size());
        Instant now = clock.instant();
        LocalDate start = transition.expectedStartRequired() ? form.expectedStart() : before.expectedStart();
        String note = transition.outcomeRequired() ? blankToNull(form.endNote()) : before.endNote();
        if (!referrals.update(before.moved(form.to(), start, note, now))) {
            throw new StaleEditException("referral");
        }
        if (transition.outcomeRequired()) {
            referrals.recordOutcomes(referralId, form.outcomes());
        }
        referrals.recordChange(referralId, new Referrals.Change(before.status(), form.to(), transition.side(),
                blankToNull(form.reason()), transition.expectedStartRequired() ? start : null, actor.userId().value(),
                now));
        audit.record(AuditEvent.change("REFERRAL_" + form.to(), "client", client, referralId.toString()));
        if (form.to() == ReferralStatus.ACCEPTED) {
            proposeWorker(client, before, actor);
        }
        boolean achieved = form.outcomes().stream().anyMatch(o -> o == GoalOutcome.ACHIEVED || o == GoalOutcome.PARTLY_ACHIEVED);
        events.publishEvent(new ReferralStatusChanged(client, referralId, before.serviceId(), before.organisationId(),
                before.needArea(), before.status(), form.to(), before.measureId(), new UserId(before.referredBy()),
                actor.userId(), achieved, now));
    }

    /** The gate's ground for sending in this area, refused with the true reason when the actor may not. */
    private Ground referrerGround(ClientId client, NeedArea area, Actor actor) {
        Map<DataCategory, Ground> grounds = gate.checkEach(actor, client, area.planCategories(), Action.CONTRIBUTE,
                "send referral");
        for (Ground refused : grounds.values()) {
            if (!refused.allows()) {
                throw new AccessRefusedException(refused, ReferralSides.REFUSED);
            }
        }
        Ground ground = grounds.get(DataCategory.PLAN_AND_MEASURES);
        boolean memberWithWork = ground == Ground.GROUP_MEMBER_WITH_CONSENT && actor.organisationId() != null
                && measures.hasWorkIn(client, actor.organisationId().value(), area);
        if (!ReferralSides.managesCase(ground) && !memberWithWork) {
            audit.recordAccess(List.of(AuditEvent.access(actor, client, Action.CONTRIBUTE.name(), false,
                    DataCategory.PLAN_AND_MEASURES.name(), ground.name(), "send referral")));
            throw new AccessRefusedException(ground, "error.changeRefused.referralArea");
        }
        return ground;
    }

    /** Every rule of a new referral at once, each at its field. */
    private void checked(ClientId client, SendReferral form, String municipality) {
        List<Problem> problems = new ArrayList<>();
        Optional<ServiceView> found = service(form.serviceId());
        if (found.isEmpty()) {
            problems.add(new Problem("serviceId", "validation.referral.serviceUnknown"));
        } else {
            ServiceView service = found.get();
            if (!service.takesReferrals()) {
                problems.add(new Problem("serviceId", "validation.referral.serviceNotActive"));
            } else if (!service.needAreas().contains(form.needArea())) {
                problems.add(new Problem("needArea", "validation.referral.areaNotServed"));
            } else if (!consents.covers(client, service.organisationId(), form.needArea().category())) {
                problems.add(new Problem("serviceId", "validation.referral.consentNotCovering"));
            }
            boolean outside = !service.municipalities().isEmpty() && service.municipalities().stream()
                    .map(Municipality::code).noneMatch(c -> c.equals(municipality));
            if (outside && blankToNull(form.outsideAreaReason()) == null) {
                problems.add(new Problem("outsideAreaReason", "validation.referral.outsideMunicipality"));
            }
        }
        if (form.measureId() != null) {
            Optional<NeedArea> area = measures.openMeasureArea(client, form.measureId());
            if (area.isEmpty()) {
                problems.add(new Problem("measureId", "validation.referral.measureUnknown"));
            } else if (area.get() != form.needArea()) {
                problems.add(new Problem("measureId", "validation.referral.measureOtherArea"));
            }
        }
        InvalidInputException.throwIfAny(problems);
    }

    /** What the table asks the change to carry, and nothing it does not: an outcome only at the end. */
    private void checked(ReferralTransitions.Transition transition, MoveReferral form, Referrals.Row before,
                         int goals) {
        List<Problem> problems = new ArrayList<>();
        if (transition.reasonRequired() && blankToNull(form.reason()) == null) {
            problems.add(new Problem("reason", "validation.referral.reasonRequired"));
        }
        if (transition.expectedStartRequired()) {
            LocalDate sent = LocalDate.ofInstant(before.referredAt(), clock.getZone());
            if (form.expectedStart() == null) {
                problems.add(new Problem("expectedStart", "validation.referral.expectedStartRequired"));
            } else if (form.expectedStart().isBefore(sent)) {
                problems.add(new Problem("expectedStart", "validation.referral.expectedStartBeforeSent", sent));
            }
        }
        if (transition.outcomeRequired()) {
            if (form.outcomes().size() != goals || form.outcomes().stream().anyMatch(java.util.Objects::isNull)) {
                problems.add(new Problem("outcomes", "validation.referral.outcomePerGoal", goals));
            }
        } else if (!form.outcomes().isEmpty() || blankToNull(form.endNote()) != null) {
            problems.add(new Problem("outcomes", "validation.referral.outcomeOnlyAtEnd"));
        }
        InvalidInputException.throwIfAny(problems);
    }

    /**
     * The worker who accepted is proposed for the group, for the coordinator to confirm — unless they are in it.
     * A treatment service's worker joins in the treatment role, as one added by hand would.
     */
    private void proposeWorker(ClientId client, Referrals.Row referral, Actor actor) {
        boolean member = groups.currentMembers(client).stream()
                .anyMatch(m -> actor.userId().value().equals(m.userId()));
        String source = "referral:" + referral.id();
        if (member || proposals.fromSource(client, source).stream().anyMatch(p -> p.userId().equals(actor.userId().value()))) {
            return;
        }
        GroupRole role = referral.needArea().category() == DataCategory.HEALTH_AND_SUBSTANCE_USE ? GroupRole.TREATMENT
                : GroupRole.CASE_WORKER;
        proposals.propose(client, actor.userId().value(), referral.organisationId(), role, source, actor);
    }

    private Optional<ServiceView> service(UUID id) {
        try {
            return Optional.of(services.service(id));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
