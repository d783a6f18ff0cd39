package org.throughcare.meeting;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.modulith.NamedInterface;

/**
 * A meeting that took place before it was entered (an earlier system's or an evaluator's record): when and where,
 * who was invited, and what happened, saved together and marked as entered afterwards.
 */
@NamedInterface("api")
public record EnterMeetingAfterwards(@Valid @NotNull BookMeeting meeting, @NotNull Boolean clientAttended,
                                     List<HoldMeeting.@Valid @NotNull Entry> attendance,
                                     @Size(max = 8000) String minutes) {

    HoldMeeting record() {
        return new HoldMeeting(clientAttended, attendance, minutes, null, 0L);
    }
}
