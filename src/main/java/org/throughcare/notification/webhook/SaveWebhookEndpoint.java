package org.throughcare.notification.webhook;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/**
 * An endpoint as the administrator enters it: whose (the organisation is fixed once made), where, what for, which
 * notice kinds (all when none are named); {@code version} is the one the edit read (a stale one is refused).
 */
public record SaveWebhookEndpoint(UUID organisationId, @NotBlank @Size(max = 2000) String url,
                                  @Size(max = 500) String description, List<String> eventTypes, Long version) {

    public static SaveWebhookEndpoint empty() {
        return new SaveWebhookEndpoint(null, "", "", List.of(), null);
    }
}
