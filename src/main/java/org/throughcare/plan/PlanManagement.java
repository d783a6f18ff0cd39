package org.throughcare.plan;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.throughcare.client.ClientQueries;
import org.throughcare.client.ClientView;
import org.throughcare.directory.DirectoryManagement;
import org.throughcare.group.ConsentManagement;
import org.throughcare.group.GroupManagement;
import org.throughcare.identity.IdentityManagement;
import org.throughcare.plan.internal.Goals;
import org.throughcare.plan.internal.Measures;
import org.throughcare.plan.internal.PlanHistory;
import org.throughcare.shared.AccessGate;
import org.throughcare.shared.Actor;
import org.throughcare.shared.ClientId;
import org.throughcare.shared.InvalidInputException;
import org.throughcare.shared.NotFoundException;
import org.throughcare.shared.StaleEditException;

/**
 * The coordinator's side of the plan: goals and measures, for those the gate lets change the case. A measure's owner must be in the group; giving a measure to another organisation
 * leaves it unaccepted until that organisation answers, and publishes {@link MeasureAssigned}.
 */
@NamedInterface("api")
@Service
public class PlanManagement {

    private final Goals goals;
    private final Measures measures;
    private final PlanHistory history;
    private final AccessGate gate;
    private final ClientQueries clients;
    private final GroupManagement groups;
    private final ConsentManagement consents;
    private final IdentityManagement identity;
    private final DirectoryManagement directory;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PlanManagement(Goals goals, Measures measures, PlanHistory history, AccessGate gate,
                   ClientQueries clients, GroupManagement groups, ConsentManagement consents, IdentityManagement identity,
                   DirectoryManagement directory, ApplicationEventPublisher events, Clock clock) {
        this.goals = goals;
        this.measures = measures;
        this.history = history;
        this.gate = gate;
        this.clients = clients;
        this.groups = groups;
        this.consents = consents;
        this.identity = identity;
        this.directory = directory;
        this.events = events;
        this.clock = clock;
    }

    /** The people a measure or an arrangement can be given to: the coordinator and the group's current members. */
    @Transactional(readOnly = true)
    public List<GroupPersonView> people(ClientId client, Actor actor) {
        ClientView details = clients.client(client, actor);
        List<GroupPersonView> people = new ArrayList<>();
        identity.user(details.coordinatorId()).filter(u -> u.organisationId() != null).ifPresent(u ->
                people.add(new GroupPersonView(u.id(), null, u.displayName(), u.organisationId(),
                        directory.names(List.of(u.organisationId())).get(u.organisationId()))));
        groups.roster(client, actor).current().forEach(m -> people.add(new GroupPersonView(m.userId(), m.contactId(),
                m.personName(), m.organisationId(), m.organisationName())));
        return people;
    }

    /** The organisations of {@link #people}, each once, by id. */
    public static Map<UUID, String> organisations(List<GroupPersonView> people) {
        Map<UUID, String> organisations = new LinkedHashMap<>();
        people.forEach(p -> organisations.putIfAbsent(p.organisationId(), p.organisationName()));
        return organisations;
    }

    @Transactional
    public UUID addGoal(ClientId client, AddGoal goal, Actor actor) {
        gate.requireChange(actor, client, "add plan goal");
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        goals.insert(new Goals.Row(id, client.value(), goal.area(), goal.description().strip(), 0,
                actor.userId().value(), now));
        history.record(client, id, null, "GOAL_ADDED", List.of(PlanFact.of("area", goal.area()),
                PlanFact.of("description", goal.description().strip())), actor, now);
        return id;
    }

    @Transactional
    public void editGoal(ClientId client, UUID goalId, EditGoal edit, Actor actor) {
        gate.requireChange(actor, client, "change plan goal");
        Goals.Row goal = goals.find(goalId).filter(g -> g.clientId().equals(client.value()))
                .orElseThrow(() -> new NotFoundException("goal"));
        if (!goals.update(goalId, edit.description().strip(), edit.version())) {
            throw new StaleEditException("goal");
        }
        history.record(client, goalId, null, "GOAL_CHANGED",
                List.of(PlanFact.changed("description", goal.description(), edit.description().strip())), actor,
                clock.instant());
    }

