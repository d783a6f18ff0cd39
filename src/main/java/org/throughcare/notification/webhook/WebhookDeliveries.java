package org.throughcare.notification.webhook;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The delivery and attempt tables. A delivery is queued with {@code on conflict do nothing} on its unique
 * (endpoint, event), so an event told again queues nothing; and claimed with {@code for update skip locked}, so two
 * nodes never take the same one.
 */
@Repository
class WebhookDeliveries {

    static final String PENDING = "PENDING";
    static final String DELIVERED = "DELIVERED";
    static final String FAILED = "FAILED";
    static final String WITHHELD = "WITHHELD";
    static final String TEST = "TEST";

    /** A delivery one node has taken for one attempt: the attempt's number guards the result against a late twin. */
    record Claim(String id, UUID endpointId, UUID eventId, String eventType, String payload, int attempt,
                 Instant createdAt) {
    }

    private final JdbcClient jdbc;

    WebhookDeliveries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether it was queued: false when this endpoint has a delivery of this event already. */
    boolean queue(String id, UUID endpoint, UUID event, String type, String payload, Instant due, Instant at) {
        return jdbc.sql("""
                        insert into webhook_delivery (id, endpoint_id, event_id, event_type, payload, status, attempts,
                          next_attempt_at, created_at)
                        values (:id, :endpoint, :event, :type, :payload, 'PENDING', 0, :due, :at)
                        on conflict do nothing""")
                .param("id", id).param("endpoint", endpoint).param("event", event).param("type", type)
                .param("payload", payload).param("due", Timestamp.from(due)).param("at", Timestamp.from(at))
                .update() == 1;
    }

    /**
     * Takes up to {@code limit} due deliveries of enabled endpoints (a test event also of a disabled one) and pushes
     * their next attempt past {@code leaseUntil}: if this node dies while sending, another tries again after that.
     * Call in a transaction; the rows another node is taking are skipped, not waited for.
     */
    List<Claim> claim(Instant now, Instant leaseUntil, int limit) {
        List<Claim> due = jdbc.sql("""
                        select id, endpoint_id, event_id, event_type, payload, attempts, created_at from webhook_delivery
                        where status = 'PENDING' and next_attempt_at <= :now
                          and (event_type = 'TEST' or endpoint_id in (select id from webhook_endpoint where enabled))
                        order by next_attempt_at limit :limit for update skip locked""")
                .param("now", Timestamp.from(now)).param("limit", limit)
                .query((rs, n) -> new Claim(rs.getString(1), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
                        rs.getString(4), rs.getString(5), rs.getInt(6) + 1, WebhookStore.instant(rs, 7))).list();
        for (Claim c : due) {
            jdbc.sql("update webhook_delivery set attempts = :attempt, next_attempt_at = :lease where id = :id")
                    .param("attempt", c.attempt()).param("lease", Timestamp.from(leaseUntil)).param("id", c.id())
                    .update();
        }
        return due;
    }

    /**
     * Keeps what one attempt came to: in the log, and on the delivery as its new status (and, for a retry, when
     * next). Returns false, changing nothing, when the attempt is no longer the delivery's latest (its lease ran
     * out and another node took it).
     */
    boolean record(Claim claim, Instant at, Integer statusCode, String error, String status, Instant next) {
        int updated = jdbc.sql("""
                        update webhook_delivery set status = :status, next_attempt_at = :next, last_status = :code,
                          last_error = :error, finished_at = :finished
                        where id = :id and attempts = :attempt and status = 'PENDING'""")
                .param("status", status).param("next", Timestamp.from(next == null ? at : next)).param("code", statusCode)
                .param("error", error).param("finished", PENDING.equals(status) ? null : Timestamp.from(at))
                .param("id", claim.id()).param("attempt", claim.attempt()).update();
        if (updated == 1 && (statusCode != null || error != null)) {
            jdbc.sql("""
                            insert into webhook_attempt (delivery_id, attempt, attempted_at, status_code, error)
                            values (:id, :attempt, :at, :code, :error)""")
                    .param("id", claim.id()).param("attempt", claim.attempt()).param("at", Timestamp.from(at))
                    .param("code", statusCode).param("error", error).update();
        }
        return updated == 1;
    }

    long count(UUID endpoint) {
        return jdbc.sql("select count(*) from webhook_delivery where endpoint_id = :endpoint").param("endpoint", endpoint)
                .query(Long.class).single();
    }

    /** An endpoint's deliveries, newest first, each with its attempts. */
    List<WebhookDeliveryView> ofEndpoint(UUID endpoint, long offset, int limit) {
        List<WebhookDeliveryView> deliveries = jdbc.sql("""
                        select id, event_id, event_type, status, attempts, created_at, next_attempt_at, finished_at,
                          last_status, last_error from webhook_delivery where endpoint_id = :endpoint
                        order by created_at desc, id limit :limit offset :offset""")
                .param("endpoint", endpoint).param("limit", limit).param("offset", offset)
                .query((rs, n) -> view(rs, List.of())).list();
        if (deliveries.isEmpty()) {
            return deliveries;
        }
        Map<String, List<WebhookDeliveryView.Attempt>> attempts = jdbc.sql("""
                        select delivery_id, attempt, attempted_at, status_code, error from webhook_attempt
                        where delivery_id in (:ids) order by attempt""")
                .param("ids", deliveries.stream().map(WebhookDeliveryView::id).toList())
                .query((rs, n) -> Map.entry(rs.getString(1), new WebhookDeliveryView.Attempt(rs.getInt(2),
                        WebhookStore.instant(rs, 3), (Integer) rs.getObject(4), rs.getString(5)))).stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        List<WebhookDeliveryView> withLog = new ArrayList<>();
        for (WebhookDeliveryView d : deliveries) {
            withLog.add(new WebhookDeliveryView(d.id(), d.eventId(), d.eventType(), d.status(), d.attempts(),
                    d.createdAt(), d.nextAttemptAt(), d.finishedAt(), d.lastStatus(), d.lastError(),
                    attempts.getOrDefault(d.id(), List.of())));
        }
        return withLog;
    }

    private static WebhookDeliveryView view(ResultSet rs, List<WebhookDeliveryView.Attempt> log) throws SQLException {
        String status = rs.getString("status");
        return new WebhookDeliveryView(rs.getString("id"), rs.getObject("event_id", UUID.class),
                rs.getString("event_type"), status, rs.getInt("attempts"), WebhookStore.instant(rs, 6),
                PENDING.equals(status) ? WebhookStore.instant(rs, 7) : null, WebhookStore.instant(rs, 8),
                (Integer) rs.getObject("last_status"), rs.getString("last_error"), log);
    }
}
