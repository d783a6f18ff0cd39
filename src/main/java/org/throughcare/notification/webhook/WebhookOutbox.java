package org.throughcare.notification.webhook;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.throughcare.identity.IdentityManagement;
import org.throughcare.notification.NoticeKind;
import org.throughcare.shared.Actor;
import org.throughcare.shared.ClientId;
import org.throughcare.shared.OrganisationId;
import org.throughcare.shared.PublicAddress;

/**
 * Queues the webhook deliveries of an event that has just been told, in the same transaction as its notices: each
 * enabled endpoint that wants this kind, of each organisation with someone told about the client, gets one delivery,
 * held until the coalescing window has passed (a change folded into a later one or reversed is then withheld).
 * The body is thin — kind, ids, time and the API address where the receiver reads what its consent lets it — so
 * a webhook never carries more than the access gate would show.
 */
@Component
public class WebhookOutbox {

    private final WebhookStore endpoints;
    private final WebhookDeliveries deliveries;
    private final IdentityManagement identity;
    private final PublicAddress address;
    private final JdbcClient jdbc;
    private final Duration coalescingWindow;
    private final Clock clock;

    WebhookOutbox(WebhookStore endpoints, WebhookDeliveries deliveries, IdentityManagement identity,
                  PublicAddress address, JdbcClient jdbc,
                  @Value("${throughcare.notification.coalescing-window:5m}") Duration coalescingWindow, Clock clock) {
        this.endpoints = endpoints;
        this.deliveries = deliveries;
        this.identity = identity;
        this.address = address;
        this.jdbc = jdbc;
        this.coalescingWindow = coalescingWindow;
        this.clock = clock;
    }

    /** Called once the event's in-app notices are made; returns how many deliveries it queued. */
    public int queue(UUID eventId, NoticeKind kind, ClientId client, UUID subjectId, Instant at) {
        List<UUID> listening = endpoints.listening(organisationsTold(eventId), kind.name());
        String payload = payload(kind.name(), at, "\"eventId\":\"" + eventId + "\",\"clientId\":\"" + client.value()
                + "\",\"occurredAt\":\"" + at + "\",\"href\":" + quoted(address.link(readAt(kind, client, subjectId))));
        int queued = 0;
        for (UUID endpoint : listening) {
            queued += deliveries.queue(newId(), endpoint, eventId, kind.name(), payload, at.plus(coalescingWindow), at)
                    ? 1 : 0;
        }
        return queued;
    }

    /** A test delivery, sent at once: no client, no event of ours, only that the endpoint and its keys work. */
    String queueTest(UUID endpoint) {
        Instant now = clock.instant();
        UUID eventId = UUID.randomUUID();
        String id = newId();
        deliveries.queue(id, endpoint, eventId, WebhookDeliveries.TEST,
                payload(WebhookDeliveries.TEST, now, "\"eventId\":\"" + eventId + "\",\"test\":true"), now, now);
        return id;
    }

    /**
     * The organisations of those told with the client named (a former coordinator, told without the client,
     * does not make their organisation a receiver).
     */
    private Set<UUID> organisationsTold(UUID eventId) {
        Set<UUID> organisations = new LinkedHashSet<>();
        jdbc.sql("""
                        select recipient_id from notice
                        where event_id = :event and channel = 'IN_APP' and client_name is not null""")
                .param("event", eventId).query(UUID.class).list()
                .forEach(user -> identity.activeActor(user).map(Actor::organisationId).map(OrganisationId::value)
                        .ifPresent(organisations::add));
        return organisations;
    }

    /** Where a receiver reads the event's facts through the access gate, with its own credentials. */
    static String readAt(NoticeKind kind, ClientId client, UUID subject) {
        String base = "/api/v1/clients/" + client.value();
        return switch (kind) {
            case MEASURE_ASSIGNED, MEASURE_ACCEPTED, MEASURE_DECLINED ->
                    subject == null ? base + "/plan" : base + "/plan/measures/" + subject;
            case CONSENT_WITHDRAWN, CONSENT_EXPIRING -> base + "/consents";
            case COORDINATOR_HANDED_OVER -> base;
            case MEETING_BOOKED, MEETING_RESCHEDULED, MEETING_CANCELLED, MEETING_NO_LONGER_FITS ->
                    subject == null ? base + "/meetings" : base + "/meetings/" + subject;
            case REFERRAL_SENT, REFERRAL_ACCEPTED, REFERRAL_DECLINED, REFERRAL_WAITING, REFERRAL_STARTED,
                 REFERRAL_COMPLETED, REFERRAL_ENDED_EARLY, REFERRAL_CANCELLED ->
                    subject == null ? base + "/referrals" : "/api/v1/referrals/" + subject;
            default -> base + "/custody-events";
        };
    }

    /** The Standard Webhooks envelope: type, timestamp, data. */
    private static String payload(String type, Instant at, String data) {
        return "{\"type\":\"" + type + "\",\"timestamp\":\"" + at + "\",\"data\":{" + data + "}}";
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** The webhook-id, stable over retries: {@code msg_} and a random UUID. */
    private static String newId() {
        return "msg_" + UUID.randomUUID().toString().replace("-", "");
    }
}
