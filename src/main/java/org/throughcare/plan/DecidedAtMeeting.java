package org.throughcare.plan;

import java.time.LocalDate;
import java.util.UUID;
import org.springframework.modulith.NamedInterface;

/**
 * The collaboration meeting whose decision created or last changed a measure, and the day it was held; the plan keeps
 * both so that it can show and link the meeting without asking the meeting module.
 */
@NamedInterface("api")
public record DecidedAtMeeting(UUID meetingId, LocalDate heldOn) {
}
