package org.throughcare.notification.webhook;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The webhook settings, and the address guard they shape. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WebhookProperties.class)
class WebhookConfiguration {

    @Bean
    AddressGuard webhookAddressGuard(WebhookProperties properties) {
        return new AddressGuard(properties.allowPrivateAddresses());
    }
}
