package org.throughcare.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * One change to a meeting, with the time and place it had before: BOOKED, RESCHEDULED, CANCELLED.
 * {@code reason} is free text (a cancellation's) shown only to readers of meeting minutes.
 */
public record MeetingChangeView(String kind, LocalDate oldStartsOn, LocalTime oldStartsAt, Integer oldDurationMinutes,
                                PlaceKind oldPlaceKind, String oldPlaceName, String oldRoom, String reason,
                                String changedBy, Instant changedAt) {
}
