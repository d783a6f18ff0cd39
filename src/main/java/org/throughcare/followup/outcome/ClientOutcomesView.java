package org.throughcare.followup.outcome;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.throughcare.shared.DataCategory;

/**
 * A client's follow-up since the latest release: each point with its due date and its form, if recorded.
 * {@code releasedOn} is null for a client never released (then there are no points). {@code withheld}: the
 * categories whose answers the reader may not read. {@code mayRecord}: the reader manages the case.
 */
public record ClientOutcomesView(UUID clientId, LocalDate releasedOn, LocalDate returnedOn, List<Point> points,
                                 Set<DataCategory> withheld, boolean mayRecord) {

    public enum Status { COMING, DUE, OVERDUE, RECORDED }

    public record Point(OutcomePoint point, LocalDate dueOn, Status status, OutcomeFormView form) {
    }

    /** The points still without a form: those a new form may answer. */
    public List<OutcomePoint> open() {
        return points.stream().filter(p -> p.form() == null).map(Point::point).toList();
    }
}
