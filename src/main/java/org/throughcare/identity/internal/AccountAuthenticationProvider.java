package org.throughcare.identity.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.locks.Lock;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.throughcare.audit.AuditEvent;
import org.throughcare.audit.AuditLog;

/**
 * Checks a username and password (form login and HTTP Basic alike) behind two guards: the throttle, which
 * refuses before any check once an address or an account has failed too often lately, and the claim on the
 * database count of failures per username and address, taken before the password is checked so that parallel
 * guesses cannot check more passwords than the limit. Every refusal — unknown user, wrong password, locked,
 * throttled, deactivated, no password set yet — is the same {@link BadCredentialsException}, so the caller
 * learns nothing about the account; the audit log keeps the true reason.
 */
@Component
class AccountAuthenticationProvider implements AuthenticationProvider {

    static final int MAX_USERNAME = 100;
    private static final int MAX_SOURCE = 64;

    private final Users users;
    private final AccountDetailsService principals;
    private final PasswordEncoder passwords;
    private final LoginFailures failures;
    private final LoginThrottle throttle;
    private final AuditLog audit;
    private final Clock clock;
    // An unknown username costs a password check too, so the time taken does not tell which names exist.
    private final String unknownUserHash;
    private final StripedLocks onePairAtATime = new StripedLocks(256);

    AccountAuthenticationProvider(Users users, AccountDetailsService principals, PasswordEncoder passwords,
                                  LoginFailures failures, LoginThrottle throttle, AuditLog audit, Clock clock) {
        this.users = users;
        this.principals = principals;
        this.passwords = passwords;
        this.failures = failures;
        this.throttle = throttle;
        this.audit = audit;
        this.clock = clock;
        this.unknownUserHash = passwords.encode(UUID.randomUUID().toString());
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = normalised(authentication.getName());
        String password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
        String source = sourceOf(authentication);
        if (!throttle.allows(username, source)) {
            throw refused(username, "THROTTLED");
        }
        Optional<UserAccount> account;
        Lock pair = onePairAtATime.get(username + '\u0000' + source);
        pair.lock();
        try {
            account = checked(username, password, source);
        } finally {
            pair.unlock();
        }
        if (!account.get().enabled()) {
            throw refused(username, "DEACTIVATED");
        }
        AccountPrincipal principal = principals.principalOf(account.get());
        principal.eraseCredentials();
        return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
    }

    /**
     * Claims an attempt and checks the password. Runs one at a time per username and address on this node: a claim
     * counts as a failure until its check ends, so an agency system sending its right password on many parallel
     * requests would otherwise have the later ones refused as locked while the first were still being checked.
     */
    private Optional<UserAccount> checked(String username, String password, String source) {
        Instant now = clock.instant();
        if (!failures.claim(username, source, now)) {
            throw refused(username, "ACCOUNT_LOCKED");
        }
        Optional<UserAccount> account = users.findByUsername(username);
        String hash = account.map(UserAccount::passwordHash).orElse(null);
        if (!passwords.matches(password, hash == null ? unknownUserHash : hash) || hash == null) {
            throttle.failed(username, source);
            throw refused(username, failures.locked(username, source, now)
                    ? "BAD_CREDENTIALS_NOW_LOCKED" : "BAD_CREDENTIALS");
        }
        failures.forget(username, source);
        return account;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private BadCredentialsException refused(String username, String reason) {
        audit.record(AuditEvent.loginFailed(username, reason));
        return new BadCredentialsException("Bad credentials");
    }

    /**
     * The username as accounts store it. Control characters are dropped here, at the boundary: no account name
     * has them, and PostgreSQL would refuse a NUL in the failure count where H2 takes it.
     */
    static String normalised(String username) {
        String key = username == null ? "" : username.replaceAll("\\p{Cntrl}", "").strip().toLowerCase(Locale.ROOT);
        return key.length() > MAX_USERNAME ? key.substring(0, MAX_USERNAME) : key;
    }

    private static String sourceOf(Authentication authentication) {
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
        if (address == null || address.isBlank()) {
            return "unknown";
        }
        return address.length() > MAX_SOURCE ? address.substring(0, MAX_SOURCE) : address;
    }
}
