package org.throughcare.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.throughcare.assessment.AssessmentFacts;
import org.throughcare.shared.NeedArea;
import org.throughcare.assessment.Rating;
import org.throughcare.client.ClientQueries;
import org.throughcare.directory.DirectoryManagement;
import org.throughcare.identity.IdentityManagement;
import org.throughcare.plan.internal.Goals;
import org.throughcare.plan.internal.Measures;
import org.throughcare.plan.internal.PlanChanges;
import org.throughcare.plan.internal.PlanFacts;
import org.throughcare.plan.internal.ReleaseDayItems;
import org.throughcare.shared.AccessGate;
import org.throughcare.shared.AccessGate.Action;
import org.throughcare.shared.AccessGate.Ground;
import org.throughcare.shared.AccessRefusedException;
import org.throughcare.shared.Actor;
import org.throughcare.shared.ClientId;
import org.throughcare.shared.DataCategory;
import org.throughcare.shared.NotFoundException;

/**
 * Every read of the plan: a client's whole plan, one measure with its notes and history, the measures an
 * organisation owns, and the no-owner flags. Reading the plan needs its category; an area's measures also
 * need the area's own category where that is health, criminal-history or finance data.
 */
@Service
public class PlanQueries {

    /** What reading a plan asks the gate about: the plan, and every category an area can add. */
    private static final Set<DataCategory> AREA_CATEGORIES = NeedArea.assessmentCategories();

    private final Goals goals;
    private final Measures measures;
    private final ReleaseDayItems releaseDay;
    private final PlanChanges changes;
    private final AssessmentFacts assessments;
    private final AccessGate gate;
    private final ClientQueries clients;
    private final DirectoryManagement directory;
    private final IdentityManagement identity;
    private final OwnerSights owners;
    private final Clock clock;
    private final int releaseDayWindowDays;

    PlanQueries(Goals goals, Measures measures, ReleaseDayItems releaseDay, PlanChanges changes,
                AssessmentFacts assessments, AccessGate gate, ClientQueries clients, DirectoryManagement directory,
                IdentityManagement identity, OwnerSights owners, Clock clock,
                @Value("${throughcare.plan.release-day-window-days:60}") int releaseDayWindowDays) {
        this.goals = goals;
        this.measures = measures;
        this.releaseDay = releaseDay;
        this.changes = changes;
        this.assessments = assessments;
        this.gate = gate;
        this.clients = clients;
        this.directory = directory;
        this.identity = identity;
        this.owners = owners;
        this.clock = clock;
        this.releaseDayWindowDays = releaseDayWindowDays;
    }

    private PlanSight sight(ClientId client, Actor actor, String purpose) {
        Set<DataCategory> wanted = EnumSet.copyOf(AREA_CATEGORIES);
        wanted.add(DataCategory.PLAN_AND_MEASURES);
        Map<DataCategory, Ground> grounds = gate.checkEach(actor, client, wanted, Action.READ, purpose);
        Ground plan = grounds.get(DataCategory.PLAN_AND_MEASURES);
        if (!plan.allows()) {
            throw new AccessRefusedException(plan);
        }
        return PlanSight.of(grounds);
    }