    @Transactional
    public UUID addMeasure(ClientId client, AssignMeasure form, Actor actor) {
        return addMeasure(client, form, null, actor);
    }

    /**
     * A measure as a collaboration meeting decided it ({@code decided}; null: not at a meeting): the measure keeps
     * which meeting it was, shown on the plan and in its history.
     */
    @Transactional
    public UUID addMeasure(ClientId client, AssignMeasure form, DecidedAtMeeting decided, Actor actor) {
        gate.requireChange(actor, client, "add plan measure");
        GroupPersonView responsible = checked(client, form, actor);
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        Measures.Row row = assigned(new Measures.Row(id, client.value(), form.area(), form.description().strip(),
                form.type(), form.ownerOrganisationId(), responsible.userId(), responsible.contactId(),
                responsible.name(), form.phase(), form.startOn(), form.dueOn(), MeasureStatus.PROPOSED, null, null,
                null, 0), actor, now);
        measures.insert(row, actor.userId().value(), now);
        List<PlanFact> facts = new ArrayList<>(describe(row));
        if (decided != null) {
            measures.decidedAt(id, decided);
            facts.add(PlanFact.of("decidedAtMeeting", decided.heldOn()));
        }
        history.record(client, id, null, "MEASURE_ADDED", facts, actor, now);
        events.publishEvent(new MeasureAssigned(client, id, row.ownerId(), row.responsibleUserId(),
                row.responsibleContactId(), actor.userId(), now));
        return id;
    }

    /**
     * A measure given to another organisation, or changed after its owner declined it, waits for the owner's
     * answer again; a new responsible person in the same organisation keeps what the organisation agreed to.
     * The area stays: what was written under one consent category is not moved under another.
     */
    @Transactional
    public void editMeasure(ClientId client, UUID measureId, AssignMeasure form, Actor actor) {
        editMeasure(client, measureId, form, null, actor);
    }

    /** A change a collaboration meeting decided ({@code decided}; null: not at a meeting), recorded on the measure. */
    @Transactional
    public void editMeasure(ClientId client, UUID measureId, AssignMeasure form, DecidedAtMeeting decided,
                            Actor actor) {
        gate.requireChange(actor, client, "change plan measure");
        Measures.Row before = measures.findForClient(client.value(), measureId)
                .orElseThrow(() -> new NotFoundException("measure"));
        if (before.status().isFinal()) {
            throw new InvalidInputException("description", "validation.measure.final");
        }
        if (form.version() == null || form.version() != before.version()) {
            throw new StaleEditException("measure");
        }
        if (form.area() != before.area()) {
            throw new InvalidInputException("area", "validation.measure.areaFixed");
        }
        GroupPersonView responsible = checked(client, form, actor);
        Instant now = clock.instant();
        Measures.Row after = new Measures.Row(measureId, client.value(), form.area(), form.description().strip(),
                form.type(), form.ownerOrganisationId(), responsible.userId(), responsible.contactId(),
                responsible.name(), form.phase(), form.startOn(), form.dueOn(), before.status(), before.declineReason(),
                before.answeredBy(), before.answeredAt(), before.version());
        boolean newOwner = !before.ownerId().equals(after.ownerId());
        boolean newPerson = !Objects.equals(before.responsibleUserId(), after.responsibleUserId())
                || !Objects.equals(before.responsibleContactId(), after.responsibleContactId());
        if (newOwner || before.status() == MeasureStatus.DECLINED) {
            after = assigned(after, actor, now);
        }
        if (!measures.update(after)) {
            throw new StaleEditException("measure");
        }
        List<PlanFact> changed = new ArrayList<>(differences(before, after));
        if (decided != null) {
            measures.decidedAt(measureId, decided);
            changed.add(PlanFact.of("decidedAtMeeting", decided.heldOn()));
        }
        history.record(client, measureId, null, "MEASURE_CHANGED", changed, actor, now);
        if (newOwner || newPerson || before.status() == MeasureStatus.DECLINED) {
            events.publishEvent(new MeasureAssigned(client, measureId, after.ownerId(), after.responsibleUserId(),
                    after.responsibleContactId(), actor.userId(), now));
        }
    }

