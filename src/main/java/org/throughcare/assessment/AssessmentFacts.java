package org.throughcare.assessment;

import org.throughcare.shared.NeedArea;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.throughcare.assessment.internal.Assessments;

/**
 * The latest ratings, without the gate, for the plan's no-owner rule. Callers show only what the gate lets
 * the reader see (an area's rating is read under its category), as the plan does.
 */
@NamedInterface("api")
@Component
public class AssessmentFacts {

    private final Assessments assessments;

    AssessmentFacts(Assessments assessments) {
        this.assessments = assessments;
    }

    @Transactional(readOnly = true)
    public Map<UUID, Map<NeedArea, Rating>> latestRatings(Collection<UUID> clients) {
        return assessments.latestRatings(clients);
    }
}
