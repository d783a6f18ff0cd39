package org.throughcare.workspace;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * Registers {@link DatabaseBulkhead} ahead of the session filter, and {@link ListenerBulkhead} on the executor
 * that runs the asynchronous event listeners: together they share the connection pool between the users' requests
 * and the work the events cause, so neither can take all of it.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({BulkheadConfiguration.BulkheadProperties.class,
        BulkheadConfiguration.ListenerProperties.class})
class BulkheadConfiguration {

    /**
     * @param maxConcurrent requests that may use the database at once; below the pool size, so the audit
     *                      sequencer and the event publication keep connections of their own
     * @param maxWait       how long a request beyond that waits for its turn before it gets a 503
     */
    @ConfigurationProperties("throughcare.bulkhead")
    record BulkheadProperties(@DefaultValue("16") int maxConcurrent, @DefaultValue("5s") Duration maxWait) {
    }

    /**
     * @param maxConcurrentListeners asynchronous event listeners that may run at once; with the request bulkhead
     *                               below the pool size, so a burst of events leaves the users' requests answered
     */
    @ConfigurationProperties("throughcare.events")
    record ListenerProperties(@DefaultValue("4") int maxConcurrentListeners) {
    }

    /** Boot puts a single {@code TaskDecorator} bean on the executor that runs {@code @Async} listeners. */
    @Bean
    ListenerBulkhead listenerBulkhead(ListenerProperties properties) {
        return new ListenerBulkhead(properties.maxConcurrentListeners());
    }

    @Bean
    FilterRegistrationBean<DatabaseBulkhead> databaseBulkhead(BulkheadProperties properties, MessageSource messages,
                                                              LocaleResolver localeResolver, JsonMapper json) {
        var registration = new FilterRegistrationBean<>(new DatabaseBulkhead(properties.maxConcurrent(),
                properties.maxWait(), messages, localeResolver, json));
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
        registration.setDispatcherTypes(jakarta.servlet.DispatcherType.REQUEST, jakarta.servlet.DispatcherType.ERROR);
        return registration;
    }
}
