package org.throughcare.identity.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How many failed logins in a row lock an account, and for how long.
 *
 * @param maxFailedAttempts failures after which the account locks
 * @param lockout           how long it stays locked
 */
@ConfigurationProperties("throughcare.login")
public record LoginProperties(Integer maxFailedAttempts, Duration lockout) {

    public LoginProperties {
        maxFailedAttempts = maxFailedAttempts == null ? 5 : maxFailedAttempts;
        lockout = lockout == null ? Duration.ofMinutes(15) : lockout;
    }
}
