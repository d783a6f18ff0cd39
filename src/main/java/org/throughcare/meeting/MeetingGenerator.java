package org.throughcare.meeting;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Held meetings for generated cases (demo, benchmarks), written in JDBC batches and dated as if recorded live:
 * booked a week before the day, recorded as held that day an hour after they began, with the release date known
 * then (which decides the phase) and whether the client came. No invitees: what the agencies said stays with the
 * groups the generators made, and nobody is told of a meeting long past. Booking and holding them one by one
 * through {@link MeetingManagement} would take a tenth of a second each at every start of the demo.
 */
@NamedInterface("api")
@Service
public class MeetingGenerator {

    /** One meeting as it was held. */
    public record Held(UUID clientId, LocalDate on, LocalTime at, PlaceKind placeKind, UUID placeId,
                       LocalDate releaseOn, boolean clientAttended, String agenda, String minutes) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;

    MeetingGenerator(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Writes the meetings; returns how many. */
    @Transactional
    public int write(List<Held> meetings, UUID recordedBy) {
        List<Object[]> rows = new ArrayList<>();
        List<Object[]> changes = new ArrayList<>();
        List<Object[]> records = new ArrayList<>();
        for (Held m : meetings) {
            UUID id = UUID.randomUUID();
            Timestamp booked = at(m.on().minusDays(7), LocalTime.of(10, 0));
            Timestamp held = at(m.on(), m.at().plusHours(1));
            rows.add(new Object[] {id, m.clientId(), m.on(), m.at(), 60, m.placeKind().name(), m.placeId(),
                    m.agenda(), m.releaseOn(), true, MeetingStatus.HELD.name(), false, 1L, recordedBy, booked});
            changes.add(new Object[] {UUID.randomUUID(), id, "BOOKED", recordedBy, booked});
            changes.add(new Object[] {UUID.randomUUID(), id, "HELD", recordedBy, held});
            records.add(new Object[] {UUID.randomUUID(), id, 1, m.clientAttended(), m.minutes(), recordedBy, held});
        }
        jdbc.batchUpdate("""
                insert into meeting (id, client_id, starts_on, starts_at, duration_minutes, place_kind, place_id, agenda,
                  release_on, client_invited, status, entered_afterwards, version, created_by, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
        jdbc.batchUpdate("insert into meeting_change (id, meeting_id, kind, changed_by, changed_at) values (?, ?, ?, ?, ?)",
                changes);
        jdbc.batchUpdate("""
                insert into meeting_record (id, meeting_id, revision, client_attended, minutes, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?)""", records);
        return rows.size();
    }

    private Timestamp at(LocalDate day, LocalTime time) {
        return Timestamp.from(day.atTime(time).atZone(clock.getZone()).toInstant());
    }
}
