package org.throughcare.plan;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.throughcare.shared.NeedArea;
import org.throughcare.assessment.Rating;

/**
 * The no-owner rule as a pure function of the latest ratings and the measures:
 * <ul>
 * <li>an area rated some, significant or severe needs a measure in that area that its owner has accepted
 * and that is not finished (accepted or in progress); otherwise it is flagged NO_OWNER;</li>
 * <li>an open measure in custody needs an open measure in the same area after release (or at release)
 * to continue it; otherwise it is flagged NO_CONTINUATION.</li>
 * </ul>
 */
public final class OrphanNeeds {

    public record Measure(UUID id, NeedArea area, Phase phase, MeasureStatus status) {
    }

    private OrphanNeeds() {
    }

    public static List<PlanFlag> flags(Map<NeedArea, Rating> ratings, Collection<Measure> measures) {
        List<PlanFlag> flags = new ArrayList<>();
        for (NeedArea area : NeedArea.values()) {
            Rating rating = ratings.get(area);
            if (rating != null && rating.isNeed() && measures.stream()
                    .noneMatch(m -> m.area() == area && m.status().activeAndAccepted())) {
                flags.add(new PlanFlag(PlanFlag.Kind.NO_OWNER, area, rating, null));
            }
        }
        for (Measure m : measures) {
            if (m.phase() == Phase.IN_CUSTODY && m.status().open() && measures.stream()
                    .noneMatch(after -> after.area() == m.area() && after.phase() != Phase.IN_CUSTODY
                            && after.status().open())) {
                flags.add(new PlanFlag(PlanFlag.Kind.NO_CONTINUATION, m.area(), ratings.get(m.area()), m.id()));
            }
        }
        return flags;
    }
}
