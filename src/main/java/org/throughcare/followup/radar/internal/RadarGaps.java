package org.throughcare.followup.radar.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The radar's own memory: when each open gap was first seen, and the daily count of open gaps per kind. */
@Repository
public class RadarGaps {

    /** A gap as the modules raise it: the client and the kind of flag. */
    public record Key(UUID clientId, String kind) {
    }

    private final JdbcClient jdbc;

    RadarGaps(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The open gaps the office's last snapshots saw, with the day each was first seen. */
    public Map<Key, LocalDate> firstSeen(UUID office) {
        Map<Key, LocalDate> seen = new HashMap<>();
        jdbc.sql("select client_id, kind, first_seen from radar_gap where office_id = :office and closed_on is null")
                .param("office", office).query((rs, n) -> seen.put(new Key(rs.getObject("client_id", UUID.class),
                        rs.getString("kind")), rs.getObject("first_seen", LocalDate.class))).list();
        return seen;
    }

    public void open(UUID office, Key gap, LocalDate on) {
        jdbc.sql("insert into radar_gap (id, office_id, client_id, kind, first_seen) values (:id, :office, :client, :kind, :on)")
                .param("id", UUID.randomUUID()).param("office", office).param("client", gap.clientId())
                .param("kind", gap.kind()).param("on", on).update();
    }

    public void close(UUID office, Key gap, LocalDate on) {
        jdbc.sql("""
                        update radar_gap set closed_on = :on where office_id = :office and client_id = :client
                          and kind = :kind and closed_on is null""")
                .param("on", on).param("office", office).param("client", gap.clientId()).param("kind", gap.kind())
                .update();
    }

    /** Replaces the office's counts of the day (a second run the same day counts again). */
    public void counts(UUID office, LocalDate day, Map<String, Integer> openByKind) {
        jdbc.sql("delete from radar_snapshot where office_id = :office and taken_on = :day").param("office", office)
                .param("day", day).update();
        openByKind.forEach((kind, count) -> jdbc.sql("""
                        insert into radar_snapshot (office_id, taken_on, kind, open_gaps)
                        values (:office, :day, :kind, :count)""")
                .param("office", office).param("day", day).param("kind", kind).param("count", count).update());
    }

    /** The counts per day since {@code since}, oldest first. */
    public List<Map.Entry<LocalDate, Map<String, Integer>>> trend(UUID office, LocalDate since) {
        TreeMap<LocalDate, Map<String, Integer>> days = new TreeMap<>();
        jdbc.sql("""
                        select taken_on, kind, open_gaps from radar_snapshot where office_id = :office
                          and taken_on >= :since""")
                .param("office", office).param("since", since).query((rs, n) -> days.computeIfAbsent(
                        rs.getObject("taken_on", LocalDate.class), d -> new TreeMap<>())
                        .put(rs.getString("kind"), rs.getInt("open_gaps"))).list();
        return new ArrayList<>(days.entrySet());
    }
}
