package org.throughcare.followup.radar;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.throughcare.shared.ResultPage;

/**
 * The backslide-zone radar of an office: one page of its open gaps (filtered by kind, sorted), how many of each
 * kind are open now, every kind the modules raise, and the daily counts of each kind over the last weeks.
 */
public record RadarView(UUID officeId, String officeName, String kind, RadarSort sort, boolean descending,
                        ResultPage<RadarGapView> gaps, Map<String, Long> openByKind, List<String> kinds,
                        List<TrendDay> trend) {

    public enum RadarSort { AGE, KIND }

    /** The open gaps of each kind counted by the daily snapshot on one day (a kind missing: none open). */
    public record TrendDay(LocalDate day, Map<String, Integer> openByKind) {

        public int count(String kind) {
            return openByKind.getOrDefault(kind, 0);
        }
    }
}
