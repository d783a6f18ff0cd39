package org.throughcare.notification.webhook;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.throughcare.TestActors;
import org.throughcare.shared.Actor;

/**
 * Endpoints made by a test, pointing at its receivers, and switched off when it ends so that later tests' events
 * do not knock at receivers that are gone. "Time passes" by moving a delivery's next attempt to now: the hold of
 * the coalescing window and the back-off are the real ones, only not waited for.
 */
final class WebhookTestSupport {

    private final JdbcClient jdbc;
    private final WebhookAdministration webhooks;
    private final List<UUID> made = new ArrayList<>();

    WebhookTestSupport(JdbcClient jdbc, WebhookAdministration webhooks) {
        this.jdbc = jdbc;
        this.webhooks = webhooks;
    }

    Actor admin() {
        return TestActors.actor(jdbc, "admin");
    }

    UUID organisationOf(String username) {
        return TestActors.actor(jdbc, username).organisationId().value();
    }

    NewSecretView endpoint(String ofUser, WebhookReceiver receiver, String... types) {
        NewSecretView created = webhooks.create(new SaveWebhookEndpoint(organisationOf(ofUser), receiver.url(),
                "test receiver", List.of(types), null), admin());
        made.add(created.endpointId());
        return created;
    }

    void makeDue(UUID endpoint) {
        jdbc.sql("""
                        update webhook_delivery set next_attempt_at = current_timestamp - interval '1' second
                        where endpoint_id = :e and status = 'PENDING'""").param("e", endpoint).update();
    }

    List<String> statuses(UUID endpoint) {
        return jdbc.sql("select status from webhook_delivery where endpoint_id = :e order by created_at, id")
                .param("e", endpoint).query(String.class).list();
    }

    List<String> types(UUID endpoint) {
        return jdbc.sql("select event_type from webhook_delivery where endpoint_id = :e order by created_at, id")
                .param("e", endpoint).query(String.class).list();
    }

    /** Each attempt of the endpoint's one delivery: its status code or error. */
    List<String> attempts(UUID endpoint) {
        return jdbc.sql("""
                        select coalesce(cast(a.status_code as varchar), a.error) from webhook_attempt a
                        join webhook_delivery d on d.id = a.delivery_id where d.endpoint_id = :e order by a.attempt""")
                .param("e", endpoint).query(String.class).list();
    }

    static void awaitUntil(BooleanSupplier condition) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50)).until(condition::getAsBoolean);
    }

    /** Switches off what the test made, and settles what it left waiting. */
    void cleanUp() {
        for (UUID endpoint : made) {
            jdbc.sql("update webhook_endpoint set enabled = false where id = :e").param("e", endpoint).update();
            jdbc.sql("update webhook_delivery set status = 'FAILED' where endpoint_id = :e and status = 'PENDING'")
                    .param("e", endpoint).update();
        }
    }
}
