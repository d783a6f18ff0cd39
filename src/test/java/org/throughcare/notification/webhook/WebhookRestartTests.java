package org.throughcare.notification.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.throughcare.notification.webhook.WebhookTestSupport.awaitUntil;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.throughcare.IntegrationTest;
import org.throughcare.ThroughcareApplication;

/**
 * A restart: one node delivered a webhook, and died holding the claim of another; a new node on the same database
 * (a second application context, its scheduled sender running) sends what was left — the orphaned claim once its
 * lease ran out, and what was waiting — and nothing that was delivered before. Each webhook-id reaches the
 * receiver exactly once.
 */
@IntegrationTest
class WebhookRestartTests {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    WebhookAdministration webhooks;
    @Autowired
    WebhookSender sender;
    @Autowired
    WebhookDeliveries deliveries;
    @Autowired
    PlatformTransactionManager transactions;

    WebhookTestSupport support;

    @BeforeEach
    void setUp() {
        support = new WebhookTestSupport(jdbc, webhooks);
    }

    @AfterEach
    void tearDown() {
        support.cleanUp();
    }

    @Test
    void aNewNodeOnTheSameDatabaseSendsWhatWasLeftAndNothingTwice() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            UUID endpoint = support.endpoint("partner", receiver).endpointId();
            String delivered = webhooks.sendTest(endpoint, support.admin());
            awaitUntil(() -> {
                sender.sendDue();
                return receiver.received(delivered).size() == 1;
            });
            String orphaned = webhooks.sendTest(endpoint, support.admin());
            // The node takes it and dies before sending: its claim stays until the lease runs out.
            List<WebhookDeliveries.Claim> claimed = new TransactionTemplate(transactions).execute(status ->
                    deliveries.claim(Instant.now(), Instant.now().plusSeconds(2), 100));
            assertThat(claimed).extracting(WebhookDeliveries.Claim::id).contains(orphaned);
            String waiting = webhooks.sendTest(endpoint, support.admin());

            ConfigurableApplicationContext restarted = new SpringApplicationBuilder(ThroughcareApplication.class)
                    // Arguments, which outrank the build's system properties (there the tests' own sender is off).
                    .run("--server.port=0", "--spring.jmx.enabled=false", "--throughcare.webhooks.poll-interval=300ms");
            try {
                awaitUntil(() -> support.statuses(endpoint).stream().allMatch("DELIVERED"::equals));
            } finally {
                restarted.close();
            }
            assertThat(receiver.received(delivered)).as("delivered before the restart: not again").hasSize(1);
            assertThat(receiver.received(orphaned)).as("the dead node's claim, once").hasSize(1);
            assertThat(receiver.received(waiting)).hasSize(1);
            assertThat(receiver.received()).hasSize(3);
            assertThat(jdbc.sql("select attempts from webhook_delivery where id = :id").param("id", orphaned)
                    .query(Integer.class).single()).as("the lost attempt is counted").isEqualTo(2);
        }
    }
}
