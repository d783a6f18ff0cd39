package org.throughcare.referral;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.throughcare.shared.ClientId;

/**
 * Referrals written straight into the tables with the days they were sent and started, so that waiting figures and
 * queue order can be checked against values worked out by hand. Every time is noon in the application's zone.
 */
final class ReferralRows {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final UUID referrer;

    ReferralRows(JdbcClient jdbc, Clock clock, UUID referrer) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.referrer = referrer;
    }

    Instant daysAgo(int days) {
        return LocalDate.now(clock).minusDays(days).atTime(12, 0).atZone(clock.getZone()).toInstant();
    }

    /** A referral sent {@code sentDaysAgo}, now in {@code status}; started {@code startedDaysAgo} unless null. */
    UUID add(ClientId client, UUID service, UUID organisation, int sentDaysAgo, ReferralStatus status,
             Integer startedDaysAgo) {
        UUID id = UUID.randomUUID();
        Instant sent = daysAgo(sentDaysAgo);
        Instant last = startedDaysAgo == null ? sent : daysAgo(startedDaysAgo);
        jdbc.sql("""
                insert into referral (id, client_id, service_id, organisation_id, need_area, reason, urgency, status,
                    referred_by, referred_at, changed_at, version)
                values (:id, :client, :service, :organisation, 'SUBSTANCE_USE', 'Queue test', 'ROUTINE', :status,
                    :by, :sent, :last, 0)""")
                .param("id", id).param("client", client.value()).param("service", service)
                .param("organisation", organisation).param("status", status.name()).param("by", referrer)
                .param("sent", Timestamp.from(sent)).param("last", Timestamp.from(last)).update();
        change(id, null, ReferralStatus.SENT, sent);
        if (startedDaysAgo != null) {
            change(id, ReferralStatus.ACCEPTED, ReferralStatus.STARTED, last);
        }
        return id;
    }

    private void change(UUID referral, ReferralStatus from, ReferralStatus to, Instant at) {
        jdbc.sql("""
                insert into referral_change (id, referral_id, from_status, to_status, side, changed_by, changed_at)
                values (:id, :r, :from, :to, 'SERVICE', :by, :at)""")
                .param("id", UUID.randomUUID()).param("r", referral).param("from", from == null ? null : from.name())
                .param("to", to.name()).param("by", referrer).param("at", Timestamp.from(at)).update();
    }
}
