package org.throughcare.identity.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Slows down guessing with Bucket4j token buckets: one per source address and one per username. Only a failed
 * login takes a token, so an agency system that sends its right password on every request is never slowed;
 * an attempt with no token left is refused before its password is checked. Each bucket has several refill
 * rates, so the wait grows the longer the guessing goes on (seconds, then minutes, then a quarter of an hour).
 * <p>
 * One address alone can never empty an account's bucket (its own bucket and the per-address lock in
 * {@link LoginFailures} stop it first), so a stranger cannot keep the owner out; only many addresses together
 * can slow an account down, and then by the refill interval, not by a lockout.
 * <p>
 * The buckets live in this node's memory (bounded, idle ones expire): with several nodes behind a balancer each
 * node throttles on its own, so the effective limits multiply by the number of nodes. The hard limit on password
 * checks is {@link LoginFailures}' count in the database, which every node shares.
 */
@Component
class LoginThrottle {

    static final long ADDRESS_PER_MINUTE = 10;
    static final long ADDRESS_PER_HOUR = 30;
    static final long ADDRESS_PER_DAY = 100;
    static final long ACCOUNT_PER_HOUR = 50;
    static final long ACCOUNT_PER_DAY = 200;

    private final Cache<String, Bucket> byAddress = buckets();
    private final Cache<String, Bucket> byAccount = buckets();
    private final TimeMeter time;

    LoginThrottle() {
        this(TimeMeter.SYSTEM_NANOTIME);
    }

    /** With a time of the caller's choosing: tests stop it, so no bucket refills while they run. */
    LoginThrottle(TimeMeter time) {
        this.time = time;
    }

    boolean allows(String username, String source) {
        return address(source).getAvailableTokens() > 0 && account(username).getAvailableTokens() > 0;
    }

    void failed(String username, String source) {
        address(source).tryConsume(1);
        account(username).tryConsume(1);
    }

    private Bucket address(String source) {
        return byAddress.get(source, key -> bucket(
                limit(ADDRESS_PER_MINUTE, Duration.ofMinutes(1)),
                limit(ADDRESS_PER_HOUR, Duration.ofHours(1)),
                limit(ADDRESS_PER_DAY, Duration.ofDays(1))));
    }

    private Bucket account(String username) {
        return byAccount.get(username, key -> bucket(
                limit(ACCOUNT_PER_HOUR, Duration.ofHours(1)),
                limit(ACCOUNT_PER_DAY, Duration.ofDays(1))));
    }

    private static Supplier<Bandwidth> limit(long tokens, Duration period) {
        return () -> Bandwidth.builder().capacity(tokens).refillGreedy(tokens, period).build();
    }

    @SafeVarargs
    @SuppressWarnings("varargs")
    private Bucket bucket(Supplier<Bandwidth>... limits) {
        var builder = Bucket.builder().withCustomTimePrecision(time);
        for (Supplier<Bandwidth> limit : limits) {
            builder.addLimit(limit.get());
        }
        return builder.build();
    }

    private static Cache<String, Bucket> buckets() {
        return Caffeine.newBuilder().maximumSize(100_000).expireAfterAccess(Duration.ofDays(1)).build();
    }
}
