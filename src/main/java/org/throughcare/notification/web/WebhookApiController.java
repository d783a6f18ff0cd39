package org.throughcare.notification.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.throughcare.notification.webhook.NewSecretView;
import org.throughcare.notification.webhook.SaveWebhookEndpoint;
import org.throughcare.notification.webhook.WebhookAdministration;
import org.throughcare.notification.webhook.WebhookDeliveryView;
import org.throughcare.notification.webhook.WebhookEndpointView;
import org.throughcare.shared.Actor;
import org.throughcare.shared.PageRequest;
import org.throughcare.shared.ResultPage;

@RestController
@RequestMapping("/api/v1/webhook-endpoints")
@Tag(name = "Webhook endpoints", description = "Organisations' receivers of signed webhooks (Standard Webhooks), "
        + "their signing keys and delivery logs; for administrators")
class WebhookApiController {

    /** Why an endpoint is switched off. */
    record Disable(String reason) {
    }

    private final WebhookAdministration webhooks;

    WebhookApiController(WebhookAdministration webhooks) {
        this.webhooks = webhooks;
    }

    @GetMapping
    @Operation(summary = "Every organisation's webhook endpoints, with their keys by fingerprint only")
    List<WebhookEndpointView> list(Actor actor) {
        return webhooks.endpoints(actor);
    }

    @PostMapping
    @Operation(summary = "Make an endpoint (https, public address) for an organisation: eventTypes are notice kinds, "
            + "all when none are named. The answer holds its first signing secret (whsec_…), shown this once")
    ResponseEntity<NewSecretView> create(@Valid @RequestBody SaveWebhookEndpoint endpoint, Actor actor) {
        NewSecretView created = webhooks.create(endpoint, actor);
        return ResponseEntity.created(URI.create("/api/v1/webhook-endpoints/" + created.endpointId())).body(created);
    }

    @GetMapping("/{endpointId}")
    @Operation(summary = "One endpoint")
    WebhookEndpointView get(@PathVariable UUID endpointId, Actor actor) {
        return webhooks.endpoint(endpointId, actor);
    }

    @PutMapping("/{endpointId}")
    @Operation(summary = "Change an endpoint's address, description and event types; send the version you read "
            + "(another is 409)")
    ResponseEntity<Void> update(@PathVariable UUID endpointId, @Valid @RequestBody SaveWebhookEndpoint endpoint,
                                Actor actor) {
        webhooks.update(endpointId, endpoint, actor);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{endpointId}/disable")
    @Operation(summary = "Switch an endpoint off, with a reason; its deliveries wait until it is switched on again")
    ResponseEntity<Void> disable(@PathVariable UUID endpointId, @RequestBody Disable disable, Actor actor) {
        webhooks.disable(endpointId, disable.reason(), actor);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{endpointId}/enable")
    @Operation(summary = "Switch an endpoint on again (its address is checked again)")
    ResponseEntity<Void> enable(@PathVariable UUID endpointId, Actor actor) {
        webhooks.enable(endpointId, actor);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{endpointId}/secrets")
    @Operation(summary = "Add a signing secret (rotation): both sign until the old one is retired; shown this once")
    ResponseEntity<NewSecretView> addSecret(@PathVariable UUID endpointId, Actor actor) {
        return ResponseEntity.status(201).body(webhooks.addSecret(endpointId, actor));
    }

    @DeleteMapping("/{endpointId}/secrets/{secretId}")
    @Operation(summary = "Retire a signing secret; the endpoint's last one cannot be retired")
    ResponseEntity<Void> retireSecret(@PathVariable UUID endpointId, @PathVariable UUID secretId, Actor actor) {
        webhooks.retireSecret(endpointId, secretId, actor);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{endpointId}/test-event")
    @Operation(summary = "Send a test event (type TEST, no client) to the endpoint at once; see its delivery log")
    ResponseEntity<Map<String, String>> sendTest(@PathVariable UUID endpointId, Actor actor) {
        return ResponseEntity.accepted().body(Map.of("deliveryId", webhooks.sendTest(endpointId, actor)));
    }

    @GetMapping("/{endpointId}/deliveries")
    @Operation(summary = "The endpoint's delivery log, newest first: event type and id, status, every attempt with "
            + "its time and status code or error; never the payload or the client; paged from 0")
    ResultPage<WebhookDeliveryView> deliveries(@PathVariable UUID endpointId,
                                               @RequestParam(required = false) Integer page,
                                               @RequestParam(required = false) Integer size, Actor actor) {
        return webhooks.deliveries(endpointId, PageRequest.of(page, size), actor);
    }
}
