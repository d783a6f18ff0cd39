package org.throughcare.meeting;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/** A meeting in a list: "my meetings" names the client only where the gate lets the reader see them. */
public record MeetingLineView(UUID id, UUID clientId, String clientName, LocalDate startsOn, LocalTime startsAt,
                              int durationMinutes, PlaceKind placeKind, String placeName, MeetingPhase phase,
                              MeetingStatus status) {
}
