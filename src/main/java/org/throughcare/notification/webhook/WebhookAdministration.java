package org.throughcare.notification.webhook;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.throughcare.audit.AuditEvent;
import org.throughcare.audit.AuditLog;
import org.throughcare.directory.DirectoryManagement;
import org.throughcare.notification.NoticeKind;
import org.throughcare.shared.Actor;
import org.throughcare.shared.ControlCharacters;
import org.throughcare.shared.InvalidInputException;
import org.throughcare.shared.InvalidInputException.Problem;
import org.throughcare.shared.NotFoundException;
import org.throughcare.shared.OrganisationId;
import org.throughcare.shared.PageRequest;
import org.throughcare.shared.ResultPage;
import org.throughcare.shared.Role;
import org.throughcare.shared.StaleEditException;

/**
 * Webhook endpoints, for the administrator of all organisations: made, changed, switched off (with a reason) and
 * on, their keys rotated (a new key signs beside the old until the old is retired), a test event sent, the
 * delivery log read. Only the administrator: in our roles a manager heads a probation office's caseload, not an
 * organisation's systems, and where an organisation's events may be sent is a security decision like making an
 * account. Every change is audited; no view holds client data.
 */
@Service
public class WebhookAdministration {

    /** Every kind of notice a webhook can carry, in the order the pages list them. */
    public static final List<String> EVENT_TYPES = Arrays.stream(NoticeKind.values()).map(Enum::name).toList();

    private static final String SUBJECT = "webhook";

    private final WebhookStore store;
    private final WebhookDeliveries deliveries;
    private final WebhookOutbox outbox;
    private final AddressGuard guard;
    private final DirectoryManagement directory;
    private final AuditLog audit;
    private final Clock clock;

