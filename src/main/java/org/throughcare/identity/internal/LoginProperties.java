package org.throughcare.identity.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How many failed logins in a row from one source address lock that address out of the account, and for how
 * long (see {@link LoginFailures}).
 *
 * @param maxFailedAttempts failures after which the address is locked out
 * @param lockout           how long it stays locked out
 */
@ConfigurationProperties("throughcare.login")
public record LoginProperties(Integer maxFailedAttempts, Duration lockout) {

    public LoginProperties {
        maxFailedAttempts = maxFailedAttempts == null ? 5 : maxFailedAttempts;
        lockout = lockout == null ? Duration.ofMinutes(15) : lockout;
    }
}
