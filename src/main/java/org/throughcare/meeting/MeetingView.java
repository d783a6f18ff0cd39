package org.throughcare.meeting;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/**
 * A meeting as its reader may see it. {@code agenda} and {@code cancelReason} are absent unless the reader may read
 * meeting minutes ({@code minutesReadable}). {@code warnings} are message keys (the place is an institution where
 * the client is not held). {@code mayChange}: the reader manages the case, so pages offer moving and cancelling.
 */
public record MeetingView(UUID id, UUID clientId, long version, LocalDate startsOn, LocalTime startsAt,
                          int durationMinutes, PlaceKind placeKind, UUID placeId, String placeName, String room,
                          String videoLink, MeetingPhase phase, MeetingStatus status, boolean clientInvited,
                          List<InviteeView> invitees, String agenda, String cancelReason, boolean enteredAfterwards,
                          boolean minutesReadable, List<String> warnings, List<MeetingChangeView> history,
                          boolean mayChange) {

    public LocalTime endsAt() {
        return startsAt.plusMinutes(durationMinutes);
    }
}
