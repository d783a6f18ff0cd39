package org.throughcare.referral;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * For the demo only (its loader never runs in production): moves a referral made today, through
 * {@link ReferralManagement} like any other, back to the days it would have been sent and changed, so that the
 * demo shows waiting times and days waiting. Each time is 10:00 on that day in the application's zone.
 */
@NamedInterface("demo")
@Component
public class ReferralTimeline {

    private final JdbcClient jdbc;
    private final Clock clock;

    ReferralTimeline(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** {@code changedDaysAgo}: for each change after sending, in the order made, how many days ago it was. */
    @Transactional
    public void dateBack(UUID referral, int sentDaysAgo, int... changedDaysAgo) {
        List<UUID> changes = jdbc.sql("select id from referral_change where referral_id = :r order by changed_at, id")
                .param("r", referral).query(UUID.class).list();
        if (changes.size() != changedDaysAgo.length + 1) {
            throw new IllegalArgumentException("referral " + referral + " has " + changes.size() + " changes");
        }
        Instant last = at(sentDaysAgo);
        set(changes.get(0), last);
        for (int i = 0; i < changedDaysAgo.length; i++) {
            last = at(changedDaysAgo[i]);
            set(changes.get(i + 1), last);
        }
        jdbc.sql("update referral set referred_at = :sent, changed_at = :last where id = :r")
                .param("sent", Timestamp.from(at(sentDaysAgo))).param("last", Timestamp.from(last))
                .param("r", referral).update();
    }

    private void set(UUID change, Instant at) {
        jdbc.sql("update referral_change set changed_at = :at where id = :id").param("at", Timestamp.from(at))
                .param("id", change).update();
    }

    private Instant at(int daysAgo) {
        return LocalDate.now(clock).minusDays(daysAgo).atTime(10, 0).atZone(clock.getZone()).toInstant();
    }
}
