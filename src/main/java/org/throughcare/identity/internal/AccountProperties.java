package org.throughcare.identity.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Accounts the administrator manages.
 *
 * @param setupLinkValidity how long a one-time link to set a password works
 * @param mailFrom          the sender of the set-password mail (sent only when {@code spring.mail.host} is set)
 * @param bootstrapAdmin    on a start with no administrator at all, the username of the first one to create
 *                          ({@code THROUGHCARE_ACCOUNTS_BOOTSTRAPADMIN}, or {@code THROUGHCARE_BOOTSTRAP_ADMIN})
 */
@ConfigurationProperties("throughcare.accounts")
public record AccountProperties(Duration setupLinkValidity, String mailFrom, String bootstrapAdmin) {

    public AccountProperties {
        setupLinkValidity = setupLinkValidity == null ? Duration.ofHours(72) : setupLinkValidity;
        mailFrom = mailFrom == null || mailFrom.isBlank() ? "throughcare@localhost" : mailFrom.strip();
        bootstrapAdmin = bootstrapAdmin == null || bootstrapAdmin.isBlank() ? null : bootstrapAdmin.strip();
    }
}
