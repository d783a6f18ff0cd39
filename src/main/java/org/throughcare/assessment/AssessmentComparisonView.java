package org.throughcare.assessment;

import org.throughcare.shared.NeedArea;

import java.util.List;
import org.throughcare.shared.DataCategory;

/** What changed between two versions, area by area, for the areas the reader may see. */
public record AssessmentComparisonView(AssessmentVersionView from, AssessmentVersionView to, List<Change> areas) {

    public enum Direction { WORSE, SAME, BETTER }

    public record Change(NeedArea area, DataCategory category, boolean visible, Rating fromRating, Rating toRating,
                         Direction direction, boolean clientViewChanged, boolean strengthsChanged,
                         boolean notesChanged) {

        public boolean changed() {
            return direction != Direction.SAME || clientViewChanged || strengthsChanged || notesChanged;
        }
    }

    public long changedAreas() {
        return areas.stream().filter(Change::changed).count();
    }
}
