package org.throughcare.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * For those who manage the case: what an event told whom. Per member of the group when it came, whether they
 * were told and have read and acknowledged it, or why they were not told; and the client's own notice, which
 * waits to be passed on until it is marked as told.
 */
public record EventStatus(UUID id, NoticeKind kind, UUID clientId, String clientName, LocalDate previousDate,
                          LocalDate newDate, Instant createdAt, List<Member> members, ClientNotice clientNotice) {

    /** {@code outcome}: NOTIFIED, NOT_COVERED (consent does not cover it), NO_ACCESS, NO_ACCOUNT or MADE_THE_CHANGE. */
    public record Member(UUID personId, String name, String organisationName, String outcome, Instant readAt,
                         Instant acknowledgedAt) {

        /** What the coordinator reads: notified, read, acknowledged, or why not notified. */
        public String state() {
            if (!"NOTIFIED".equals(outcome)) {
                return outcome;
            }
            return acknowledgedAt != null ? "ACKNOWLEDGED" : readAt != null ? "READ" : "NOTIFIED";
        }
    }

    public record ClientNotice(String language, String text, Instant toldAt) {
    }

    /** One line of a client's notices: the event, and how many of those told have acknowledged it. */
    public record Summary(UUID id, NoticeKind kind, LocalDate previousDate, LocalDate newDate, Instant createdAt,
                          long notified, long acknowledged, boolean clientToBeTold) {
    }
}
