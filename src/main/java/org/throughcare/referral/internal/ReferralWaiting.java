package org.throughcare.referral.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.throughcare.referral.ReferralStatus;

/** What the waiting figures and a service's queue are computed from: referrals by service and state, and starts. */
@Repository
public class ReferralWaiting {

    /** The statuses of a referral still waiting for its service to start it. */
    public static final List<ReferralStatus> WAITING = List.of(ReferralStatus.SENT, ReferralStatus.ACCEPTED,
            ReferralStatus.WAITING);

    /** When a referral was sent and when its service first started it. */
    public record Start(Instant sentAt, Instant startedAt) {
    }

    private final JdbcClient jdbc;

    ReferralWaiting(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The service's referrals first started at or after {@code since}: a referral is started once. */
    public List<Start> startedSince(UUID service, Instant since) {
        return jdbc.sql("""
                select r.referred_at, min(c.changed_at) as started_at
                from referral r join referral_change c on c.referral_id = r.id and c.to_status = 'STARTED'
                where r.service_id = :service
                group by r.id, r.referred_at
                having min(c.changed_at) >= :since""")
                .param("service", service).param("since", Timestamp.from(since))
                .query((rs, n) -> new Start(rs.getTimestamp("referred_at").toInstant(),
                        rs.getTimestamp("started_at").toInstant())).list();
    }

    public int queueLength(UUID service) {
        return jdbc.sql("select count(*) from referral where service_id = :service and status in (:waiting)")
                .param("service", service).param("waiting", names(WAITING)).query(Integer.class).single();
    }

    /** An organisation's referrals in these statuses, first sent first (ties by id, so the order is stable). */
    public List<Referrals.Row> toOrganisation(UUID organisation, Collection<ReferralStatus> statuses) {
        return jdbc.sql("""
                select * from referral where organisation_id = :organisation and status in (:statuses)
                order by referred_at, id""")
                .param("organisation", organisation).param("statuses", names(statuses))
                .query(Referrals::row).list();
    }

    private static List<String> names(Collection<ReferralStatus> statuses) {
        return statuses.stream().map(Enum::name).toList();
    }
}
