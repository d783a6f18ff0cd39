package org.throughcare.client.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.throughcare.client.CoordinatorChangeView;
import org.throughcare.client.Eligibility;
import org.throughcare.client.KeyDate;
import org.throughcare.client.Stage;
import org.throughcare.client.TimelineEntryView;

/** A case's history as its pages show it: the timeline of stages, key dates and screenings, and the handovers. */
@Repository
public class CaseHistoryReads {

    private final JdbcClient jdbc;

    CaseHistoryReads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Newest first by the day each step took effect (a key-date change by the day it was made), then by when it was
     * recorded (a screening's stage change above the screening): a history entered afterwards reads in the same
     * order as one entered live. {@code recordedBy} holds the user id, which the caller turns into a name.
     */
    public List<TimelineEntryView> timeline(UUID client) {
        List<Object[]> raw = jdbc.sql("""
                        select * from (
                        select 'STAGE' as entry_type, recorded_at as recorded_time, effective_on, recorded_by as actor,
                               from_stage, to_stage, cast(null as varchar(40)) as date_field,
                               cast(null as date) as old_value, cast(null as date) as new_value,
                               cast(null as varchar(20)) as decision, reason, entered_afterwards,
                               effective_on as sort_day
                        from stage_transition where client_id = :id
                        union all
                        select 'KEY_DATE', changed_at, cast(null as date), changed_by, cast(null as varchar(30)),
                               cast(null as varchar(30)), date_field, old_value, new_value, cast(null as varchar(20)),
                               reason, false, cast(changed_at as date)
                        from key_date_change where client_id = :id
                        union all
                        select 'SCREENING', screened_at, screened_on, screened_by, cast(null as varchar(30)),
                               cast(null as varchar(30)), cast(null as varchar(40)), cast(null as date),
                               cast(null as date), decision, reason, entered_afterwards, screened_on
                        from eligibility_screening where client_id = :id
                        ) history order by sort_day desc, recorded_time desc, entry_type desc""")
                .param("id", client)
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getTimestamp(2).toInstant(),
                        rs.getObject(3, LocalDate.class), rs.getObject(4, UUID.class), rs.getString(5), rs.getString(6),
                        rs.getString(7), rs.getObject(8, LocalDate.class), rs.getObject(9, LocalDate.class),
                        rs.getString(10), rs.getString(11), rs.getBoolean(12)})
                .list();
        return raw.stream().map(r -> new TimelineEntryView(TimelineEntryView.Type.valueOf((String) r[0]),
                (java.time.Instant) r[1], (LocalDate) r[2], r[3].toString(), stage(r[4]), stage(r[5]),
                r[6] == null ? null : KeyDate.valueOf((String) r[6]), (LocalDate) r[7], (LocalDate) r[8],
                r[9] == null ? null : Eligibility.valueOf((String) r[9]), (String) r[10], (Boolean) r[11])).toList();
    }

    /** Handovers of the coordinator role, oldest first; names are the caller's to add. */
    public List<CoordinatorChangeView> coordinatorChanges(UUID client) {
        return jdbc.sql("""
                        select from_coordinator, to_coordinator, effective_on, reason, recorded_by, recorded_at
                        from coordinator_change where client_id = :id order by recorded_at""")
                .param("id", client)
                .query((rs, n) -> new CoordinatorChangeView(rs.getObject(1, UUID.class), null, rs.getObject(2, UUID.class),
                        null, rs.getObject(3, LocalDate.class), rs.getString(4), rs.getString(5),
                        rs.getTimestamp(6).toInstant()))
                .list();
    }

    private static Stage stage(Object value) {
        return value == null ? null : Stage.valueOf((String) value);
    }
}
