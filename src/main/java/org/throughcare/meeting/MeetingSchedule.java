package org.throughcare.meeting;

import java.time.LocalDate;
import java.util.List;

/**
 * A client's proposed schedule counted from the release date ({@code releaseOn}; null: no release date, no
 * proposal), each proposed meeting booked or not, and the case's flags (kinds of {@link MeetingRules.Flag}).
 */
public record MeetingSchedule(LocalDate releaseOn, List<MeetingRules.Slot> slots, List<String> flags) {
}
