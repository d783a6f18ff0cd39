package org.throughcare.identity.internal;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.throughcare.shared.AccessRefusedException;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Two filter chains. {@code /api/**}, {@code /hsds/**} and {@code /actuator/**} answer agency systems:
 * HTTP Basic or the browser session, JSON problems instead of redirects, and CSRF checked only where a
 * browser cookie is what authenticates. Everything else is the browser: form login, CSRF on every form.
 * Anything not listed as public requires login, so a new endpoint is protected by default.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({LoginProperties.class, AccountProperties.class})
class SecurityConfiguration {

    private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'self'; "
            + "object-src 'none'";
    // Swagger UI sets inline styles; it is the one page that needs them.
    private static final String SWAGGER_CSP = CSP.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, ProblemResponses problems) throws Exception {
        http.securityMatcher("/api/**", "/hsds/**", "/actuator/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/actuator/**").hasRole("ADMINISTRATOR")
                        // HSDS is read by service catalogues without an account; it carries directory data only.
                        .requestMatchers(HttpMethod.GET, "/hsds", "/hsds/**").permitAll()
                        .requestMatchers("/api/v1/audit/**").hasRole("ADMINISTRATOR")
                        .requestMatchers("/api/v1/users", "/api/v1/users/**").hasRole("ADMINISTRATOR")
                        .requestMatchers("/api/v1/webhook-endpoints", "/api/v1/webhook-endpoints/**")
                        .hasRole("ADMINISTRATOR")
                        .requestMatchers(HttpMethod.GET, "/api/**").authenticated()
                        // The owning organisation answers and follows up its measures; the plan module checks
                        // that it is theirs and that consent lets them contribute.
                        .requestMatchers(HttpMethod.POST, "/api/v1/clients/*/plan/measures/*/accept",
                                "/api/v1/clients/*/plan/measures/*/decline", "/api/v1/clients/*/plan/measures/*/progress",
                                "/api/v1/clients/*/plan/measures/*/notes").authenticated()
                        // A release-day arrangement's owner confirms it after a custody event; the plan module
                        // checks that it is theirs.
                        .requestMatchers(HttpMethod.POST, "/api/v1/clients/*/plan/release-day/*/confirmation")
                        .authenticated()
                        // The prison holding the client records its custody facts; the client module checks that.
                        .requestMatchers(HttpMethod.PUT, "/api/v1/clients/*/custody").authenticated()
                        // Custody events likewise: the client module decides who may record them for which client.
                        .requestMatchers(HttpMethod.POST, "/api/v1/custody-events").authenticated()
                        // Everyone reads and acknowledges their own notices; the notification module finds only theirs.
                        .requestMatchers(HttpMethod.POST, "/api/v1/notifications/*/read",
                                "/api/v1/notifications/*/acknowledgement").authenticated()
                        // Everyone sets their own e-mail choice; the notification module changes only the caller's.
                        .requestMatchers(HttpMethod.PUT, "/api/v1/notifications/settings").authenticated()
                        // Who may change which service is decided per service: its organisation's staff or the administrator.
                        .requestMatchers(HttpMethod.POST, "/api/v1/services").authenticated()
                        .requestMatchers(HttpMethod.PUT, "/api/v1/services/*", "/api/v1/services/*/capacity").authenticated()
                        // An office's lessons log: the follow-up module lets only the office's own staff write in it.
                        .requestMatchers(HttpMethod.POST, "/api/v1/followup/offices/*/lessons").authenticated()
                        // A member refers in their own area, the receiving service answers and moves a referral, the
                        // coordinator confirms a proposed member: the referral and group modules decide per referral.
                        .requestMatchers(HttpMethod.POST, "/api/v1/clients/*/referrals", "/api/v1/referrals/*/transitions",
                                "/api/v1/referrals/*/proposed-members/*/*").authenticated()
                        .requestMatchers("/api/v1/clients/**").hasAnyRole("COORDINATOR", "MANAGER")
                        // Writes are for administrators unless a rule above opens one to another role:
                        // an API write added later is closed until someone decides who may use it.
                        .anyRequest().hasRole("ADMINISTRATOR"))
                .httpBasic(basic -> basic.authenticationEntryPoint(problems::unauthorized))
                // An agency system gets an answer, not a saved request and a session to come back to.
                .requestCache(cache -> cache.disable())
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(problems::unauthorized)
                        .accessDeniedHandler(problems::forbidden))
                .csrf(csrf -> csrf.ignoringRequestMatchers(SecurityConfiguration::sendsBasicCredentials))
                .headers(SecurityConfiguration::strictHeaders);
        return http.build();
    }

    /** A request that carries its own credentials cannot be forged by another site riding on a cookie. */
    private static boolean sendsBasicCredentials(HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
    }

    @Bean
    @Order(2)
    SecurityFilterChain pageSecurity(HttpSecurity http, LoginSuccessHandler loginSuccess) throws Exception {
        // A locked account gets the same answer as a wrong password, so the page never tells a stranger
        // which usernames exist.
        var loginFailure = new SimpleUrlAuthenticationFailureHandler("/login?error");
        // A form sent after the session ended fails its CSRF check: say so, rather than "not allowed".
        AccessDeniedHandler forbidden = new AccessDeniedHandlerImpl();
        AccessDeniedHandler denied = (request, response, e) -> {
            if (e instanceof CsrfException) {
                response.sendRedirect(request.getContextPath() + "/login?expired");
            } else {
                // The 403 page says why the gate refused (no consent, or a form kept for those who manage the case).
                request.setAttribute("refusal", e instanceof AccessRefusedException refused ? refused.reasonKey() : null);
                forbidden.handle(request, response, e);
            }
        };
        http.authorizeHttpRequests(requests -> requests
                        .dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD).permitAll()
                        .requestMatchers("/login", "/css/**", "/js/**", "/webjars/**", "/favicon.ico").permitAll()
                        // A new user's one-time link to set their password: the token in it is the credential.
                        .requestMatchers("/account/setup/*").permitAll()
                        // A calendar program fetches a user's meeting feed without signing in: the secret token in
                        // the address is the credential, and the feed names no client (meeting module).
                        .requestMatchers(HttpMethod.GET, "/calendar/*").permitAll()
                        .requestMatchers("/admin/**").hasRole("ADMINISTRATOR")
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").successHandler(loginSuccess).failureHandler(loginFailure))
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .exceptionHandling(errors -> errors.accessDeniedHandler(denied))
                .headers(SecurityConfiguration::strictHeaders);
        return http.build();
    }

    private static void strictHeaders(HeadersConfigurer<HttpSecurity> headers) {
        headers.frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                .contentTypeOptions(options -> { })
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .addHeaderWriter((request, response) -> response.setHeader("Content-Security-Policy",
                        request.getRequestURI().contains("/swagger-ui") ? SWAGGER_CSP : CSP))
                .permissionsPolicyHeader(policy -> policy.policy("camera=(), microphone=(), geolocation=()"));
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        // Argon2id for new hashes; bcrypt still verifies accounts imported from elsewhere.
        return new DelegatingPasswordEncoder("argon2", Map.of(
                "argon2", Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                "bcrypt", new BCryptPasswordEncoder()));
    }
}
