package org.throughcare.notification.webhook;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/** The webhook settings, and the address guard they shape. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WebhookProperties.class)
class WebhookConfiguration {

    @Bean
    AddressGuard webhookAddressGuard(WebhookProperties properties, Environment environment) {
        // A switch meant for tests must not open production's network to whoever may save an endpoint.
        if (properties.allowPrivateAddresses() && environment.acceptsProfiles(Profiles.of("prod"))) {
            throw new IllegalStateException("throughcare.webhooks.allow-private-addresses=true is for tests and local "
                    + "receivers; production refuses to start with it");
        }
        return new AddressGuard(properties.allowPrivateAddresses());
    }
}
