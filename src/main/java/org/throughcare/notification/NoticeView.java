package org.throughcare.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A notice in its recipient's inbox, with what the gate let them read when it was made: the client (absent
 * from a notice to a former coordinator, who no longer reads the case), the dates it is about, and free text
 * (a reason) only for those who manage the case; {@code href}, where to act on it (the measure given, the
 * client), absent when the notice names no client.
 *
 * <p>A custody change made soon after another of the same client's is the newest of a chain: {@code history}
 * holds the earlier changes of the chain, oldest first (the inbox shows the newest only); {@code reversed}, that
 * the chain ended where it began (a date moved and moved back), so nothing is to be acknowledged.
 *
 * <p>{@code withheld}: the reader may no longer read what the notice is about (their consent was withdrawn, they
 * left the group, the client moved from their institution): it keeps its kind and times and shows nothing else.
 */
public record NoticeView(UUID id, NoticeKind kind, UUID clientId, String clientName, LocalDate previousDate,
                         LocalDate newDate, String detail, boolean needsAcknowledgement, Instant createdAt,
                         Instant readAt, Instant acknowledgedAt, String href, List<Step> history, boolean reversed,
                         boolean withheld) {

    /** An earlier change of a chain. */
    public record Step(NoticeKind kind, LocalDate previousDate, LocalDate newDate, Instant at) {
    }

    public boolean read() {
        return readAt != null;
    }

    public boolean acknowledged() {
        return acknowledgedAt != null;
    }

    public NoticeView withHistory(List<Step> steps) {
        return new NoticeView(id, kind, clientId, clientName, previousDate, newDate, detail, needsAcknowledgement,
                createdAt, readAt, acknowledgedAt, href, List.copyOf(steps), reversed, withheld);
    }

    /** The notice without what it says of the client: for a reader the gate no longer lets read it. */
    public NoticeView withheldNow() {
        return new NoticeView(id, kind, null, null, null, null, null, needsAcknowledgement, createdAt, readAt,
                acknowledgedAt, null, List.of(), reversed, true);
    }
}
