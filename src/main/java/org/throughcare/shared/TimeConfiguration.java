package org.throughcare.shared;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One clock for the whole application so that tests can control time. It runs in the deployment's time zone
 * ({@code throughcare.time-zone}, Europe/Stockholm unless set), not the server's: "today", consent validity and
 * membership periods turn at the users' midnight wherever the servers stand.
 */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

    @Bean
    Clock clock(@Value("${throughcare.time-zone:Europe/Stockholm}") String timeZone) {
        return Clock.system(ZoneId.of(timeZone));
    }
}
