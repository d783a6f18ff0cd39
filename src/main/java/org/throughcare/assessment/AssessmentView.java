package org.throughcare.assessment;

import org.throughcare.shared.NeedArea;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.throughcare.shared.DataCategory;

/**
 * One version of a client's assessment as the reader may see it: an area outside what consent covers for
 * them keeps its name and category but shows nothing ({@code visible} false).
 */
public record AssessmentView(int version, LocalDate assessedOn, String recordedBy, Instant recordedAt,
                             boolean latest, List<Area> areas) {

    public record Area(NeedArea area, DataCategory category, boolean visible, Rating rating, String clientView,
                       String strengths, String notes) {
    }
}
