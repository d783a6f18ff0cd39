package org.throughcare.plan;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.throughcare.directory.DirectoryManagement;
import org.throughcare.plan.internal.Measures;
import org.throughcare.plan.internal.PlanHistory;
import org.throughcare.plan.internal.ReleaseDayItems;
import org.throughcare.plan.internal.ReplanChecks;
import org.throughcare.shared.AccessGate;
import org.throughcare.shared.AccessGate.Action;
import org.throughcare.shared.AccessGate.Ground;
import org.throughcare.shared.AccessRefusedException;
import org.throughcare.shared.Actor;
import org.throughcare.shared.ClientId;
import org.throughcare.shared.DataCategory;
import org.throughcare.shared.InvalidInputException;
import org.throughcare.shared.NotFoundException;
import org.throughcare.shared.StaleEditException;

/**
 * Re-planning after a custody event (D8): what hung on the old release date, or named the old institution, is
 * marked to be checked, and stays marked until someone who may answer for it does. Each event is handled once,
 * by its key, so that a redelivery changes nothing twice.
 * <ul>
 * <li>A release date moved (a new conditional release date, or an early release replacing the date it was to
 * be): every release-day arrangement written down is to be checked against the new date; open measures at
 * release due on the old date are to be moved to the new date or kept. A date set for the first time, or
 * cleared by a return to custody, moved nothing that was planned for a date.</li>
 * <li>A transfer: an arrangement names the old institution when the institution owns it, or when its text
 * holds the institution's name as the directory spells it (letter case aside). Responsible persons are
 * people, never institutions, so their names are not compared.</li>
 * </ul>
 */
@Service
public class Replanning {

    private final ReplanChecks checks;
    private final ReleaseDayItems releaseDay;
    private final Measures measures;
    private final PlanHistory history;
    private final DirectoryManagement directory;
    private final AccessGate gate;
    private final Clock clock;

    Replanning(ReplanChecks checks, ReleaseDayItems releaseDay, Measures measures, PlanHistory history,
               DirectoryManagement directory, AccessGate gate, Clock clock) {
        this.checks = checks;
        this.releaseDay = releaseDay;
        this.measures = measures;
        this.history = history;
        this.directory = directory;
        this.gate = gate;
        this.clock = clock;
    }

    /** The release date the plan hung on moved from {@code from} to {@code to}; {@code eventKey} names the event. */
    @Transactional
    public void releaseDateMoved(String eventKey, ClientId client, LocalDate from, LocalDate to) {
        Instant now = clock.instant();
        if (from == null || to == null || from.equals(to) || !checks.firstTime(eventKey, client.value(), now)) {
            return;
        }
        releaseDay.ofClient(client.value()).values().stream().filter(Replanning::writtenDown)
                .forEach(row -> checks.dateMoved(client.value(), row.item(), from, to, now));
        checks.measuresFollow(client.value(), to, now);
        measures.ofClient(client.value()).stream()
                .filter(m -> m.phase() == Phase.AT_RELEASE && m.status().open() && from.equals(m.dueOn()))
                .forEach(m -> checks.measureDateMoved(client.value(), m.id(), from, to, now));
    }

    /** The client was moved from the institution {@code from}. */
    @Transactional
    public void transferred(String eventKey, ClientId client, UUID from) {
        Instant now = clock.instant();
        if (from == null || !checks.firstTime(eventKey, client.value(), now)) {
            return;
        }
        String name = directory.names(Set.of(from)).get(from);
        releaseDay.ofClient(client.value()).values().stream().filter(row -> names(row, from, name))
                .forEach(row -> checks.transferred(client.value(), row.item(), from, now));
    }

    static boolean names(ReleaseDayItems.Row row, UUID institution, String name) {
        if (institution.equals(row.ownerId())) {
            return true;
        }
        return name != null && !name.isBlank() && row.arrangement() != null
                && row.arrangement().toLowerCase(Locale.ROOT).contains(name.strip().toLowerCase(Locale.ROOT));
    }

    /**
     * What is left to check of the plan this reader has just been shown ({@code plan}, read through the gate):
     * only arrangements and measures that plan shows them.
     */
    @Transactional(readOnly = true)
    public ReplanView checks(ClientId client, PlanView plan, Actor actor) {
        Set<ReleaseDayItem> shownItems = plan.releaseDay().stream().filter(ReleaseDayView::visible)
                .map(ReleaseDayView::item).collect(Collectors.toCollection(() -> EnumSet.noneOf(ReleaseDayItem.class)));
        Map<ReleaseDayItem, ReleaseDayItems.Row> rows = releaseDay.ofClient(client.value());
        boolean coordinates = gate.may(actor, client, DataCategory.BASIC_AND_CUSTODY, Action.WRITE);
        List<ReplanView.Arrangement> arrangements = checks.arrangements(client.value()).stream()
                .filter(c -> shownItems.contains(c.item()))
                .map(c -> new ReplanView.Arrangement(c.item(), c.reason(), c.oldDate(), c.newDate(),
                        coordinates || owns(actor, client, rows.get(c.item()), false))).toList();
        Map<UUID, ReplanChecks.MeasureCheck> waiting = checks.measures(client.value());
        List<ReplanView.Measure> shownMeasures = new ArrayList<>();
        plan.areas().forEach(area -> area.measures().stream().filter(m -> waiting.containsKey(m.id()))
                .forEach(m -> shownMeasures.add(new ReplanView.Measure(m.id(), m.description(),
                        waiting.get(m.id()).oldDate(), waiting.get(m.id()).newDate(), m.version(),
                        plan.mayEdit() && !m.status().isFinal()))));
        return new ReplanView(arrangements, shownMeasures);
    }

