package org.throughcare.shared;

import java.time.Clock;
import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code @PastOrPresent} and {@code @Future} judge a date against the application's clock, in the deployment's
 * time zone. Left to the server's zone, a date the page itself offers as "today" would be refused as in the
 * future between the users' midnight and the server's.
 */
@Configuration(proxyBeanMethods = false)
class ValidationClockConfiguration {

    @Bean
    ValidationConfigurationCustomizer applicationClockForValidation(Clock clock) {
        return configuration -> configuration.clockProvider(() -> clock);
    }
}
