package org.throughcare.group;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One membership, current or ended. {@code enteredAfterwards} / {@code endEnteredAfterwards}: its first / last day
 * was recorded later than that day (an earlier system's record, or catching up).
 */
public record MemberView(UUID id, String personName, UUID userId, UUID contactId, UUID organisationId,
                         String organisationName, GroupRole role, LocalDate from, LocalDate to, String addedBy,
                         String addReason, String endedBy, String endReason, boolean current,
                         boolean enteredAfterwards, boolean endEnteredAfterwards) {
}
