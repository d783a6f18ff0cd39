package org.throughcare.referral.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.throughcare.referral.GoalOutcome;
import org.throughcare.referral.ReferralSide;
import org.throughcare.referral.ReferralStatus;
import org.throughcare.referral.Urgency;
import org.throughcare.shared.NeedArea;

/** The referral, referral_goal and referral_change tables. Nothing is deleted. */
@Repository
public class Referrals {

    public record Row(UUID id, UUID clientId, UUID serviceId, UUID organisationId, NeedArea needArea, String reason,
                      Urgency urgency, String clientWishes, UUID measureId, String outsideAreaReason,
                      ReferralStatus status, LocalDate expectedStart, String endNote, UUID referredBy,
                      Instant referredAt, Instant changedAt, long version) {

        public Row moved(ReferralStatus to, LocalDate start, String note, Instant at) {
            return new Row(id, clientId, serviceId, organisationId, needArea, reason, urgency, clientWishes, measureId,
                    outsideAreaReason, to, start, note, referredBy, referredAt, at, version);
        }
    }

    public record Goal(String text, GoalOutcome outcome) {
    }

    public record Change(ReferralStatus from, ReferralStatus to, ReferralSide side, String reason,
                         LocalDate expectedStart, UUID changedBy, Instant changedAt) {
    }

    private final JdbcClient jdbc;

    Referrals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Row row, List<String> goals) {
        jdbc.sql("""
                insert into referral (id, client_id, service_id, organisation_id, need_area, reason, urgency,
                    client_wishes, measure_id, outside_area_reason, status, expected_start, end_note, referred_by,
                    referred_at, changed_at, version)
                values (:id, :client, :service, :organisation, :area, :reason, :urgency, :wishes, :measure, :outside,
                    :status, null, null, :by, :at, :at, 0)""")
                .param("id", row.id()).param("client", row.clientId()).param("service", row.serviceId())
                .param("organisation", row.organisationId()).param("area", row.needArea().name())
                .param("reason", row.reason()).param("urgency", row.urgency().name())
                .param("wishes", row.clientWishes()).param("measure", row.measureId())
                .param("outside", row.outsideAreaReason()).param("status", row.status().name())
                .param("by", row.referredBy()).param("at", Timestamp.from(row.referredAt())).update();
        for (int i = 0; i < goals.size(); i++) {
            jdbc.sql("insert into referral_goal (referral_id, position, text) values (:r, :p, :t)")
                    .param("r", row.id()).param("p", i).param("t", goals.get(i)).update();
        }
    }

    /** @return false when someone else changed the referral since {@code row.version()} was read */
    public boolean update(Row row) {
        return jdbc.sql("""
                update referral set status = :status, expected_start = :start, end_note = :note, changed_at = :at,
                    version = version + 1
                where id = :id and version = :version""")
                .param("status", row.status().name()).param("start", row.expectedStart())
                .param("note", row.endNote()).param("at", Timestamp.from(row.changedAt())).param("id", row.id())
                .param("version", row.version()).update() == 1;
    }

    public void recordOutcomes(UUID referral, List<GoalOutcome> outcomes) {
        for (int i = 0; i < outcomes.size(); i++) {
            jdbc.sql("update referral_goal set outcome = :o where referral_id = :r and position = :p")
                    .param("o", outcomes.get(i).name()).param("r", referral).param("p", i).update();
        }
    }

    public void recordChange(UUID referral, Change change) {
        jdbc.sql("""
                insert into referral_change (id, referral_id, from_status, to_status, side, reason, expected_start,
                    changed_by, changed_at)
                values (:id, :r, :from, :to, :side, :reason, :start, :by, :at)""")
                .param("id", UUID.randomUUID()).param("r", referral)
                .param("from", change.from() == null ? null : change.from().name()).param("to", change.to().name())
                .param("side", change.side().name()).param("reason", change.reason())
                .param("start", change.expectedStart()).param("by", change.changedBy())
                .param("at", Timestamp.from(change.changedAt())).update();
    }

    public Optional<Row> find(UUID client, UUID referral) {
        return jdbc.sql("select * from referral where id = :id and client_id = :client")
                .param("id", referral).param("client", client).query(Referrals::row).optional();
    }

    public Optional<Row> find(UUID referral) {
        return jdbc.sql("select * from referral where id = :id").param("id", referral).query(Referrals::row).optional();
    }

    /** A client's referrals, newest first. */
    public List<Row> ofClient(UUID client) {
        return jdbc.sql("select * from referral where client_id = :client order by referred_at desc, id")
                .param("client", client).query(Referrals::row).list();
    }

    public List<Goal> goals(UUID referral) {
        return jdbc.sql("select * from referral_goal where referral_id = :r order by position").param("r", referral)
                .query((rs, n) -> new Goal(rs.getString("text"), rs.getString("outcome") == null ? null
                        : GoalOutcome.valueOf(rs.getString("outcome")))).list();
    }

    /** Oldest first: the history reads as it happened. */
    public List<Change> changes(UUID referral) {
        return jdbc.sql("select * from referral_change where referral_id = :r order by changed_at, id")
                .param("r", referral).query((rs, n) -> new Change(
                        rs.getString("from_status") == null ? null : ReferralStatus.valueOf(rs.getString("from_status")),
                        ReferralStatus.valueOf(rs.getString("to_status")), ReferralSide.valueOf(rs.getString("side")),
                        rs.getString("reason"), rs.getObject("expected_start", LocalDate.class),
                        rs.getObject("changed_by", UUID.class), rs.getTimestamp("changed_at").toInstant())).list();
    }

    /** The organisations whose staff a client's referrals still reach (see {@link ReferralStatus#reachesService}). */
    public Set<UUID> receivingOrganisations(UUID client) {
        List<String> reaching = java.util.Arrays.stream(ReferralStatus.values()).filter(ReferralStatus::reachesService)
                .map(Enum::name).toList();
        return Set.copyOf(jdbc.sql("select distinct organisation_id from referral where client_id = :c and status in (:s)")
                .param("c", client).param("s", reaching).query(UUID.class).list());
    }

    /** How many goals each of these referrals has, for lists. */
    public Map<UUID, Long> goalCounts(Collection<UUID> referrals) {
        if (referrals.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("select referral_id from referral_goal where referral_id in (:r)").param("r", referrals)
                .query(UUID.class).list().stream().collect(Collectors.groupingBy(id -> id, Collectors.counting()));
    }

    static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getObject("id", UUID.class), rs.getObject("client_id", UUID.class),
                rs.getObject("service_id", UUID.class), rs.getObject("organisation_id", UUID.class),
                NeedArea.valueOf(rs.getString("need_area")), rs.getString("reason"),
                Urgency.valueOf(rs.getString("urgency")), rs.getString("client_wishes"),
                rs.getObject("measure_id", UUID.class), rs.getString("outside_area_reason"),
                ReferralStatus.valueOf(rs.getString("status")), rs.getObject("expected_start", LocalDate.class),
                rs.getString("end_note"), rs.getObject("referred_by", UUID.class),
                rs.getTimestamp("referred_at").toInstant(), rs.getTimestamp("changed_at").toInstant(),
                rs.getLong("version"));
    }
}
