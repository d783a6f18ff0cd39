package org.throughcare.identity.internal;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Failed logins in a row per username and source address, counted in the database so every node and every
 * parallel request sees the same count. An attempt is claimed before its password is checked: the claim is one
 * conditional UPDATE, so of any number of parallel guesses at most the limit get a password check, and the
 * claim that reaches the limit also sets the lock (a right password on that last try lifts it again).
 * Each statement runs on its own (no surrounding transaction): the claim must be visible to the other
 * requests before the slow password check starts.
 */
@Component
public class LoginFailures {

    private final JdbcClient jdbc;
    private final LoginProperties properties;

    LoginFailures(JdbcClient jdbc, LoginProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    /** @return whether this attempt may check its password; false while the pair is locked */
    public boolean claim(String username, String source, Instant now) {
        // Another node's right password may end the series (delete the row) between this insert and this update;
        // the row is then simply gone, not locked, and the claim is taken again on a fresh row.
        for (int attempt = 0; attempt < 3; attempt++) {
            insertIfAbsent(username, source, now);
            if (countThisAttempt(username, source, now)) {
                return true;
            }
            if (locked(username, source, now)) {
                return false;
            }
        }
        return false;
    }

    private void insertIfAbsent(String username, String source, Instant now) {
        try {
            jdbc.sql("""
                    insert into login_failure (username, source, failures, last_attempt)
                    select :username, :source, 0, cast(:now as timestamp with time zone) where not exists
                      (select 1 from login_failure where username = :username and source = :source)""")
                    .param("username", username).param("source", source).param("now", Timestamp.from(now)).update();
        } catch (DuplicateKeyException e) {
            // A parallel attempt inserted the row first; the update counts this one.
        }
    }

    private boolean countThisAttempt(String username, String source, Instant now) {
        // A lock that has run out starts a new series at 1.
        return jdbc.sql("""
                update login_failure set
                  failures = case when locked_until <= :now then 1 else failures + 1 end,
                  locked_until = case when (case when locked_until <= :now then 1 else failures + 1 end) >= :max
                                      then cast(:until as timestamp with time zone) else null end,
                  last_attempt = :now
                where username = :username and source = :source and (locked_until is null or locked_until <= :now)""")
                .param("username", username).param("source", source).param("now", Timestamp.from(now))
                .param("max", properties.maxFailedAttempts())
                .param("until", Timestamp.from(now.plus(properties.lockout())))
                .update() == 1;
    }

    boolean locked(String username, String source, Instant now) {
        return jdbc.sql("select count(*) from login_failure where username = :username and source = :source "
                        + "and locked_until > :now")
                .param("username", username).param("source", source).param("now", Timestamp.from(now))
                .query(Long.class).single() > 0;
    }

    /** The right password: the series from this address ends. */
    void forget(String username, String source) {
        jdbc.sql("delete from login_failure where username = :username and source = :source")
                .param("username", username).param("source", source).update();
    }

    /** The administrator's unlock: every address may try again. */
    public int unlock(String username) {
        return jdbc.sql("delete from login_failure where username = :username").param("username", username).update();
    }
}
