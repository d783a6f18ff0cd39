package org.throughcare.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.throughcare.IntegrationTest;
import org.throughcare.audit.AuditLog;

/**
 * The login check with the application's own parts, except that the throttle's time stands still and the
 * password encoder counts its checks: a throttled attempt is answered without checking the password.
 */
@IntegrationTest
class ThrottledLoginTests {

    @Autowired
    Users users;
    @Autowired
    AccountDetailsService principals;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    LoginFailures failures;
    @Autowired
    AuditLog audit;
    @Autowired
    Clock clock;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aThrottledAttemptIsRefusedWithoutCheckingThePasswordAndOnlyAtItsAddress() {
        AtomicInteger checks = new AtomicInteger();
        PasswordEncoder counting = new PasswordEncoder() {
            @Override
            public String encode(CharSequence raw) {
                return encoder.encode(raw);
            }

            @Override
            public boolean matches(CharSequence raw, String encoded) {
                checks.incrementAndGet();
                return encoder.matches(raw, encoded);
            }
        };
        var provider = new AccountAuthenticationProvider(users, principals, counting, failures,
                new LoginThrottle(new LoginThrottleTests.ManualTime()), audit, clock);
        for (int i = 0; i < LoginThrottle.ADDRESS_PER_MINUTE; i++) {
            String name = "nobody" + i;
            assertThatThrownBy(() -> provider.authenticate(attempt(name, "guess", "10.3.0.1")))
                    .isInstanceOf(BadCredentialsException.class);
        }
        int checked = checks.get();
        assertThatThrownBy(() -> provider.authenticate(attempt("partner", "demo", "10.3.0.1")))
                .isInstanceOf(BadCredentialsException.class).hasMessage("Bad credentials");
        assertThat(checks.get()).as("no password checked").isEqualTo(checked);
        assertThat(jdbc.sql("select details from audit_entry where actor_username = 'partner' order by id desc limit 1")
                .query(String.class).single()).isEqualTo("THROTTLED");
        assertThat(provider.authenticate(attempt("partner", "demo", "10.3.0.2")).isAuthenticated()).isTrue();
    }

    private static Authentication attempt(String username, String password, String address) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(address);
        var token = UsernamePasswordAuthenticationToken.unauthenticated(username, password);
        token.setDetails(new WebAuthenticationDetails(request));
        return token;
    }
}
