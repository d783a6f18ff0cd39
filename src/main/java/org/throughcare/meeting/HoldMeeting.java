package org.throughcare.meeting;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.modulith.NamedInterface;

/**
 * What happened at a meeting, as the coordinator records it once it has taken place, or corrects it later
 * ({@code correction}: why, required for a meeting already recorded as held). {@code attendance} names invitees as
 * {@code user:<id>} or {@code contact:<id>}; an absence needs a reason. {@code version}: the meeting's, as read.
 */
@NamedInterface("api")
public record HoldMeeting(@NotNull Boolean clientAttended, List<@Valid @NotNull Entry> attendance,
                          @Size(max = 8000) String minutes, @Size(max = 1000) String correction,
                          @NotNull Long version) {

    /** One invitee's attendance. */
    public record Entry(@NotBlank @Size(max = 60) String invitee, @NotNull Attendance attendance,
                        AbsenceReason absenceReason) {
    }

    public List<Entry> entries() {
        return attendance == null ? List.of() : attendance;
    }
}
