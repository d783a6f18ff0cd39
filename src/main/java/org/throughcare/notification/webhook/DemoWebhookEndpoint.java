package org.throughcare.notification.webhook;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.throughcare.directory.AgencyType;
import org.throughcare.directory.DirectoryManagement;

/**
 * The demo's webhook endpoint: one for the social services in Umeå, at an example address and switched off with
 * the reason, so the administrator sees what an endpoint looks like without the demo knocking at a receiver that
 * is not there (and retrying it for three days). Made once, after the demo is loaded; never in production.
 */
@Component
@Profile("!prod")
@ConditionalOnBooleanProperty(name = "throughcare.demo.enabled", matchIfMissing = true)
@Order(10)
class DemoWebhookEndpoint implements ApplicationRunner {

    static final String URL = "https://hooks.example.org/throughcare";
    static final String REASON = "Example endpoint: point it at your organisation's receiver, then switch it on.";

    private final WebhookStore store;
    private final DirectoryManagement directory;
    private final Clock clock;

    DemoWebhookEndpoint(WebhookStore store, DirectoryManagement directory, Clock clock) {
        this.store = store;
        this.directory = directory;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        directory.organisationsOfType(AgencyType.SOCIAL_SERVICES).stream()
                .filter(o -> o.name().equals("Socialtjänsten Umeå")).findFirst()
                .filter(o -> store.all().stream().noneMatch(e -> e.organisationId().equals(o.id())))
                .ifPresent(o -> {
                    UUID id = UUID.randomUUID();
                    store.insert(new WebhookStore.Endpoint(id, o.id(), URL, "Case management system (example)",
                            List.of("RELEASE_DATE_CHANGED", "CLIENT_TRANSFERRED", "EARLY_RELEASE_SET",
                                    "CLIENT_RELEASED", "RETURNED_TO_CUSTODY", "RESPONSIBLE_MUNICIPALITY_CHANGED"),
                            true, null, null, null, 0, clock.instant()));
                    store.addSecret(id, WebhookSignature.newSecret(), clock.instant());
                    store.disable(id, "ADMINISTRATOR", REASON, clock.instant());
                });
    }
}
