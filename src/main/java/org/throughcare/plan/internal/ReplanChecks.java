package org.throughcare.plan.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.throughcare.plan.RecheckReason;
import org.throughcare.plan.ReleaseDayItem;

/**
 * The re-planning a custody event asks for: release-day arrangements and measures to check, and the events
 * already handled (plan_replanned_event, release_day_check, measure_date_check).
 */
@Repository
public class ReplanChecks {


    public record ArrangementCheck(ReleaseDayItem item, RecheckReason reason, LocalDate oldDate, LocalDate newDate,
                                   UUID oldInstitutionId) {
    }

    public record MeasureCheck(UUID measureId, LocalDate oldDate, LocalDate newDate) {
    }

    private final JdbcClient jdbc;

    ReplanChecks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @return true the first time this event is handled; false for a redelivery, which then changes nothing. A
     * copy delivered in parallel waits on the first one's row and then finds it.
     */
    public boolean firstTime(String eventKey, UUID client, Instant at) {
        return jdbc.sql("""
                        insert into plan_replanned_event (event_key, client_id, handled_at)
                        values (:key, :client, :at) on conflict do nothing""")
                .param("key", eventKey).param("client", client).param("at", Timestamp.from(at)).update() == 1;
    }

    /**
     * The arrangement is to be checked for a moved date: a check already waiting keeps the date the arrangement
     * was made for and takes the latest one.
     */
    public void dateMoved(UUID client, ReleaseDayItem item, LocalDate from, LocalDate to, Instant at) {
        int moved = jdbc.sql("""
                        update release_day_check set new_date = :to, raised_at = :at
                        where client_id = :client and item = :item and reason = 'DATE_MOVED'""")
                .param("client", client).param("item", item.name()).param("to", to).param("at", Timestamp.from(at))
                .update();
        if (moved == 0) {
            insert(client, item, RecheckReason.DATE_MOVED, from, to, null, at);
        }
    }

    public void transferred(UUID client, ReleaseDayItem item, UUID from, Instant at) {
        jdbc.sql("delete from release_day_check where client_id = :client and item = :item and reason = 'TRANSFERRED'")
                .param("client", client).param("item", item.name()).update();
        insert(client, item, RecheckReason.TRANSFERRED, null, null, from, at);
    }

    private void insert(UUID client, ReleaseDayItem item, RecheckReason reason, LocalDate from, LocalDate to,
                        UUID institution, Instant at) {
        jdbc.sql("""
                        insert into release_day_check (client_id, item, reason, old_date, new_date, old_institution_id,
                          raised_at)
                        values (:client, :item, :reason, :from, :to, :institution, :at)""")
                .param("client", client).param("item", item.name()).param("reason", reason.name())
                .param("from", from).param("to", to).param("institution", institution)
                .param("at", Timestamp.from(at)).update();
    }

    public List<ArrangementCheck> arrangements(UUID client) {
        return jdbc.sql("select * from release_day_check where client_id = :client order by item, reason")
                .param("client", client)
                .query((rs, n) -> new ArrangementCheck(ReleaseDayItem.valueOf(rs.getString("item")),
                        RecheckReason.valueOf(rs.getString("reason")), rs.getObject("old_date", LocalDate.class),
                        rs.getObject("new_date", LocalDate.class), rs.getObject("old_institution_id", UUID.class)))
                .list();
    }

    /** @return the checks of this arrangement that were waiting, now removed (empty when someone was first) */
    public List<ArrangementCheck> confirm(UUID client, ReleaseDayItem item) {
        List<ArrangementCheck> waiting = jdbc.sql("""
                        select * from release_day_check where client_id = :client and item = :item for update""")
                .param("client", client).param("item", item.name())
                .query((rs, n) -> new ArrangementCheck(item, RecheckReason.valueOf(rs.getString("reason")),
                        rs.getObject("old_date", LocalDate.class), rs.getObject("new_date", LocalDate.class),
                        rs.getObject("old_institution_id", UUID.class))).list();
        int removed = jdbc.sql("delete from release_day_check where client_id = :client and item = :item")
                .param("client", client).param("item", item.name()).update();
        return removed == 0 ? List.of() : waiting;
    }

    /** A measure due on the old date is to be checked; one already waiting takes the latest date. */
    public void measureDateMoved(UUID client, UUID measure, LocalDate from, LocalDate to, Instant at) {
        int moved = jdbc.sql("update measure_date_check set new_date = :to, raised_at = :at where measure_id = :m")
                .param("m", measure).param("to", to).param("at", Timestamp.from(at)).update();
        if (moved == 0) {
            jdbc.sql("""
                            insert into measure_date_check (measure_id, client_id, old_date, new_date, raised_at)
                            values (:m, :client, :from, :to, :at)""")
                    .param("m", measure).param("client", client).param("from", from).param("to", to)
                    .param("at", Timestamp.from(at)).update();
        }
    }

    /** Every waiting measure check of the client follows a further move of the date. */
    public void measuresFollow(UUID client, LocalDate to, Instant at) {
        jdbc.sql("update measure_date_check set new_date = :to, raised_at = :at where client_id = :client")
                .param("client", client).param("to", to).param("at", Timestamp.from(at)).update();
    }

    public Map<UUID, MeasureCheck> measures(UUID client) {
        Map<UUID, MeasureCheck> checks = new HashMap<>();
        jdbc.sql("select * from measure_date_check where client_id = :client").param("client", client)
                .query((rs, n) -> new MeasureCheck(rs.getObject("measure_id", UUID.class),
                        rs.getObject("old_date", LocalDate.class), rs.getObject("new_date", LocalDate.class)))
                .list().forEach(c -> checks.put(c.measureId(), c));
        return checks;
    }

    /** Locks the measure's check for the one who decides it; empty when it was decided already. */
    public Optional<MeasureCheck> lockMeasure(UUID measure) {
        return jdbc.sql("select * from measure_date_check where measure_id = :m for update").param("m", measure)
                .query((rs, n) -> new MeasureCheck(measure, rs.getObject("old_date", LocalDate.class),
                        rs.getObject("new_date", LocalDate.class))).optional();
    }

    public void measureDecided(UUID measure) {
        jdbc.sql("delete from measure_date_check where measure_id = :m").param("m", measure).update();
    }

    /** Of these clients, those with an arrangement to check and those with a measure to check. */
    public Map<UUID, List<String>> kindsFor(Collection<UUID> clients, String arrangementKind, String measureKind) {
        Map<UUID, List<String>> kinds = new HashMap<>();
        if (clients.isEmpty()) {
            return kinds;
        }
        jdbc.sql("select distinct client_id from release_day_check where client_id in (:clients)")
                .param("clients", clients).query(UUID.class).list()
                .forEach(id -> kinds.computeIfAbsent(id, k -> new java.util.ArrayList<>()).add(arrangementKind));
        jdbc.sql("select distinct client_id from measure_date_check where client_id in (:clients)")
                .param("clients", clients).query(UUID.class).list()
                .forEach(id -> kinds.computeIfAbsent(id, k -> new java.util.ArrayList<>()).add(measureKind));
        return kinds;
    }
}
