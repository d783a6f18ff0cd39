package org.throughcare.followup.outcome;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.throughcare.audit.AuditEvent;
import org.throughcare.audit.AuditLog;
import org.throughcare.followup.outcome.internal.OutcomeForms;
import org.throughcare.shared.AccessGate;
import org.throughcare.shared.AccessRefusedException;
import org.throughcare.shared.Actor;
import org.throughcare.shared.ClientId;
import org.throughcare.shared.DataCategory;
import org.throughcare.shared.InvalidInputException;
import org.throughcare.shared.Role;

/**
 * Outcome forms at release, +6 and +12 months (D10). Recording passes the gate as a change of the case; reading
 * passes it per answer's category: accommodation, occupation and a support contact are needs-assessment data
 * (the assessment's areas of the same names), addiction treatment is health data, debt advice finances, and the
 * release and a return to custody are custody facts. A form dated before today is marked as entered afterwards.
 */
@Service
public class OutcomeManagement {

    static final Set<DataCategory> CATEGORIES = EnumSet.of(DataCategory.BASIC_AND_CUSTODY,
            DataCategory.NEEDS_ASSESSMENT, DataCategory.HEALTH_AND_SUBSTANCE_USE, DataCategory.FINANCES_AND_DEBT);

    /** A point still to come shows on the start page this many days before it is due. */
    public static final int SHOWN_DAYS_AHEAD = 14;

    private final OutcomeForms forms;
    private final AccessGate gate;
    private final AuditLog audit;
    private final Clock clock;

