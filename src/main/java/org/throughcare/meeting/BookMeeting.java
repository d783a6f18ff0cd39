package org.throughcare.meeting;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.springframework.modulith.NamedInterface;

/**
 * A meeting as the coordinator books it, or moves it ({@code version}: the one they saw; absent when booking).
 * Times are in the deployment's time zone. {@code placeId} names the premises for an institution (the client's
 * own when left out), a probation office (the client's office when left out) or another organisation.
 * {@code invitees} are people of the group as {@code user:<id>} or {@code contact:<id>}; {@code outsideContactId}
 * a directory contact from outside the group.
 */
@NamedInterface("api")
public record BookMeeting(@NotNull LocalDate startsOn, @NotNull LocalTime startsAt,
                          @NotNull @Min(1) @Max(480) Integer durationMinutes, @NotNull PlaceKind placeKind,
                          UUID placeId, @Size(max = 200) String room, @Size(max = 500) String videoLink,
                          @Size(max = 4000) String agenda, boolean clientInvited,
                          List<@NotNull @Size(max = 60) String> invitees, UUID outsideContactId, Long version) {

    public List<String> inviteeKeys() {
        return invitees == null ? List.of() : invitees;
    }
}
