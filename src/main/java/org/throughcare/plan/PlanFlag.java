package org.throughcare.plan;

import java.util.UUID;
import org.throughcare.shared.NeedArea;
import org.throughcare.assessment.Rating;

/**
 * A backslide zone: a need without an owner (an area rated some, significant or severe without an accepted,
 * active measure), or a measure started in custody with nothing to continue it after release.
 */
public record PlanFlag(Kind kind, NeedArea area, Rating rating, UUID measureId) {

    public enum Kind { NO_OWNER, NO_CONTINUATION }
}