    WebhookAdministration(WebhookStore store, WebhookDeliveries deliveries, WebhookOutbox outbox, AddressGuard guard,
                          DirectoryManagement directory, AuditLog audit, Clock clock) {
        this.store = store;
        this.deliveries = deliveries;
        this.outbox = outbox;
        this.guard = guard;
        this.directory = directory;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<WebhookEndpointView> endpoints(Actor actor) {
        administrator(actor);
        return store.all().stream().map(this::view).toList();
    }

    @Transactional(readOnly = true)
    public WebhookEndpointView endpoint(UUID id, Actor actor) {
        administrator(actor);
        return view(existing(id));
    }

    /** Makes the endpoint with its first key, which is returned in full this once. */
    @Transactional
    public NewSecretView create(SaveWebhookEndpoint form, Actor actor) {
        administrator(actor);
        List<Problem> problems = new ArrayList<>();
        if (form.organisationId() == null) {
            problems.add(new Problem("organisationId", "jakarta.validation.constraints.NotNull.message"));
        } else if (directory.organisationName(new OrganisationId(form.organisationId())).isEmpty()) {
            problems.add(new Problem("organisationId", "validation.webhook.organisation.unknown"));
        }
        Cleaned cleaned = clean(form, problems);
        InvalidInputException.throwIfAny(problems);
        Instant now = clock.instant();
        UUID id = UUID.randomUUID();
        store.insert(new WebhookStore.Endpoint(id, form.organisationId(), cleaned.url(), cleaned.description(),
                cleaned.types(), true, null, null, null, 0, now));
        String secret = WebhookSignature.newSecret();
        UUID secretId = store.addSecret(id, secret, now);
        audit.record(AuditEvent.change("WEBHOOK_ENDPOINT_CREATED", SUBJECT, id,
                "organisation=" + form.organisationId() + "; eventTypes=" + String.join(",", cleaned.types())));
        return new NewSecretView(id, secretId, secret);
    }

    @Transactional
    public void update(UUID id, SaveWebhookEndpoint form, Actor actor) {
        administrator(actor);
        existing(id);
        List<Problem> problems = new ArrayList<>();
        if (form.version() == null) {
            problems.add(new Problem("version", "jakarta.validation.constraints.NotNull.message"));
        }
        Cleaned cleaned = clean(form, problems);
        InvalidInputException.throwIfAny(problems);
        if (!store.update(id, cleaned.url(), cleaned.description(), cleaned.types(), form.version())) {
            throw new StaleEditException("webhook endpoint");
        }
        audit.record(AuditEvent.change("WEBHOOK_ENDPOINT_CHANGED", SUBJECT, id,
                "eventTypes=" + String.join(",", cleaned.types())));
    }

    @Transactional
    public void disable(UUID id, String reason, Actor actor) {
        administrator(actor);
        existing(id);
        String cleaned = reason == null ? "" : ControlCharacters.strip(reason).strip();
        if (cleaned.isEmpty()) {
            throw new InvalidInputException("reason", "jakarta.validation.constraints.NotBlank.message");
        }
        if (cleaned.length() > 500) {
            throw new InvalidInputException("reason", "validation.webhook.tooLong", 500);
        }
        if (store.disable(id, "ADMINISTRATOR", cleaned, clock.instant())) {
            audit.record(AuditEvent.change("WEBHOOK_ENDPOINT_DISABLED", SUBJECT, id, null));
        }
    }

    /** Switches it on again, if its address still passes the guard; deliveries waiting for it go out again. */
    @Transactional
    public void enable(UUID id, Actor actor) {
        administrator(actor);
        guard.check(existing(id).url()).ifPresent(refusal -> {
            throw new InvalidInputException("url", refusal.messageKey());
        });
        if (store.enable(id)) {
            audit.record(AuditEvent.change("WEBHOOK_ENDPOINT_ENABLED", SUBJECT, id, null));
        }
    }

    /** A new key, signing beside the others until they are retired; returned in full this once. */
    @Transactional
    public NewSecretView addSecret(UUID id, Actor actor) {
        administrator(actor);
        existing(id);
        String secret = WebhookSignature.newSecret();
        UUID secretId = store.addSecret(id, secret, clock.instant());
        store.touch(id);
        audit.record(AuditEvent.change("WEBHOOK_SECRET_ADDED", SUBJECT, id, "secret=" + secretId));
        return new NewSecretView(id, secretId, secret);
    }

    /** Retires a key; the last one that signs stays (an endpoint without a key could send nothing). */
    @Transactional
    public void retireSecret(UUID id, UUID secretId, Actor actor) {
        administrator(actor);
        WebhookEndpointView endpoint = view(existing(id));
        WebhookEndpointView.Secret secret = endpoint.secrets().stream().filter(s -> s.id().equals(secretId)).findFirst()
                .orElseThrow(() -> new NotFoundException("webhook secret"));
        if (!secret.active()) {
            return;
        }
        if (endpoint.activeSecrets() == 1) {
            throw new InvalidInputException("secretId", "validation.webhook.secret.last");
        }
        store.retireSecret(id, secretId, clock.instant());
        store.touch(id);
        audit.record(AuditEvent.change("WEBHOOK_SECRET_RETIRED", SUBJECT, id, "secret=" + secretId));
    }

    /** Queues a test event, sent at once (even to a switched-off endpoint, to try it before switching it on). */
    @Transactional
    public String sendTest(UUID id, Actor actor) {
        administrator(actor);
        existing(id);
        String delivery = outbox.queueTest(id);
        audit.record(AuditEvent.change("WEBHOOK_TEST_SENT", SUBJECT, id, "delivery=" + delivery));
        return delivery;
    }

    /** The endpoint's deliveries, newest first, with every attempt. */
    @Transactional(readOnly = true)
    public ResultPage<WebhookDeliveryView> deliveries(UUID id, PageRequest page, Actor actor) {
        administrator(actor);
        existing(id);
        return new ResultPage<>(deliveries.ofEndpoint(id, page.offset(), page.size()), page.number(), page.size(),
                deliveries.count(id));
    }

    private record Cleaned(String url, String description, List<String> types) {
    }

    private Cleaned clean(SaveWebhookEndpoint form, List<Problem> problems) {
        String url = form.url() == null ? "" : form.url().strip();
        if (url.isEmpty()) {
            problems.add(new Problem("url", "jakarta.validation.constraints.NotBlank.message"));
        } else if (url.length() > 2000) {
            problems.add(new Problem("url", "validation.webhook.tooLong", 2000));
        } else {
            guard.check(url).ifPresent(refusal -> problems.add(new Problem("url", refusal.messageKey())));
        }
        String description = form.description() == null ? null : ControlCharacters.strip(form.description()).strip();
        if (description != null && description.length() > 500) {
            problems.add(new Problem("description", "validation.webhook.tooLong", 500));
        }
        List<String> types = new ArrayList<>();
        for (String type : form.eventTypes() == null ? List.<String>of() : form.eventTypes()) {
            String name = type == null ? "" : type.strip().toUpperCase(Locale.ROOT);
            if (!EVENT_TYPES.contains(name)) {
                problems.add(new Problem("eventTypes", "validation.webhook.eventTypes.unknown"));
                break;
            }
            if (!types.contains(name)) {
                types.add(name);
            }
        }
        return new Cleaned(url, description == null || description.isEmpty() ? null : description,
                types.isEmpty() ? EVENT_TYPES : EVENT_TYPES.stream().filter(types::contains).toList());
    }

    private WebhookStore.Endpoint existing(UUID id) {
        return store.endpoint(Objects.requireNonNull(id)).orElseThrow(() -> new NotFoundException("webhook endpoint"));
    }

    private WebhookEndpointView view(WebhookStore.Endpoint e) {
        Map<UUID, String> names = directory.names(List.of(e.organisationId()));
        return new WebhookEndpointView(e.id(), e.organisationId(), names.get(e.organisationId()), e.url(),
                e.description(), e.eventTypes(), e.enabled(), e.disabledBy(), e.disabledReason(), e.disabledAt(),
                store.secrets(e.id()), e.version(), e.createdAt());
    }

    private static void administrator(Actor actor) {
        if (actor == null || actor.role() != Role.ADMINISTRATOR) {
            throw new AccessDeniedException("webhook endpoints are for administrators");
        }
    }
}
