package org.throughcare.plan;

import java.util.List;
import java.util.UUID;
import org.throughcare.shared.NeedArea;
import org.throughcare.assessment.Rating;

/**
 * A client's plan as the reader may see it, area by area: the latest rating, goals and measures. An area
 * outside what consent covers for the reader is listed with {@code visible} false and nothing in it.
 * {@code releaseDayDue}: release is near enough that the release-day arrangements should be in place.
 */
public record PlanView(UUID clientId, List<Area> areas, List<PlanFlag> flags,
                       List<ReleaseDayView> releaseDay, Integer daysToRelease, boolean releaseDayDue,
                       boolean mayEdit) {

    public record Area(NeedArea area, boolean visible, Rating rating, List<GoalView> goals,
                       List<MeasureView> measures) {
    }
}
