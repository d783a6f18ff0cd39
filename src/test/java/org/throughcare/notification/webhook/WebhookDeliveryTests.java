package org.throughcare.notification.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.throughcare.notification.webhook.WebhookTestSupport.awaitUntil;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.throughcare.IntegrationTest;
import org.throughcare.Together;
import org.throughcare.client.ClientManagement;
import org.throughcare.client.ClientTransferred;
import org.throughcare.client.CustodyEventKind;
import org.throughcare.client.CustodyEvents;
import org.throughcare.client.RecordCustodyEvent;
import org.throughcare.group.ConsentManagement;
import org.throughcare.group.GroupManagement;
import org.throughcare.group.WithdrawConsent;
import org.throughcare.notification.NoticeFixtures;
import org.throughcare.notification.internal.Notices;
import org.throughcare.plan.PlanFixtures;
import org.throughcare.shared.ClientId;
import org.throughcare.shared.DataCategory;
import org.throughcare.shared.InvalidInputException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Webhooks sent to real receivers (the JDK's HttpServer on ephemeral ports) and checked with the test's own HMAC:
 * an event told to an organisation reaches each of its endpoints once, signed, thin; failures are retried until
 * delivered once; 410 switches the endpoint off; a hanging receiver is cut off and tried again; two workers send
 * each delivery once; a withheld (coalesced) event is not sent; a key rotation signs with both keys.
 */
@IntegrationTest
class WebhookDeliveryTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    JdbcClient jdbc;
    @Autowired
    ClientManagement clients;
    @Autowired
    GroupManagement groups;
    @Autowired
    ConsentManagement consents;
    @Autowired
    CustodyEvents custody;
    @Autowired
    WebhookAdministration webhooks;
    @Autowired
    WebhookSender sender;
    @Autowired
    WebhookDeliveries deliveries;
    @Autowired
    WebhookStore store;
    @Autowired
    Notices notices;
    @Autowired
    WebhookProperties properties;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    PlatformTransactionManager transactions;

    PlanFixtures fixtures;
    NoticeFixtures noticeFixtures;
    WebhookTestSupport support;

    @BeforeEach
    void setUp() {
        fixtures = new PlanFixtures(jdbc, clients, groups, consents);
        noticeFixtures = new NoticeFixtures(jdbc, clients);
        support = new WebhookTestSupport(jdbc, webhooks);
    }

    @AfterEach
    void tearDown() {
        support.cleanUp();
    }

    /** A client whose group has the partner (consent covers custody facts) and the employment service (it does not). */
    private ClientId client(String name) {
        ClientId client = fixtures.clientInCustody(name, 90);
        // Its release date is told before the partner joins: only the transfer is told to the partner's organisation.
        noticeFixtures.awaitDelivered();
        fixtures.join(client, "partner");
        fixtures.consent(client, "partner", DataCategory.BASIC_AND_CUSTODY);
        fixtures.join(client, "employment");
        fixtures.consent(client, "employment", DataCategory.PLAN_AND_MEASURES);
        noticeFixtures.awaitDelivered();
        return client;
    }

    private void transfer(ClientId client, String reason) {
        transfer(client, "Anstalten Skänninge", reason);
    }

    private void transfer(ClientId client, String institution, String reason) {
        long version = jdbc.sql("select version from client where id = :id").param("id", client.value())
                .query(Long.class).single();
        custody.record(client, CustodyEventKind.TRANSFER, new RecordCustodyEvent(LocalDate.now(),
                fixtures.organisation(institution), null, null, null, reason, version),
                fixtures.actor("coordinator"));
        noticeFixtures.awaitDelivered();
    }

    private void sendUntil(UUID endpoint, java.util.function.BooleanSupplier done) {
        awaitUntil(() -> {
            support.makeDue(endpoint);
            sender.sendDue();
            return done.getAsBoolean();
        });
    }

    @Test
    void anEventToldToAnOrganisationReachesEachOfItsEndpointsOnceSignedAndThin() throws Exception {
        try (WebhookReceiver first = new WebhookReceiver(); WebhookReceiver second = new WebhookReceiver();
             WebhookReceiver measuresOnly = new WebhookReceiver(); WebhookReceiver notCovered = new WebhookReceiver()) {
            NewSecretView a = support.endpoint("partner", first);
            NewSecretView b = support.endpoint("partner", second, "CLIENT_TRANSFERRED");
            NewSecretView c = support.endpoint("partner", measuresOnly, "MEASURE_ASSIGNED");
            NewSecretView d = support.endpoint("employment", notCovered);
            ClientId client = client("Webhook Thin Client");
            transfer(client, "the programme in Skänninge");

            assertThat(support.types(a.endpointId())).containsExactly("CLIENT_TRANSFERRED");
            assertThat(support.statuses(a.endpointId())).containsExactly("PENDING");
            assertThat(support.statuses(c.endpointId())).as("not a kind it wants").isEmpty();
            assertThat(support.statuses(d.endpointId())).as("nobody of the employment service was told").isEmpty();
            sender.sendDue();
            assertThat(first.received()).as("held for the coalescing window").isEmpty();

            sendUntil(a.endpointId(), () -> first.received().size() == 1);
            sendUntil(b.endpointId(), () -> second.received().size() == 1);
            WebhookReceiver.Received got = first.received().get(0);
            assertThat(WebhookReceiver.signedWith(got, a.secret())).isTrue();
            assertThat(WebhookReceiver.signedWith(got, b.secret())).as("another endpoint's key does not sign it")
                    .isFalse();
            assertThat(WebhookReceiver.signedWith(second.received().get(0), b.secret())).isTrue();
            assertThat(Math.abs(Long.parseLong(got.timestamp()) - Instant.now().getEpochSecond())).isLessThan(600);

            UUID eventId = noticeFixtures.eventId(client, "CLIENT_TRANSFERRED");
            JsonNode body = JSON.readTree(got.body());
            assertThat(fieldNames(body)).containsExactlyInAnyOrder("type", "timestamp", "data");
            assertThat(fieldNames(body.get("data")))
                    .containsExactlyInAnyOrder("eventId", "clientId", "occurredAt", "href");
            assertThat(body.get("type").asString()).isEqualTo("CLIENT_TRANSFERRED");
            assertThat(body.get("data").get("eventId").asString()).isEqualTo(eventId.toString());
            assertThat(body.get("data").get("clientId").asString()).isEqualTo(client.value().toString());
            assertThat(body.get("data").get("href").asString())
                    .endsWith("/api/v1/clients/" + client.value() + "/custody-events");
            Map<String, Object> person = jdbc.sql("select full_name, id_number, date_of_birth from client where id = :id")
                    .param("id", client.value()).query().singleRow();
            assertThat(got.body()).as("no personal data, no free text, no institution")
                    .doesNotContain(person.get("full_name").toString(), "Webhook", person.get("id_number").toString(),
                            person.get("date_of_birth").toString(), "Skänninge", "programme",
                            LocalDate.now().plusDays(90).toString());
            assertThat(first.received(got.id())).hasSize(1);
            assertThat(notCovered.received()).isEmpty();
            assertThat(measuresOnly.received()).isEmpty();

            // The same event delivered again (a redelivery from the registry) queues nothing new.
            UUID custodyEventId = jdbc.sql("select id from custody_event where client_id = :c and kind = 'TRANSFER'")
                    .param("c", client.value()).query(UUID.class).single();
            new TransactionTemplate(transactions).executeWithoutResult(s -> events.publishEvent(new ClientTransferred(
                    custodyEventId, client, null, fixtures.organisation("Anstalten Skänninge"), LocalDate.now(),
                    fixtures.actor("coordinator").userId(), Instant.now(), false)));
            noticeFixtures.awaitDelivered();
            support.makeDue(a.endpointId());
            sender.sendDue();
            assertThat(support.statuses(a.endpointId())).containsExactly("DELIVERED");
            assertThat(first.received()).hasSize(1);
        }
    }

    @Test
    void aReceiverAnswering500ThreeTimesGetsTheEventOnceAndEveryAttemptIsLogged() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver().answering(500, 500, 500)) {
            NewSecretView endpoint = support.endpoint("partner", receiver);
            transfer(client("Webhook Retry Client"), "retry");

            sendUntil(endpoint.endpointId(), () -> support.statuses(endpoint.endpointId()).equals(List.of("DELIVERED")));
            assertThat(support.attempts(endpoint.endpointId())).containsExactly("500", "500", "500", "200");
            assertThat(receiver.received()).hasSize(4);
            assertThat(receiver.received().stream().map(WebhookReceiver.Received::id).distinct())
                    .as("the same webhook-id on every retry").hasSize(1);
            assertThat(jdbc.sql("select attempts from webhook_delivery where endpoint_id = :e")
                    .param("e", endpoint.endpointId()).query(Integer.class).single()).isEqualTo(4);

            support.makeDue(endpoint.endpointId());
            sender.sendDue();
            assertThat(receiver.received()).as("delivered is done").hasSize(4);
            var log = webhooks.deliveries(endpoint.endpointId(), org.throughcare.shared.PageRequest.of(0, null),
                    support.admin());
            assertThat(log.items()).singleElement().satisfies(d -> {
                assertThat(d.log()).extracting(WebhookDeliveryView.Attempt::statusCode).containsExactly(500, 500, 500, 200);
                assertThat(d.status()).isEqualTo("DELIVERED");
            });
        }
    }

    @Test
    void aFailingDeliveryWaitsLongerAfterEachFailureAndIsGivenUpAfterTheRetryPeriod() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver().answering(503, 503, 503)) {
            NewSecretView endpoint = support.endpoint("partner", receiver);
            String id = webhooks.sendTest(endpoint.endpointId(), support.admin());
            List<Long> waits = new ArrayList<>();
            for (int attempt = 1; attempt <= 2; attempt++) {
                int tried = attempt;
                sendUntil(endpoint.endpointId(), () -> support.attempts(endpoint.endpointId()).size() == tried);
                waits.add(jdbc.sql("""
                                select next_attempt_at from webhook_delivery where id = :id""").param("id", id)
                        .query(java.sql.Timestamp.class).single().toInstant().getEpochSecond()
                        - Instant.now().getEpochSecond());
            }
            assertThat(waits.get(1)).as("the second wait is longer than the first").isGreaterThan(waits.get(0));
            // Three days on: the next failure would come after the retry period, so the delivery is given up.
            jdbc.sql("update webhook_delivery set created_at = :then where id = :id")
                    .param("then", java.sql.Timestamp.from(Instant.now().minus(properties.retryFor())))
                    .param("id", id).update();
            sendUntil(endpoint.endpointId(), () -> support.statuses(endpoint.endpointId()).equals(List.of("FAILED")));
            assertThat(support.attempts(endpoint.endpointId())).containsExactly("503", "503", "503");
        }
    }

    @Test
    void a410GoneSwitchesTheEndpointOffWithTheReasonShownAndNothingMoreIsSentToIt() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver().answering(410)) {
            NewSecretView endpoint = support.endpoint("partner", receiver);
            ClientId client = client("Webhook Gone Client");
            transfer(client, "gone");
            sendUntil(endpoint.endpointId(), () -> support.statuses(endpoint.endpointId()).equals(List.of("FAILED")));

            WebhookEndpointView view = webhooks.endpoint(endpoint.endpointId(), support.admin());
            assertThat(view.enabled()).isFalse();
            assertThat(view.disabledBy()).isEqualTo("RECEIVER");
            assertThat(support.attempts(endpoint.endpointId())).containsExactly("410");

            noticeFixtures.moveRelease(client, LocalDate.now().plusDays(40), "after gone", "coordinator");
            noticeFixtures.awaitDelivered();
            assertThat(support.statuses(endpoint.endpointId())).as("a disabled endpoint gets nothing new")
                    .containsExactly("FAILED");
            assertThat(receiver.received()).hasSize(1);
        }
    }

    @Test
    void aHangingReceiverIsCutOffAndTriedAgainLater() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver().answering(WebhookReceiver.HANG)) {
            NewSecretView endpoint = support.endpoint("partner", receiver);
            String id = webhooks.sendTest(endpoint.endpointId(), support.admin());
            awaitUntil(() -> {
                sender.sendDue();
                return support.attempts(endpoint.endpointId()).size() == 1;
            });
            assertThat(support.attempts(endpoint.endpointId())).containsExactly("TIMEOUT");
            assertThat(support.statuses(endpoint.endpointId())).containsExactly("PENDING");
            sendUntil(endpoint.endpointId(), () -> support.statuses(endpoint.endpointId()).equals(List.of("DELIVERED")));
            assertThat(support.attempts(endpoint.endpointId())).containsExactly("TIMEOUT", "200");
            assertThat(receiver.received(id)).hasSize(2);
        }
    }

    @Test
    void oneScheduledRoundSendsEverythingDueNotOnlyOneBatch() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            NewSecretView endpoint = support.endpoint("partner", receiver);
            List<String> ids = new ArrayList<>();
            // More than three batches: a round that stopped after one would leave the rest to later poll intervals.
            for (int i = 0; i < 3 * properties.batch() + 5; i++) {
                ids.add(webhooks.sendTest(endpoint.endpointId(), support.admin()));
            }
            sender.sendDueDeliveries();
            // The scheduler's own round may have taken some of them at the same time; none may be left untried.
            assertThat(jdbc.sql("select count(*) from webhook_delivery where endpoint_id = :endpoint and attempts = 0")
                    .param("endpoint", endpoint.endpointId()).query(Long.class).single()).isZero();
            awaitUntil(() -> support.statuses(endpoint.endpointId()).stream().allMatch("DELIVERED"::equals));
            assertThat(receiver.received()).extracting(WebhookReceiver.Received::id)
                    .containsExactlyInAnyOrderElementsOf(ids);
        }
    }

    @Test
    void workersOnSeveralNodesClaimingAtOnceSendEachDeliveryOnce() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            NewSecretView endpoint = support.endpoint("partner", receiver);
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                ids.add(webhooks.sendTest(endpoint.endpointId(), support.admin()));
            }
            List<Callable<Integer>> workers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                workers.add(sender::sendDue);
            }
            List<Integer> claimed = Together.call(workers);
            awaitUntil(() -> {
                sender.sendDue();
                return support.statuses(endpoint.endpointId()).stream().allMatch("DELIVERED"::equals);
            });
            assertThat(claimed.stream().mapToInt(Integer::intValue).sum()).isPositive();
            Map<String, Long> perId = receiver.received().stream()
                    .collect(Collectors.groupingBy(WebhookReceiver.Received::id, Collectors.counting()));
            assertThat(perId.keySet()).containsExactlyInAnyOrderElementsOf(ids);
            assertThat(new HashSet<>(perId.values())).as("each delivery sent once").containsExactly(1L);
        }
    }

    @Test
    void anEventFoldedIntoALaterOneTheOrganisationWasAlsoToldOfIsWithheldAndOnlyTheLaterIsSent() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            NewSecretView endpoint = support.endpoint("partner", receiver, "CLIENT_TRANSFERRED");
            ClientId client = client("Webhook Coalesced Client");
            transfer(client, "first move");
            UUID first = noticeFixtures.eventId(client, "CLIENT_TRANSFERRED");
            // A second transfer within the coalescing window: the partner is told of both, the first folds into it.
            transfer(client, "Anstalten Umeå", "second move");
            UUID second = jdbc.sql("""
                            select id from notice_event where client_id = :c and kind = 'CLIENT_TRANSFERRED' and id <> :f""")
                    .param("c", client.value()).param("f", first).query(UUID.class).single();
            assertThat(notices.stillToSend(first)).isFalse();

            sendUntil(endpoint.endpointId(),
                    () -> support.statuses(endpoint.endpointId()).equals(List.of("WITHHELD", "DELIVERED")));
            assertThat(receiver.received()).hasSize(1);
            assertThat(receiver.received().get(0).body()).contains(second.toString()).doesNotContain(first.toString());
        }
    }

    @Test
    void anOrganisationToldOfAnEarlierChangeButNotOfTheLaterOneItWasFoldedIntoStillGetsItsWebhook() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            NewSecretView endpoint = support.endpoint("partner", receiver, "CLIENT_TRANSFERRED");
            ClientId client = fixtures.clientInCustody("Webhook Consent Between Changes", 90);
            noticeFixtures.awaitDelivered();
            fixtures.join(client, "partner");
            UUID consent = fixtures.consent(client, "partner", DataCategory.BASIC_AND_CUSTODY);
            noticeFixtures.awaitDelivered();
            transfer(client, "told to the partner");
            UUID first = noticeFixtures.eventId(client, "CLIENT_TRANSFERRED");
            // The client withdraws the partner's consent; the next transfer, within the window, is not told to it.
            consents.withdraw(client, consent, new WithdrawConsent(LocalDate.now(), "by phone"),
                    fixtures.actor("coordinator"));
            noticeFixtures.awaitDelivered();
            transfer(client, "Anstalten Umeå", "not told to the partner");
            assertThat(notices.stillToSend(first)).as("folded into the later change").isFalse();

            sendUntil(endpoint.endpointId(), () -> support.statuses(endpoint.endpointId()).equals(List.of("DELIVERED")));
            assertThat(receiver.received()).hasSize(1);
            assertThat(receiver.received().get(0).body()).contains(first.toString());
        }
    }

    @Test
    void aRedirectIsNotFollowedSoItCannotLeadPastTheAddressGuard() throws Exception {
        try (WebhookReceiver inside = new WebhookReceiver();
             WebhookReceiver redirecting = new WebhookReceiver().redirectingTo(inside.url())) {
            NewSecretView endpoint = support.endpoint("partner", redirecting, "CLIENT_TRANSFERRED");
            transfer(client("Webhook Redirected Client"), "redirected");

            sendUntil(endpoint.endpointId(), () -> !support.attempts(endpoint.endpointId()).isEmpty());
            assertThat(support.attempts(endpoint.endpointId())).as("a redirect is a failed attempt").containsExactly("307");
            assertThat(redirecting.received()).hasSize(1);
            assertThat(inside.received()).as("where it pointed was never called").isEmpty();
        }
    }

    @Test
    void duringAKeyRotationBothKeysSignAndARetiredKeyNoLonger() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            NewSecretView first = support.endpoint("partner", receiver);
            UUID endpoint = first.endpointId();
            NewSecretView second = webhooks.addSecret(endpoint, support.admin());
            String overlap = webhooks.sendTest(endpoint, support.admin());
            sendUntil(endpoint, () -> receiver.received(overlap).size() == 1);
            WebhookReceiver.Received both = receiver.received(overlap).get(0);
            assertThat(both.signature().split(" ")).hasSize(2);
            assertThat(WebhookReceiver.signedWith(both, first.secret())).isTrue();
            assertThat(WebhookReceiver.signedWith(both, second.secret())).isTrue();

            webhooks.retireSecret(endpoint, first.secretId(), support.admin());
            String after = webhooks.sendTest(endpoint, support.admin());
            sendUntil(endpoint, () -> receiver.received(after).size() == 1);
            WebhookReceiver.Received one = receiver.received(after).get(0);
            assertThat(WebhookReceiver.signedWith(one, first.secret())).isFalse();
            assertThat(WebhookReceiver.signedWith(one, second.secret())).isTrue();
            assertThatThrownBy(() -> webhooks.retireSecret(endpoint, second.secretId(), support.admin()))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("validation.webhook.secret.last");
            assertThat(webhooks.endpoint(endpoint, support.admin()).secrets())
                    .extracting(WebhookEndpointView.Secret::fingerprint).doesNotContain(first.secret(), second.secret());
        }
    }

    /** An address that passed when it was saved but resolves to our own network when sent to (DNS rebinding). */
    @Test
    void anAddressRefusedAtSendTimeIsNotCalledAndTheAttemptSaysWhy() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            NewSecretView endpoint = support.endpoint("partner", receiver);
            String id = webhooks.sendTest(endpoint.endpointId(), support.admin());
            WebhookSender strict = new WebhookSender(deliveries, store, new AddressGuard(false), properties,
                    transactions, java.time.Clock.systemUTC());
            awaitUntil(() -> {
                strict.sendDue();
                return support.attempts(endpoint.endpointId()).size() == 1;
            });
            assertThat(support.attempts(endpoint.endpointId())).containsExactly("ADDRESS_REFUSED");
            assertThat(receiver.received(id)).isEmpty();
            assertThat(support.statuses(endpoint.endpointId())).as("tried again later").containsExactly("PENDING");
        }
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.propertyNames().forEach(names::add);
        return names;
    }
}