    @Transactional(readOnly = true)
    public PlanView plan(ClientId client, Actor actor) {
        PlanSight sight = sight(client, actor, "plan");
        Map<NeedArea, Rating> ratings = assessments.latestRatings(List.of(client.value()))
                .getOrDefault(client.value(), Map.of());
        List<Goals.Row> goalRows = goals.ofClient(client.value());
        List<Measures.Row> measureRows = measures.ofClient(client.value());
        Map<ReleaseDayItem, ReleaseDayItems.Row> items = releaseDay.ofClient(client.value());
        Names names = names(goalRows, measureRows, items.values());
        List<Measures.Row> shownRows = measureRows.stream().filter(m -> sight.plan(m.area())).toList();
        // One rule for every owner the plan names, of a measure or of a release-day arrangement.
        List<UUID> named = new ArrayList<>(shownRows.stream().map(Measures.Row::ownerId).toList());
        items.values().stream().filter(r -> r.ownerId() != null).forEach(r -> named.add(r.ownerId()));
        OwnerSight ownerSight = owners.of(client, named,
                sight.categories().contains(DataCategory.HEALTH_AND_SUBSTANCE_USE), actor);
        List<MeasureView> shownMeasures = views(shownRows, actor, sight.responsibleForCase(), names, ownerSight);
        List<PlanView.Area> areas = new ArrayList<>();
        for (NeedArea area : NeedArea.values()) {
            boolean visible = sight.plan(area);
            areas.add(new PlanView.Area(area, visible, sight.rating(area) ? ratings.get(area) : null,
                    !visible ? List.of() : goalRows.stream().filter(g -> g.area() == area).map(g -> new GoalView(g.id(),
                            g.area(), g.description(), g.version(), names.people().get(g.createdBy()), g.createdAt()))
                            .toList(),
                    shownMeasures.stream().filter(m -> m.area() == area).toList()));
        }
        // A flag shows where the reader sees the area's plan; a need without an owner, and any rating, only where
        // they may also see the area's assessment.
        List<PlanFlag> flags = OrphanNeeds.flags(ratings, measureRows.stream().map(PlanQueries::forFlags).toList())
                .stream().filter(f -> sight.plan(f.area())
                        && (f.kind() != PlanFlag.Kind.NO_OWNER || sight.rating(f.area())))
                .map(f -> sight.rating(f.area()) ? f : new PlanFlag(f.kind(), f.area(), null, f.measureId())).toList();
        List<ReleaseDayView> releaseDayViews = new ArrayList<>();
        for (ReleaseDayItem item : ReleaseDayItem.values()) {
            ReleaseDayItems.Row r = items.get(item);
            releaseDayViews.add(!sight.item(item) ? new ReleaseDayView(item, false, null, null, null, null, null, null, null)
                    : r == null ? new ReleaseDayView(item, true, null, null, null, null, null, null, null)
                    : r.ownerId() == null ? new ReleaseDayView(item, true, r.arrangement(), null, null,
                    r.responsibleName(), r.version(), names.people().get(r.updatedBy()), r.updatedAt())
                    : new ReleaseDayView(item, true, ownerSight.text(r.arrangement()), ownerSight.id(r.ownerId()),
                    ownerSight.name(r.ownerId(), names.organisations().get(r.ownerId())),
                    ownerSight.responsible(r.ownerId(), r.responsibleName()), r.version(),
                    names.people().get(r.updatedBy()), r.updatedAt()));
        }
        Integer days = clients.daysToRelease(client, actor, "plan").orElse(null);
        return new PlanView(client.value(), areas, flags, releaseDayViews, days,
                days != null && days <= releaseDayWindowDays, sight.responsibleForCase());
    }

    /**
     * A plan read by its printer, as printed for one organisation of the group ({@code organisation}): the
     * owners that organisation may not see named by the group's rule ({@code readsHealth}: its consent covers
     * health data) are withheld as they are from such a reader of the plan itself.
     */
    public PlanView forOrganisation(ClientId client, PlanView plan, UUID organisation, boolean readsHealth) {
        List<UUID> named = new ArrayList<>();
        plan.areas().forEach(a -> a.measures().stream().map(MeasureView::ownerOrganisationId)
                .filter(java.util.Objects::nonNull).forEach(named::add));
        plan.releaseDay().stream().map(ReleaseDayView::ownerOrganisationId).filter(java.util.Objects::nonNull)
                .forEach(named::add);
        OwnerSight sight = owners.of(client, named, readsHealth, organisation);
        List<PlanView.Area> areas = plan.areas().stream().map(a -> new PlanView.Area(a.area(), a.visible(),
                a.rating(), a.goals(), a.measures().stream().map(sight::measure).toList())).toList();
        return new PlanView(plan.clientId(), areas, plan.flags(),
                plan.releaseDay().stream().map(sight::arrangement).toList(), plan.daysToRelease(),
                plan.releaseDayDue(), plan.mayEdit());
    }

