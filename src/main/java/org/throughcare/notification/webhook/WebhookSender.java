package org.throughcare.notification.webhook;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.throughcare.notification.webhook.WebhookDeliveries.Claim;

/**
 * Sends the deliveries that are due, on every node, off the request path: each round claims a batch in a short
 * transaction ({@code for update skip locked}, so two nodes never take the same delivery), sends them all at once
 * with short timeouts (a receiver that hangs is cut off and tried later), and keeps each result in a short
 * transaction of its own. A 2xx is delivered; {@code 410 Gone} disables the endpoint; anything else is retried
 * with a doubling wait until {@code retry-for} after the event, then given up. A node that dies mid-way leaves its
 * claim to run out: the delivery is sent again with the same {@code webhook-id}, which the receiver drops as a repeat.
 */
@Component
public class WebhookSender {

    /** What went wrong, as the delivery log names it (each has words in the message files). */
    enum Error { TIMEOUT, CONNECTION_FAILED, ADDRESS_REFUSED, NO_SECRET, ENDPOINT_GONE }

    private static final Logger LOG = LoggerFactory.getLogger(WebhookSender.class);
    private static final Duration LONGEST_WAIT = Duration.ofHours(12);

    private final WebhookDeliveries deliveries;
    private final WebhookStore endpoints;
    private final AddressGuard guard;
    private final WebhookProperties properties;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final HttpClient http;

    WebhookSender(WebhookDeliveries deliveries, WebhookStore endpoints, AddressGuard guard,
                  WebhookProperties properties, PlatformTransactionManager transactions, Clock clock) {
        this.deliveries = deliveries;
        this.endpoints = endpoints;
        this.guard = guard;
        this.properties = properties;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        // A redirect is not followed: it could lead to an address the guard would refuse.
        this.http = HttpClient.newBuilder().connectTimeout(properties.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Scheduled(initialDelayString = "${throughcare.webhooks.poll-interval:5s}",
            fixedDelayString = "${throughcare.webhooks.poll-interval:5s}")
    void sendDueDeliveries() {
        try {
            // A full batch may leave more due: go on until a round claims less, or a burst of events would leave at
            // one batch per poll interval (20 per 5 s) and wait longer the longer the queue.
            while (sendDue() == properties.batch()) {
                LOG.debug("A full batch of webhooks was due; sending the next");
            }
        } catch (RuntimeException e) {
            // The next round tries again; a database that is down now must not stop the schedule.
            LOG.warn("Sending webhook deliveries failed this round: {}", e.toString());
        }
    }

    /** One round: claims what is due, sends it, keeps the results. Returns how many were claimed. */
    public int sendDue() {
        Instant now = clock.instant();
        Duration lease = properties.connectTimeout().plus(properties.readTimeout()).plusSeconds(30);
        List<Claim> claims = transaction.execute(status -> deliveries.claim(now, now.plus(lease), properties.batch()));
        List<CompletableFuture<Void>> sending = new ArrayList<>();
        for (Claim claim : claims) {
            sending.add(send(claim));
        }
        CompletableFuture.allOf(sending.toArray(CompletableFuture[]::new)).join();
        return claims.size();
    }

    private CompletableFuture<Void> send(Claim claim) {
        if (!WebhookDeliveries.TEST.equals(claim.eventType()) && deliveries.toldOtherwise(claim)) {
            // Reversed within the window, or folded into a later change this endpoint is also sent.
            keep(claim, null, null, WebhookDeliveries.WITHHELD, null);
            return CompletableFuture.completedFuture(null);
        }
        Optional<WebhookStore.Endpoint> endpoint = endpoints.endpoint(claim.endpointId());
        List<String> secrets = endpoints.activeSecrets(claim.endpointId());
        if (endpoint.isEmpty() || secrets.isEmpty()) {
            failed(claim, null, Error.NO_SECRET);
            return CompletableFuture.completedFuture(null);
        }
        if (guard.check(endpoint.get().url()).isPresent()) {
            failed(claim, null, Error.ADDRESS_REFUSED);
            return CompletableFuture.completedFuture(null);
        }
        long timestamp = clock.instant().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint.get().url()))
                .timeout(properties.readTimeout())
                .header("Content-Type", "application/json")
                .header("webhook-id", claim.id())
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", WebhookSignature.header(secrets, claim.id(), timestamp, claim.payload()))
                .POST(HttpRequest.BodyPublishers.ofString(claim.payload())).build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                .handle((response, problem) -> {
                    answered(claim, response, problem);
                    return null;
                });
    }

    private void answered(Claim claim, HttpResponse<Void> response, Throwable problem) {
        try {
            if (problem != null) {
                Throwable cause = problem instanceof CompletionException && problem.getCause() != null
                        ? problem.getCause() : problem;
                failed(claim, null, cause instanceof HttpTimeoutException ? Error.TIMEOUT : Error.CONNECTION_FAILED);
                LOG.debug("Webhook {} attempt {} failed: {}", claim.id(), claim.attempt(), cause.toString());
            } else if (response.statusCode() / 100 == 2) {
                keep(claim, response.statusCode(), null, WebhookDeliveries.DELIVERED, null);
            } else if (response.statusCode() == 410) {
                transaction.executeWithoutResult(status -> {
                    if (deliveries.record(claim, clock.instant(), 410, Error.ENDPOINT_GONE.name(),
                            WebhookDeliveries.FAILED, null)) {
                        endpoints.disable(claim.endpointId(), "RECEIVER", null, clock.instant());
                    }
                });
                LOG.warn("Webhook endpoint {} answered 410 Gone and is disabled", claim.endpointId());
            } else {
                failed(claim, response.statusCode(), null);
            }
        } catch (RuntimeException e) {
            // The claim runs out and another round tries again.
            LOG.warn("Keeping the result of webhook {} failed: {}", claim.id(), e.toString());
        }
    }

    /** A failed attempt: tried again after a doubling wait, or given up once the next try would be too late. */
    private void failed(Claim claim, Integer statusCode, Error error) {
        Instant now = clock.instant();
        Duration wait = properties.firstRetry().multipliedBy(1L << Math.min(claim.attempt() - 1, 20));
        Instant next = now.plus(wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait);
        boolean givenUp = next.isAfter(claim.createdAt().plus(properties.retryFor()));
        keep(claim, statusCode, error == null ? null : error.name(),
                givenUp ? WebhookDeliveries.FAILED : WebhookDeliveries.PENDING, givenUp ? null : next);
        if (givenUp) {
            LOG.warn("Webhook {} given up after {} attempts", claim.id(), claim.attempt());
        }
    }

    private void keep(Claim claim, Integer statusCode, String error, String status, Instant next) {
        transaction.executeWithoutResult(s -> deliveries.record(claim, clock.instant(), statusCode, error, status, next));
    }
}