    /**
     * The arrangement was checked against what changed: by its owner (a member of the organisation that owns it,
     * whom the gate lets contribute to the item's categories) or by those who coordinate the case. Confirming what
     * someone else confirmed a moment before changes nothing.
     */
    @Transactional
    public void confirm(ClientId client, ReleaseDayItem item, Actor actor) {
        ReleaseDayItems.Row row = releaseDay.ofClient(client.value()).get(item);
        String purpose = "confirm release day";
        if (gate.may(actor, client, DataCategory.BASIC_AND_CUSTODY, Action.WRITE) || row == null
                || !owns(actor, client, row, false)) {
            gate.requireChange(actor, client, purpose);
        } else {
            owns(actor, client, row, true);
        }
        if (row == null) {
            throw new NotFoundException("release-day arrangement");
        }
        List<ReplanChecks.ArrangementCheck> confirmed = checks.confirm(client.value(), item);
        if (confirmed.isEmpty()) {
            return;
        }
        List<PlanFact> facts = new ArrayList<>();
        confirmed.forEach(c -> {
            facts.add(PlanFact.of("checked", c.reason()));
            if (c.reason() == RecheckReason.DATE_MOVED) {
                facts.add(PlanFact.changed("releaseDate", c.oldDate(), c.newDate()));
            }
        });
        history.record(client, null, item.name(), "RELEASE_DAY_CONFIRMED", facts, actor, clock.instant());
    }

    /**
     * The measure due on the old release date is moved to the new one or keeps its date, as decided by those who
     * may edit the measure. A decision someone else made a moment before is not made twice.
     */
    @Transactional
    public void decide(ClientId client, UUID measureId, DateDecision decision, Actor actor) {
        gate.requireChange(actor, client, "change plan measure");
        Measures.Row m = measures.findForClient(client.value(), measureId)
                .orElseThrow(() -> new NotFoundException("measure"));
        var waiting = checks.lockMeasure(measureId);
        if (waiting.isEmpty()) {
            return;
        }
        if (decision.version() != null && decision.version() != m.version()) {
            throw new StaleEditException("measure");
        }
        ReplanChecks.MeasureCheck check = waiting.get();
        Instant now = clock.instant();
        if (decision.decision() == DateDecision.Choice.MOVE) {
            if (m.status().isFinal()) {
                throw new InvalidInputException("decision", "validation.measure.final");
            }
            if (m.startOn() != null && check.newDate().isBefore(m.startOn())) {
                throw new InvalidInputException("decision", "validation.measure.dueBeforeStart");
            }
            if (!measures.update(m.withDueOn(check.newDate()))) {
                throw new StaleEditException("measure");
            }
            history.record(client, measureId, null, "MEASURE_REDATED",
                    List.of(PlanFact.changed("due", m.dueOn(), check.newDate())), actor, now);
        } else {
            history.record(client, measureId, null, "MEASURE_DATE_KEPT",
                    List.of(PlanFact.of("due", m.dueOn()), PlanFact.changed("releaseDate", check.oldDate(),
                            check.newDate())), actor, now);
        }
        checks.measureDecided(measureId);
    }

    /**
     * Whether the actor is of the organisation that owns the arrangement and may contribute to its categories;
     * {@code decide}: asked through the gate (audited), refused with the reason, rather than only looked at.
     */
    private boolean owns(Actor actor, ClientId client, ReleaseDayItems.Row row, boolean decide) {
        if (row == null || row.ownerId() == null || actor.organisationId() == null
                || !row.ownerId().equals(actor.organisationId().value())) {
            return false;
        }
        if (!decide) {
            return row.item().categories().stream().allMatch(c -> gate.may(actor, client, c, Action.CONTRIBUTE));
        }
        Map<DataCategory, Ground> grounds = gate.checkEach(actor, client, row.item().categories(), Action.CONTRIBUTE,
                "confirm release day");
        for (Ground ground : grounds.values()) {
            if (!ground.allows()) {
                throw new AccessRefusedException(ground, MeasureWork.REFUSED);
            }
        }
        return true;
    }

    private static boolean writtenDown(ReleaseDayItems.Row row) {
        return row.arrangement() != null || row.ownerId() != null;
    }
}
