package org.throughcare.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A notice in its recipient's inbox, with what the gate let them read when it was made: the client (absent
 * from a notice to a former coordinator, who no longer reads the case), the dates it is about, and free text
 * (a reason) only for those who manage the case; {@code href}, where to act on it (the measure given, the
 * client), absent when the notice names no client.
 */
public record NoticeView(UUID id, NoticeKind kind, UUID clientId, String clientName, LocalDate previousDate,
                         LocalDate newDate, String detail, boolean needsAcknowledgement, Instant createdAt,
                         Instant readAt, Instant acknowledgedAt, String href) {

    public boolean read() {
        return readAt != null;
    }

    public boolean acknowledged() {
        return acknowledgedAt != null;
    }
}
