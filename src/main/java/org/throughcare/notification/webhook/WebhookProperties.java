package org.throughcare.notification.webhook;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code throughcare.webhooks.*}: how deliveries are sent and retried.
 *
 * @param allowPrivateAddresses lets endpoints use http and private, loopback or link-local addresses (tests, local
 *                              receivers); never in production
 * @param pollInterval          how often each node looks for deliveries that are due
 * @param connectTimeout        how long a receiver may take to accept the connection
 * @param readTimeout           how long a receiver may take to answer; a hanging one is cut off and tried later
 * @param firstRetry            the wait after the first failure; each further failure doubles it
 * @param retryFor              how long after the event a delivery is retried before it is given up as failed
 * @param batch                 most deliveries one node claims at a time
 */
@ConfigurationProperties("throughcare.webhooks")
public record WebhookProperties(boolean allowPrivateAddresses, Duration pollInterval, Duration connectTimeout,
                                Duration readTimeout, Duration firstRetry, Duration retryFor, Integer batch) {

    public WebhookProperties {
        pollInterval = pollInterval == null ? Duration.ofSeconds(5) : pollInterval;
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(3) : connectTimeout;
        readTimeout = readTimeout == null ? Duration.ofSeconds(5) : readTimeout;
        firstRetry = firstRetry == null ? Duration.ofSeconds(30) : firstRetry;
        retryFor = retryFor == null ? Duration.ofDays(3) : retryFor;
        batch = batch == null || batch < 1 ? 20 : batch;
    }
}
