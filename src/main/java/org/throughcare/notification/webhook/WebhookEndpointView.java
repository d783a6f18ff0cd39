package org.throughcare.notification.webhook;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An organisation's webhook endpoint as its administrator sees it; the secrets only by fingerprint (a secret is
 * shown once, when it is made). {@code disabledBy}: {@code ADMINISTRATOR} (with their reason) or {@code RECEIVER}
 * (it answered 410 Gone).
 */
public record WebhookEndpointView(UUID id, UUID organisationId, String organisationName, String url, String description,
                                  List<String> eventTypes, boolean enabled, String disabledBy, String disabledReason,
                                  Instant disabledAt, List<Secret> secrets, long version, Instant createdAt) {

    /** A signing key by its fingerprint (the first characters of its SHA-256), never by its value. */
    public record Secret(UUID id, String fingerprint, Instant createdAt, Instant retiredAt) {

        public boolean active() {
            return retiredAt == null;
        }
    }

    public long activeSecrets() {
        return secrets.stream().filter(Secret::active).count();
    }
}
