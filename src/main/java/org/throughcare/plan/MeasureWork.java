package org.throughcare.plan;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.throughcare.audit.AuditEvent;
import org.throughcare.audit.AuditLog;
import org.throughcare.plan.internal.Measures;
import org.throughcare.plan.internal.PlanHistory;
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
 * The owning organisation's side of a measure, so that nobody has to phone the coordinator for an update:
 * accept or decline it, record progress and outcome, write follow-up notes. The gate must let the person
 * contribute (a current group member with consent for the plan and the area's category, or the case's
 * coordinator or office manager); answering is for the owning organisation's people only.
 */
@NamedInterface("api")
@Service
public class MeasureWork {

    /** A change to a measure the gate refused this reader (not in the group, or no consent for its area). */
    static final String REFUSED = "error.changeRefused.measure";
    /** An answer to a measure from someone outside the organisation asked to own it. */
    static final String NOT_THE_OWNER = "error.changeRefused.measureOwner";

    private final Measures measures;
    private final PlanHistory history;
    private final AccessGate gate;
    private final AuditLog audit;
    private final Clock clock;

    MeasureWork(Measures measures, PlanHistory history, AccessGate gate, AuditLog audit, Clock clock) {
        this.measures = measures;
        this.history = history;
        this.gate = gate;
        this.audit = audit;
        this.clock = clock;
    }

    /** {@code version}: the one the owner read, so that they accept what they saw (absent: whatever is current). */
    @Transactional
    public void accept(ClientId client, UUID measureId, Long version, Actor actor) {
        Measures.Row m = owned(client, measureId, actor, "accept measure");
        requireSeen(m, version);
        if (m.status() != MeasureStatus.PROPOSED) {
            throw new InvalidInputException("status", "validation.measure.notAwaitingAnswer");
        }
        Instant now = clock.instant();
        save(m.answered(MeasureStatus.ACCEPTED, null, actor.userId().value(), now));
        history.record(client, measureId, null, "MEASURE_ACCEPTED", List.of(), actor, now);
    }

    @Transactional
    public void decline(ClientId client, UUID measureId, DeclineMeasure decline, Actor actor) {
        Measures.Row m = owned(client, measureId, actor, "decline measure");
        requireSeen(m, decline.version());
        if (m.status() != MeasureStatus.PROPOSED) {
            throw new InvalidInputException("reason", "validation.measure.notAwaitingAnswer");
        }
        Instant now = clock.instant();
        save(m.answered(MeasureStatus.DECLINED, decline.reason().strip(), actor.userId().value(), now));
        history.record(client, measureId, null, "MEASURE_DECLINED",
                List.of(PlanFact.of("reason", decline.reason().strip())), actor, now);
    }

    /** Moves the measure on; a note goes with it as a follow-up note of today. */
    @Transactional
    public void report(ClientId client, UUID measureId, ReportProgress report, Actor actor) {
        Contributor who = contributor(client, measureId, actor, "report measure progress");
        Set<MeasureStatus> possible = nextStatuses(who.measure().status(), who.owner(), who.responsibleForCase());
        if (!possible.contains(report.status())) {
            throw new InvalidInputException("status", "validation.measure.statusNotPossible",
                    possible.isEmpty() ? "—" : possible.toString());
        }
        boolean explained = report.note() != null && !report.note().isBlank();
        if (!explained && (report.status() == MeasureStatus.NOT_ACHIEVED || report.status() == MeasureStatus.CANCELLED)) {
            throw new InvalidInputException("note", "validation.measure.noteRequired");
        }
        Instant now = clock.instant();
        save(who.measure().withStatus(report.status()));
        history.record(client, measureId, null, "MEASURE_STATUS",
                List.of(PlanFact.changed("status", who.measure().status(), report.status())), actor, now);
        if (explained) {
            note(measureId, LocalDate.now(clock), report.note().strip(), actor, now);
        }
    }

    @Transactional
    public void addNote(ClientId client, UUID measureId, RecordFollowUp note, Actor actor) {
        Contributor who = contributor(client, measureId, actor, "measure follow-up note");
        if (!who.owner() && !who.responsibleForCase()) {
            throw refusedByRule(client, who, actor, "measure follow-up note", REFUSED);
        }
        Instant now = clock.instant();
        note(measureId, note.writtenOn(), note.text().strip(), actor, now);
        history.record(client, measureId, null, "MEASURE_NOTE", List.of(PlanFact.of("writtenOn", note.writtenOn())),
                actor, now);
    }

    /**
     * Where a measure may go next: its owner and the case's coordinator move it on once accepted; only the
     * coordinator (or office manager) cancels.
     */
    static Set<MeasureStatus> nextStatuses(MeasureStatus status, boolean owner, boolean responsibleForCase) {
        Set<MeasureStatus> possible = EnumSet.noneOf(MeasureStatus.class);
        if (owner || responsibleForCase) {
            possible.addAll(status.progressTo());
        }
        if (responsibleForCase && !status.isFinal()) {
            possible.add(MeasureStatus.CANCELLED);
        }
        return possible;
    }

    private record Contributor(Measures.Row measure, boolean owner, boolean responsibleForCase, Ground ground) {
    }

    /** The measure, if the gate lets the actor contribute to work in its area; refused otherwise. */
    private Contributor contributor(ClientId client, UUID measureId, Actor actor, String purpose) {
        Measures.Row m = measures.findForClient(client.value(), measureId)
                .orElseThrow(() -> new NotFoundException("measure"));
        Map<DataCategory, Ground> grounds = gate.checkEach(actor, client, m.area().planCategories(), Action.CONTRIBUTE,
                purpose);
        for (Ground refused : grounds.values()) {
            if (!refused.allows()) {
                // A change refused: not the consent message of a refused read, though consent may be the reason.
                throw new AccessRefusedException(refused, REFUSED);
            }
        }
        Ground ground = grounds.get(DataCategory.PLAN_AND_MEASURES);
        boolean owner = actor.organisationId() != null && actor.organisationId().value().equals(m.ownerId());
        return new Contributor(m, owner, ground == Ground.CLIENT_COORDINATOR || ground == Ground.OFFICE_MANAGER, ground);
    }

    private Measures.Row owned(ClientId client, UUID measureId, Actor actor, String purpose) {
        Contributor who = contributor(client, measureId, actor, purpose);
        if (!who.owner()) {
            // Only the organisation that is to do the work can promise it.
            throw refusedByRule(client, who, actor, purpose, NOT_THE_OWNER);
        }
        return who.measure();
    }

    /**
     * The gate let the reader contribute, but the plan's own rule refuses this change: the refusal is audited
     * beside the gate's decision (kept though the transaction rolls back), and told for what it is.
     */
    private AccessRefusedException refusedByRule(ClientId client, Contributor who, Actor actor, String purpose,
                                                 String reasonKey) {
        audit.recordAccess(List.of(AuditEvent.access(actor, client, Action.CONTRIBUTE.name(), false,
                DataCategory.PLAN_AND_MEASURES.name(), who.ground().name(), purpose)));
        return new AccessRefusedException(who.ground(), reasonKey);
    }

    private static void requireSeen(Measures.Row m, Long version) {
        if (version != null && version != m.version()) {
            throw new StaleEditException("measure");
        }
    }

    private void save(Measures.Row changed) {
        if (!measures.update(changed)) {
            throw new StaleEditException("measure");
        }
    }

    private void note(UUID measureId, LocalDate on, String text, Actor actor, Instant now) {
        measures.addNote(UUID.randomUUID(), new Measures.Note(measureId, on, text, actor.userId().value(), now));
    }
}
