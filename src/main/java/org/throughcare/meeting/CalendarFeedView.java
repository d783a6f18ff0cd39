package org.throughcare.meeting;

import java.time.Instant;

/**
 * A user's calendar subscription: whether they have one and since when; {@code address} only just after a token was
 * made (only its hash is kept, so it cannot be shown again).
 */
public record CalendarFeedView(boolean active, Instant createdAt, String address) {
}
