package org.throughcare.notification.webhook;

import java.util.UUID;

/** A signing secret just made, in full: the only time anyone sees it; the receiver keeps it to verify signatures. */
public record NewSecretView(UUID endpointId, UUID secretId, String secret) {
}
