package org.throughcare.identity.internal;

import java.time.Clock;
import java.util.Locale;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.throughcare.audit.AuditEvent;
import org.throughcare.audit.AuditLog;

/** Counts failed logins, locks an account after too many, and writes every failure to the audit log. */
@Component
class LoginAttempts {

    private final Users users;
    private final LoginProperties properties;
    private final AuditLog audit;
    private final Clock clock;

    LoginAttempts(Users users, LoginProperties properties, AuditLog audit, Clock clock) {
        this.users = users;
        this.properties = properties;
        this.audit = audit;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void on(AbstractAuthenticationFailureEvent event) {
        String username = String.valueOf(event.getAuthentication().getName()).strip().toLowerCase(Locale.ROOT);
        String reason = reasonOf(event);
        if (event instanceof AuthenticationFailureBadCredentialsEvent && users.countFailedLogin(username) > 0) {
            int failures = users.failedLogins(username).orElse(0);
            if (failures >= properties.maxFailedAttempts()) {
                users.lockUntil(username, clock.instant().plus(properties.lockout()));
                reason = "BAD_CREDENTIALS_NOW_LOCKED";
            }
        }
        audit.record(AuditEvent.loginFailed(clip(username), reason));
    }

    @EventListener
    @Transactional
    public void on(AuthenticationSuccessEvent event) {
        users.resetFailedLogins(event.getAuthentication().getName());
    }

    private static String reasonOf(AbstractAuthenticationFailureEvent event) {
        if (event instanceof AuthenticationFailureLockedEvent) {
            return "ACCOUNT_LOCKED";
        }
        if (event instanceof AuthenticationFailureBadCredentialsEvent) {
            return "BAD_CREDENTIALS";
        }
        return event.getException().getClass().getSimpleName();
    }

    private static String clip(String username) {
        return username.length() > 100 ? username.substring(0, 100) : username;
    }
}