    /** One measure with its notes, if the reader may see its area's plan. */
    @Transactional(readOnly = true)
    public MeasureView measure(ClientId client, UUID measureId, Actor actor) {
        Measures.Row m = measures.findForClient(client.value(), measureId)
                .orElseThrow(() -> new NotFoundException("measure"));
        Map<DataCategory, Ground> grounds = requireAll(client, m.area().planCategories(), actor, "plan measure");
        Ground ground = grounds.get(DataCategory.PLAN_AND_MEASURES);
        return views(List.of(m), actor, ground == Ground.CLIENT_COORDINATOR || ground == Ground.OFFICE_MANAGER,
                names(List.of(), List.of(m), List.of()), owners.of(client, List.of(m.ownerId()),
                        grounds.get(DataCategory.HEALTH_AND_SUBSTANCE_USE).allows(), actor)).get(0);
    }

    /** Everything that happened to one measure, newest first. */
    @Transactional(readOnly = true)
    public List<PlanChangeView> history(ClientId client, UUID measureId, Actor actor) {
        Measures.Row m = measures.findForClient(client.value(), measureId)
                .orElseThrow(() -> new NotFoundException("measure"));
        OwnerSight sight = owners.of(client, List.of(m.ownerId()), requireAll(client, m.area().planCategories(),
                actor, "plan measure history").get(DataCategory.HEALTH_AND_SUBSTANCE_USE).allows(), actor);
        List<PlanChanges.Row> rows = changes.ofSubject(measureId);
        Map<UUID, String> people = identity.displayNames(rows.stream().map(PlanChanges.Row::changedBy).toList());
        return rows.stream().map(r -> new PlanChangeView(r.subjectId(), r.item(), r.kind(), sight.text(r.detail()),
                r.facts() != null ? sight.facts(PlanFacts.read(r.facts()), false)
                        : sight.facts(PlanFacts.fromOldDetail(r.kind(), r.detail()), true),
                people.get(r.changedBy()), r.changedAt())).toList();
    }

    /**
     * The measures the reader's organisation owns, for clients whose plan (and the area's category) consent
     * lets them see through their group; unanswered first. Each client shown is audited as a list read.
     */
    @Transactional(readOnly = true)
    public List<OwnedMeasureView> ownedByMyOrganisation(Actor actor) {
        if (actor.organisationId() == null) {
            return List.of();
        }
        Set<UUID> planVisible = gate.visibleThroughGroup(actor, DataCategory.PLAN_AND_MEASURES);
        Map<DataCategory, Set<UUID>> byCategory = new java.util.EnumMap<>(DataCategory.class);
        for (DataCategory category : AREA_CATEGORIES) {
            byCategory.put(category, gate.visibleThroughGroup(actor, category));
        }
        List<Measures.Row> rows = measures.ownedBy(actor.organisationId().value(), planVisible).stream()
                .filter(m -> m.area().planCategories().stream().allMatch(c -> c == DataCategory.PLAN_AND_MEASURES
                        || byCategory.get(c).contains(m.clientId()))).toList();
        // Each client shown is a list read of the plan, and of each area category its measures shown belong to.
        Map<DataCategory, Set<UUID>> shown = new java.util.EnumMap<>(DataCategory.class);
        rows.forEach(m -> m.area().planCategories().forEach(c -> shown.computeIfAbsent(c, k -> new HashSet<>())
                .add(m.clientId())));
        Map<DataCategory, List<ClientId>> listed = new java.util.EnumMap<>(DataCategory.class);
        shown.forEach((category, ids) -> listed.put(category, ids.stream().map(ClientId::new).toList()));
        gate.listed(actor, listed, "measures my organisation owns");
        Set<UUID> shownClients = shown.getOrDefault(DataCategory.PLAN_AND_MEASURES, Set.of());
        Map<UUID, String> clientNames = clients.namesThroughGroup(shownClients, actor, "measures my organisation owns");
        List<MeasureView> views = views(rows, actor, false, names(List.of(), rows, List.of()), OwnerSight.OWN);
        return views.stream().map(v -> new OwnedMeasureView(v.clientId(), clientNames.get(v.clientId()), v)).toList();
    }

