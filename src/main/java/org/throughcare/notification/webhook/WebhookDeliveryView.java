package org.throughcare.notification.webhook;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One line of an endpoint's delivery log: what kind of event, its id, and how sending went — never the payload
 * nor which client. {@code status}: {@code PENDING} (held for the coalescing window or waiting for a retry),
 * {@code DELIVERED}, {@code FAILED} (given up, or the receiver said 410 Gone) or {@code WITHHELD} (folded into a
 * later change or reversed within the window: the later event carries it).
 */
public record WebhookDeliveryView(String id, UUID eventId, String eventType, String status, int attempts,
                                  Instant createdAt, Instant nextAttemptAt, Instant finishedAt, Integer lastStatus,
                                  String lastError, List<Attempt> log) {

    /** One try: when, and the receiver's status code or what went wrong (a timeout, a refused address). */
    public record Attempt(int attempt, Instant at, Integer statusCode, String error) {
    }
}
