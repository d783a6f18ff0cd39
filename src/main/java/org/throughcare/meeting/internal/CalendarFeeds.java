package org.throughcare.meeting.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The meeting_calendar_feed table: each user's feed token, as its hash. */
@Repository
public class CalendarFeeds {

    public record Feed(UUID userId, String tokenHash, String language, Instant createdAt) {
    }

    private final JdbcClient jdbc;

    CalendarFeeds(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Feed> ofUser(UUID user) {
        return jdbc.sql("select * from meeting_calendar_feed where user_id = :user").param("user", user)
                .query((rs, n) -> new Feed(rs.getObject("user_id", UUID.class), rs.getString("token_hash"),
                        rs.getString("language"), rs.getTimestamp("created_at").toInstant())).optional();
    }

    public Optional<Feed> byHash(String hash) {
        return jdbc.sql("select * from meeting_calendar_feed where token_hash = :hash").param("hash", hash)
                .query((rs, n) -> new Feed(rs.getObject("user_id", UUID.class), rs.getString("token_hash"),
                        rs.getString("language"), rs.getTimestamp("created_at").toInstant())).optional();
    }

    /**
     * Replaces the user's token (the old one stops working when this commits). Two at once for one user both
     * succeed, the later write winning: the insert that finds a row already there updates it instead.
     */
    public void replace(UUID user, String hash, String language, Instant at) {
        if (update(user, hash, language, at)) {
            return;
        }
        boolean inserted = jdbc.sql("""
                        insert into meeting_calendar_feed (user_id, token_hash, language, created_at)
                        values (:user, :hash, :language, :at) on conflict do nothing""")
                .param("user", user).param("hash", hash).param("language", language).param("at", Timestamp.from(at))
                .update() == 1;
        if (!inserted) {
            update(user, hash, language, at);
        }
    }

    private boolean update(UUID user, String hash, String language, Instant at) {
        return jdbc.sql("""
                        update meeting_calendar_feed set token_hash = :hash, language = :language, created_at = :at
                        where user_id = :user""")
                .param("user", user).param("hash", hash).param("language", language).param("at", Timestamp.from(at))
                .update() == 1;
    }

    /** Whether there was a token to revoke. */
    public boolean revoke(UUID user) {
        return jdbc.sql("delete from meeting_calendar_feed where user_id = :user").param("user", user).update() == 1;
    }
}