    /** Every category must be allowed (a measure needs all of its area's); health is asked for OwnerSight. */
    private Map<DataCategory, Ground> requireAll(ClientId client, Set<DataCategory> categories, Actor actor,
                                                 String purpose) {
        Set<DataCategory> asked = EnumSet.copyOf(categories);
        asked.add(DataCategory.HEALTH_AND_SUBSTANCE_USE);
        Map<DataCategory, Ground> grounds = gate.checkEach(actor, client, asked, Action.READ, purpose);
        for (DataCategory category : categories) {
            if (!grounds.get(category).allows()) {
                throw new AccessRefusedException(grounds.get(category));
            }
        }
        return grounds;
    }

    private record Names(Map<UUID, String> people, Map<UUID, String> organisations) {
    }

    private Names names(List<Goals.Row> goalRows, List<Measures.Row> measureRows,
                        Collection<ReleaseDayItems.Row> items) {
        Set<UUID> people = new HashSet<>();
        Set<UUID> organisations = new HashSet<>();
        goalRows.forEach(g -> people.add(g.createdBy()));
        measureRows.forEach(m -> {
            organisations.add(m.ownerId());
            if (m.answeredBy() != null) {
                people.add(m.answeredBy());
            }
        });
        items.forEach(i -> {
            people.add(i.updatedBy());
            if (i.ownerId() != null) {
                organisations.add(i.ownerId());
            }
        });
        return new Names(identity.displayNames(people), directory.names(organisations));
    }

    private List<MeasureView> views(List<Measures.Row> rows, Actor actor, boolean responsibleForCase, Names names,
                                    OwnerSight ownerSight) {
        Map<UUID, List<Measures.Note>> notes = measures.notes(rows.stream().map(Measures.Row::id).toList());
        Map<UUID, String> writers = new java.util.HashMap<>(names.people());
        Set<UUID> missing = new HashSet<>();
        notes.values().forEach(list -> list.forEach(n -> {
            if (!writers.containsKey(n.writtenBy())) {
                missing.add(n.writtenBy());
            }
        }));
        writers.putAll(identity.displayNames(missing));
        Map<UUID, DecidedAtMeeting> decided = measures.decidedAtMeetings(rows.stream().map(Measures.Row::id).toList());
        LocalDate today = LocalDate.now(clock);
        UUID myOrganisation = actor.organisationId() == null ? null : actor.organisationId().value();
        return rows.stream().map(m -> {
            boolean owner = m.ownerId().equals(myOrganisation);
            return new MeasureView(m.id(), m.clientId(), m.area(), m.description(), m.type(), ownerSight.id(m.ownerId()),
                    ownerSight.name(m.ownerId(), names.organisations().get(m.ownerId())),
                    ownerSight.responsible(m.ownerId(), m.responsibleUserId()),
                    ownerSight.responsible(m.ownerId(), m.responsibleContactId()),
                    ownerSight.responsible(m.ownerId(), m.responsibleName()), m.phase(), m.startOn(), m.dueOn(), m.status(), m.declineReason(),
                    m.answeredBy() == null ? null : writers.get(m.answeredBy()), m.answeredAt(), m.version(),
                    m.dueOn() != null && m.dueOn().isBefore(today) && m.status().open(),
                    notes.getOrDefault(m.id(), List.of()).stream().map(n -> new MeasureView.Note(n.writtenOn(), n.text(),
                            writers.get(n.writtenBy()), n.writtenAt())).toList(),
                    owner && m.status() == MeasureStatus.PROPOSED,
                    List.copyOf(MeasureWork.nextStatuses(m.status(), owner, responsibleForCase)),
                    owner || responsibleForCase, responsibleForCase && !m.status().isFinal(), decided.get(m.id()));
        }).toList();
    }

    private static OrphanNeeds.Measure forFlags(Measures.Row m) {
        return new OrphanNeeds.Measure(m.id(), m.area(), m.phase(), m.status());
    }
}
