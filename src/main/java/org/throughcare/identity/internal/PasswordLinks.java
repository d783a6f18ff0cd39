package org.throughcare.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * One-time tokens for setting a password. The token is 256 random bits; only its SHA-256 is stored, so a copy
 * of the database opens no account. A token works once and until it expires; issuing a new one for an account
 * ends the earlier ones.
 */
@Component
public class PasswordLinks {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;

    PasswordLinks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    String issue(UUID userId, Instant now, Instant expires) {
        jdbc.sql("update password_link set used_at = :now where user_id = :user and used_at is null")
                .param("now", Timestamp.from(now)).param("user", userId).update();
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.sql("insert into password_link (token_hash, user_id, created_at, expires_at) values (:hash, :user, :now, :expires)")
                .param("hash", hash(token)).param("user", userId).param("now", Timestamp.from(now))
                .param("expires", Timestamp.from(expires)).update();
        return token;
    }

    /** The account a token opens, if it is unused and unexpired. */
    public Optional<UUID> holder(String token, Instant now) {
        if (!wellFormed(token)) {
            return Optional.empty();
        }
        return jdbc.sql("select user_id from password_link where token_hash = :hash and used_at is null and expires_at > :now")
                .param("hash", hash(token)).param("now", Timestamp.from(now)).query(UUID.class).optional();
    }

    /**
     * Uses the token up: one conditional update, so of two requests with the same token only one gets the
     * account. Joins the caller's transaction, so the token stays unused if setting the password fails.
     */
    public Optional<UUID> redeem(String token, Instant now) {
        Optional<UUID> holder = holder(token, now);
        if (holder.isEmpty()) {
            return Optional.empty();
        }
        int used = jdbc.sql("update password_link set used_at = :now where token_hash = :hash and used_at is null "
                        + "and expires_at > :now")
                .param("hash", hash(token)).param("now", Timestamp.from(now)).update();
        return used == 1 ? holder : Optional.empty();
    }

    private static boolean wellFormed(String token) {
        return token != null && token.length() == 43 && token.matches("[A-Za-z0-9_-]+");
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
