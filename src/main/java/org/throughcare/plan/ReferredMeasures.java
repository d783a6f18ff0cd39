package org.throughcare.plan;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.throughcare.plan.internal.Measures;
import org.throughcare.plan.internal.PlanHistory;
import org.throughcare.shared.ClientId;
import org.throughcare.shared.NeedArea;

/**
 * What the referral module asks of the plan: the area of a measure a referral realises, whether an organisation
 * has work in an area (a member refers for their own area), and the measure's status following the referral's
 * (accepted → accepted by owner, started → in progress, completed → done or not achieved). Unguarded: the
 * referral module has passed the gate for the change that asks.
 */
@NamedInterface("api")
@Service
public class ReferredMeasures {

    /** How often a step is read and decided again when another step moved the measure first. */
    private static final int MAX_ATTEMPTS = 5;

    private final Measures measures;
    private final PlanHistory history;

    ReferredMeasures(Measures measures, PlanHistory history) {
        this.measures = measures;
        this.history = history;
    }

    /** The measure's area, if it is this client's and still open. */
    @Transactional(readOnly = true)
    public Optional<NeedArea> openMeasureArea(ClientId client, UUID measureId) {
        return measures.findForClient(client.value(), measureId).filter(m -> m.status().open()).map(Measures.Row::area);
    }

    /** Whether the organisation owns a measure of this client in the area that is not cancelled or declined. */
    @Transactional(readOnly = true)
    public boolean hasWorkIn(ClientId client, UUID organisationId, NeedArea area) {
        return measures.ofClient(client.value()).stream().anyMatch(m -> m.area() == area
                && organisationId.equals(m.ownerId()) && m.status() != MeasureStatus.CANCELLED
                && m.status() != MeasureStatus.DECLINED);
    }

    /**
     * Moves the measure to {@code to} when that is a step forward from where it stands (a measure already done,
     * or cancelled, stays as it is); the plan's history records the referral as the cause.
     *
     * @return whether the measure moved
     */
    @Transactional
    public boolean follow(ClientId client, UUID measureId, MeasureStatus to, UUID referralId, UUID by, Instant at) {
        // A referral's quick steps (accepted, started, ended) reach here as separate events, handled at the same
        // time: when another step moved the measure first, its version no longer matches. Read it again and
        // decide again rather than drop this step; the forward rule keeps a late, older step from undoing a newer.
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            Optional<Measures.Row> found = measures.findForClient(client.value(), measureId);
            if (found.isEmpty() || !forward(found.get().status(), to)) {
                return false;
            }
            Measures.Row m = found.get();
            Measures.Row moved = m.status() == MeasureStatus.PROPOSED ? m.answered(to, null, by, at) : m.withStatus(to);
            if (measures.update(moved)) {
                history.record(client, measureId, null, "MEASURE_STATUS",
                        List.of(PlanFact.changed("status", m.status(), to), PlanFact.of("referral", referralId)), by, at);
                return true;
            }
        }
        // Thrown, the event's publication stays incomplete and is tried again later: the step is not lost.
        throw new IllegalStateException("measure " + measureId + " kept changing while following a referral");
    }

    static boolean forward(MeasureStatus from, MeasureStatus to) {
        return switch (to) {
            case ACCEPTED -> from == MeasureStatus.PROPOSED || from == MeasureStatus.DECLINED;
            case IN_PROGRESS -> from == MeasureStatus.PROPOSED || from == MeasureStatus.ACCEPTED
                    || from == MeasureStatus.DECLINED;
            case DONE, NOT_ACHIEVED -> from.open() || from == MeasureStatus.DECLINED;
            default -> false;
        };
    }
}