    OutcomeManagement(OutcomeForms forms, AccessGate gate, AuditLog audit, Clock clock) {
        this.forms = forms;
        this.gate = gate;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public ClientOutcomesView outcomes(ClientId client, Actor actor) {
        Map<DataCategory, AccessGate.Ground> grounds = gate.checkEach(actor, client, CATEGORIES, AccessGate.Action.READ,
                "outcomes");
        // Refused with the gate's own ground for the basic facts, so the page tells the true reason.
        AccessGate.Ground basic = grounds.get(DataCategory.BASIC_AND_CUSTODY);
        if (!basic.allows()) {
            throw new AccessRefusedException(basic);
        }
        Set<DataCategory> readable = EnumSet.noneOf(DataCategory.class);
        grounds.forEach((category, ground) -> {
            if (ground.allows()) {
                readable.add(category);
            }
        });
        boolean mayRecord = gate.may(actor, client, DataCategory.BASIC_AND_CUSTODY, AccessGate.Action.WRITE);
        Set<DataCategory> withheld = EnumSet.copyOf(CATEGORIES);
        withheld.removeAll(readable);
        OutcomeForms.Release release = forms.release(client.value()).orElse(null);
        if (release == null) {
            return new ClientOutcomesView(client.value(), null, null, List.of(), withheld, mayRecord);
        }
        Map<OutcomePoint, OutcomeForms.Form> recorded = forms.forms(client.value(), release.releasedOn()).stream()
                .collect(Collectors.toMap(OutcomeForms.Form::point, f -> f));
        LocalDate today = LocalDate.now(clock);
        List<ClientOutcomesView.Point> points = new ArrayList<>();
        for (OutcomePoint point : OutcomePoint.values()) {
            OutcomeForms.Form form = recorded.get(point);
            points.add(new ClientOutcomesView.Point(point, point.dueOn(release.releasedOn()),
                    OutcomeRules.status(point, release.releasedOn(), form != null, today),
                    form == null ? null : view(form, release.returnedOn(), readable)));
        }
        return new ClientOutcomesView(client.value(), release.releasedOn(), release.returnedOn(), points, withheld,
                mayRecord);
    }

    /** Records a form for the client's latest release; every broken rule is refused at its field. */
    @Transactional
    public UUID record(ClientId client, RecordOutcome form, Actor actor) {
        gate.requireChange(actor, client, "record outcome");
        OutcomeForms.Release release = forms.release(client.value()).orElse(null);
        LocalDate today = LocalDate.now(clock);
        Set<OutcomePoint> recorded = release == null ? Set.of() : forms.forms(client.value(), release.releasedOn())
                .stream().map(OutcomeForms.Form::point).collect(Collectors.toSet());
        InvalidInputException.throwIfAny(OutcomeRules.problems(form, release == null ? null : release.releasedOn(),
                recorded, today));
        UUID id = UUID.randomUUID();
        try {
            forms.insert(new OutcomeForms.Form(id, client.value(), release.releasedOn(), form.point(),
                    form.recordedOn(), form.settledAccommodation(), form.occupation(), form.addictionTreatment(),
                    form.debtAdvice(), form.supportContact(), form.recordedOn().isBefore(today)),
                    actor.userId().value(), clock.instant());
        } catch (DuplicateKeyException e) {
            // Someone recorded the same point at the same moment: the second is refused like any repeat.
            throw new InvalidInputException("point", "validation.outcome.twice");
        }
        audit.record(AuditEvent.change("OUTCOME_RECORDED", "client", client, form.point().name()));
        return id;
    }

    /** The forms due or overdue for a coordinator's own clients, or a manager's office's: points, not names. */
    @Transactional(readOnly = true)
    public List<DuePoint> due(Actor actor) {
        if (actor.role() != Role.COORDINATOR && actor.role() != Role.MANAGER) {
            return List.of();
        }
        if (actor.role() == Role.MANAGER && actor.unitId() == null) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate since = today.minusMonths(12).minusDays(OutcomePoint.GRACE_DAYS + 366L);
        List<OutcomeForms.Release> releases = actor.role() == Role.COORDINATOR
                ? forms.followedUp(actor.userId().value(), null, since)
                : forms.followedUp(null, actor.unitId().value(), since);
        return duePoints(releases, today);
    }

    /** The overdue points of the given clients (those asked for by whoever is responsible for them). */
    @Transactional(readOnly = true)
    public List<DuePoint> overdue(java.util.Collection<UUID> clients) {
        return duePoints(forms.followedUp(clients), LocalDate.now(clock)).stream().filter(DuePoint::overdue).toList();
    }

    private List<DuePoint> duePoints(List<OutcomeForms.Release> releases, LocalDate today) {
        Map<UUID, Set<OutcomePoint>> recorded = forms.formsOf(releases.stream().map(OutcomeForms.Release::clientId)
                .toList()).stream().collect(Collectors.groupingBy(OutcomeForms.Form::clientId,
                Collectors.mapping(OutcomeForms.Form::point, Collectors.toSet())));
        List<DuePoint> due = new ArrayList<>();
        for (OutcomeForms.Release r : releases) {
            for (OutcomePoint point : OutcomePoint.values()) {
                boolean back = r.returnedOn() != null && !r.returnedOn().isAfter(point.dueOn(r.releasedOn()));
                if (back || recorded.getOrDefault(r.clientId(), Set.of()).contains(point)
                        || today.isBefore(point.dueOn(r.releasedOn()).minusDays(SHOWN_DAYS_AHEAD))) {
                    continue;
                }
                due.add(new DuePoint(r.clientId(), r.coordinatorId(), point, point.dueOn(r.releasedOn()),
                        today.isAfter(point.overdueAfter(r.releasedOn()))));
            }
        }
        due.sort(java.util.Comparator.comparing(DuePoint::dueOn));
        return due;
    }

    /** A follow-up point without a form: whose, which, when due, and whether past its grace days. */
    public record DuePoint(UUID clientId, UUID coordinatorId, OutcomePoint point, LocalDate dueOn, boolean overdue) {
    }

    private static OutcomeFormView view(OutcomeForms.Form f, LocalDate returnedOn, Set<DataCategory> readable) {
        boolean needs = readable.contains(DataCategory.NEEDS_ASSESSMENT);
        return new OutcomeFormView(f.id(), f.point(), f.recordedOn(), needs ? f.settledAccommodation() : null,
                needs ? f.occupation() : null,
                readable.contains(DataCategory.HEALTH_AND_SUBSTANCE_USE) ? f.addictionTreatment() : null,
                readable.contains(DataCategory.FINANCES_AND_DEBT) ? f.debtAdvice() : null,
                needs ? f.supportContact() : null,
                returnedOn != null && !returnedOn.isAfter(f.recordedOn()), f.enteredAfterwards());
    }
}
