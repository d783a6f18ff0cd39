package org.throughcare.followup.outcome;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.throughcare.shared.InvalidInputException.Problem;

/** The rules of outcome forms, apart from the database so that each can be tested on its own. */
public final class OutcomeRules {

    private OutcomeRules() {
    }

    /** Where a point stands on {@code today}: recorded, still to come, due (within the grace days) or overdue. */
    public static ClientOutcomesView.Status status(OutcomePoint point, LocalDate releasedOn, boolean recorded,
                                                   LocalDate today) {
        if (recorded) {
            return ClientOutcomesView.Status.RECORDED;
        }
        if (today.isBefore(point.dueOn(releasedOn))) {
            return ClientOutcomesView.Status.COMING;
        }
        return today.isAfter(point.overdueAfter(releasedOn)) ? ClientOutcomesView.Status.OVERDUE
                : ClientOutcomesView.Status.DUE;
    }

    /**
     * Every broken rule of a form at once, each at its field: the client must have been released, the day may
     * be neither before the release (nor, for a later point, more than the grace days before it) nor in the
     * future, and a point is answered once per release.
     */
    public static List<Problem> problems(RecordOutcome form, LocalDate releasedOn,
                                         Collection<OutcomePoint> recorded, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        if (releasedOn == null) {
            problems.add(new Problem("point", "validation.outcome.notReleased"));
            return problems;
        }
        if (form.recordedOn().isBefore(releasedOn)) {
            problems.add(new Problem("recordedOn", "validation.outcome.beforeRelease", releasedOn));
        } else if (form.recordedOn().isBefore(form.point().earliestOn(releasedOn))) {
            problems.add(new Problem("recordedOn", "validation.outcome.tooEarly", form.point().earliestOn(releasedOn)));
        }
        if (form.recordedOn().isAfter(today)) {
            problems.add(new Problem("recordedOn", "validation.outcome.future"));
        }
        if (recorded.contains(form.point())) {
            problems.add(new Problem("point", "validation.outcome.twice"));
        }
        return problems;
    }
}