    /** Checks the form against the group and returns the responsible person it names. */
    private GroupPersonView checked(ClientId client, AssignMeasure form, Actor actor) {
        List<InvalidInputException.Problem> problems = new ArrayList<>();
        if (form.startOn() != null && form.dueOn() != null && form.dueOn().isBefore(form.startOn())) {
            problems.add(new InvalidInputException.Problem("dueOn", "validation.measure.dueBeforeStart"));
        }
        List<GroupPersonView> people = people(client, actor);
        boolean ownerInGroup = people.stream().anyMatch(p -> p.organisationId().equals(form.ownerOrganisationId()));
        if (!ownerInGroup) {
            problems.add(new InvalidInputException.Problem("ownerOrganisationId", "validation.measure.ownerNotInGroup"));
        }
        if (ownerInGroup && !coveredFor(client, form, actor)) {
            problems.add(new InvalidInputException.Problem("ownerOrganisationId", "validation.measure.ownerNotCovered"));
        }
        GroupPersonView responsible = null;
        if ((form.responsibleUserId() == null) == (form.responsibleContactId() == null)) {
            problems.add(new InvalidInputException.Problem("responsibleUserId", "validation.measure.onePerson"));
        } else {
            responsible = people.stream().filter(p -> form.responsibleUserId() != null
                    ? form.responsibleUserId().equals(p.userId()) : form.responsibleContactId().equals(p.contactId()))
                    .findFirst().orElse(null);
            if (responsible == null || (ownerInGroup && !responsible.organisationId().equals(form.ownerOrganisationId()))) {
                problems.add(new InvalidInputException.Problem(
                        form.responsibleUserId() != null ? "responsibleUserId" : "responsibleContactId",
                        "validation.measure.responsibleNotOfOwner"));
            }
        }
        InvalidInputException.throwIfAny(problems);
        return responsible;
    }

    /**
     * Whether the owner may see the measure once it is theirs: the coordinator's own organisation always, any
     * other only where a consent in force covers the plan and the area's category for it.
     */
    private boolean coveredFor(ClientId client, AssignMeasure form, Actor actor) {
        if (actor.organisationId() != null && actor.organisationId().value().equals(form.ownerOrganisationId())) {
            return true;
        }
        return consents.coverage(client, actor).stream()
                .filter(c -> c.organisationId().equals(form.ownerOrganisationId()))
                .anyMatch(c -> c.categories().containsAll(form.area().planCategories()));
    }

    /**
     * A measure given to an organisation waits for that organisation's answer; one the coordinator gives to
     * their own organisation is accepted by giving it.
     */
    private static Measures.Row assigned(Measures.Row row, Actor actor, Instant now) {
        boolean own = actor.organisationId() != null && actor.organisationId().value().equals(row.ownerId());
        return own ? row.answered(MeasureStatus.ACCEPTED, null, actor.userId().value(), now)
                : row.answered(MeasureStatus.PROPOSED, null, null, null);
    }

    private List<PlanFact> describe(Measures.Row m) {
        return List.of(PlanFact.of("area", m.area()), PlanFact.of("type", m.type()), PlanFact.of("phase", m.phase()),
                PlanFact.of("description", m.description()),
                PlanFact.of("owner", directory.names(List.of(m.ownerId())).get(m.ownerId())),
                PlanFact.of("responsible", m.responsibleName()), PlanFact.of("start", m.startOn()),
                PlanFact.of("due", m.dueOn()), PlanFact.of("status", m.status()));
    }

    private List<PlanFact> differences(Measures.Row a, Measures.Row b) {
        List<PlanFact> changed = new ArrayList<>();
        diff(changed, "area", a.area(), b.area());
        diff(changed, "description", a.description(), b.description());
        diff(changed, "type", a.type(), b.type());
        if (!a.ownerId().equals(b.ownerId())) {
            Map<UUID, String> names = directory.names(List.of(a.ownerId(), b.ownerId()));
            diff(changed, "owner", names.get(a.ownerId()), names.get(b.ownerId()));
        }
        diff(changed, "responsible", a.responsibleName(), b.responsibleName());
        diff(changed, "phase", a.phase(), b.phase());
        diff(changed, "start", a.startOn(), b.startOn());
        diff(changed, "due", a.dueOn(), b.dueOn());
        diff(changed, "status", a.status(), b.status());
        return changed;
    }

    private static void diff(List<PlanFact> changed, String what, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changed.add(PlanFact.changed(what, before, after));
        }
    }
}
