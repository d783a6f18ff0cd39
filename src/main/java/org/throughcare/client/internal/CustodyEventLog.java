package org.throughcare.client.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.throughcare.client.CustodyEventKind;
import org.throughcare.client.CustodyEventSource;
import org.throughcare.client.EarlyReleaseType;
import org.throughcare.client.ReturnReason;

/** The custody events of every case, only ever appended to. */
@Repository
public class CustodyEventLog {

    /** An event as stored; {@code recordedBy} is the user's id, which readers turn into a name. */
    public record Entry(UUID id, UUID clientId, UUID episodeId, CustodyEventKind kind, LocalDate effectiveOn,
                        UUID fromInstitutionId, UUID toInstitutionId, String fromMunicipality, String toMunicipality,
                        EarlyReleaseType earlyReleaseType, ReturnReason returnReason, String reason,
                        CustodyEventSource source, String sourceKey, String externalId, Instant occurredAt,
                        boolean applied, UUID recordedBy, Instant recordedAt, boolean enteredAfterwards) {
    }

    private static final String COLUMNS = """
            id, client_id, episode_id, kind, effective_on, from_institution_id, to_institution_id, from_municipality,
            to_municipality, early_release_type, return_reason, reason, source, source_key, external_id, occurred_at,
            applied, recorded_by, recorded_at, entered_afterwards""";

    private final JdbcClient jdbc;

    CustodyEventLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Holds the case's row until the transaction ends, without changing it: events for one client are then
     * recorded one at a time, so a second copy of an event finds the first, and two events of one fact are
     * compared with each other rather than both with what was there before.
     */
    public boolean lockCase(UUID client) {
        return jdbc.sql("select id from client where id = :id for update").param("id", client).query(UUID.class)
                .optional().isPresent();
    }

    public void append(Entry e) {
        jdbc.sql("insert into custody_event (" + COLUMNS + """
                        ) values (:id, :client, :episode, :kind, :on, :fromInstitution, :toInstitution,
                          :fromMunicipality, :toMunicipality, :earlyType, :returnReason, :reason, :source, :sourceKey,
                          :externalId, :occurredAt, :applied, :by, :at, :afterwards)""")
                .param("id", e.id()).param("client", e.clientId()).param("episode", e.episodeId())
                .param("kind", e.kind().name()).param("on", e.effectiveOn())
                .param("fromInstitution", e.fromInstitutionId()).param("toInstitution", e.toInstitutionId())
                .param("fromMunicipality", e.fromMunicipality()).param("toMunicipality", e.toMunicipality())
                .param("earlyType", e.earlyReleaseType() == null ? null : e.earlyReleaseType().name())
                .param("returnReason", e.returnReason() == null ? null : e.returnReason().name())
                .param("reason", e.reason()).param("source", e.source().name()).param("sourceKey", e.sourceKey())
                .param("externalId", e.externalId()).param("occurredAt", Timestamp.from(e.occurredAt()))
                .param("applied", e.applied()).param("by", e.recordedBy()).param("at", Timestamp.from(e.recordedAt()))
                .param("afterwards", e.enteredAfterwards()).update();
    }

    public Optional<Entry> bySenderId(String sourceKey, String externalId) {
        return jdbc.sql("select " + COLUMNS + " from custody_event where source_key = :key and external_id = :id")
                .param("key", sourceKey).param("id", externalId).query(CustodyEventLog::entry).optional();
    }

    /** When the newest applied event of these kinds happened at its source, if there is one. */
    public Optional<Instant> newestApplied(UUID client, Collection<CustodyEventKind> kinds) {
        return jdbc.sql("""
                        select max(occurred_at) from custody_event
                        where client_id = :client and applied and kind in (:kinds)""")
                .param("client", client).param("kinds", kinds.stream().map(Enum::name).toList())
                .query((rs, n) -> rs.getTimestamp(1)).optional().map(Timestamp::toInstant);
    }

    /** Newest first, by when each happened. */
    public List<Entry> ofClient(UUID client) {
        return jdbc.sql("select " + COLUMNS + " from custody_event where client_id = :client "
                        + "order by occurred_at desc, recorded_at desc")
                .param("client", client).query(CustodyEventLog::entry).list();
    }

    private static Entry entry(ResultSet rs, int n) throws SQLException {
        return new Entry(rs.getObject("id", UUID.class), rs.getObject("client_id", UUID.class),
                rs.getObject("episode_id", UUID.class), CustodyEventKind.valueOf(rs.getString("kind")),
                rs.getObject("effective_on", LocalDate.class), rs.getObject("from_institution_id", UUID.class),
                rs.getObject("to_institution_id", UUID.class), rs.getString("from_municipality"),
                rs.getString("to_municipality"),
                rs.getString("early_release_type") == null ? null
                        : EarlyReleaseType.valueOf(rs.getString("early_release_type")),
                rs.getString("return_reason") == null ? null : ReturnReason.valueOf(rs.getString("return_reason")),
                rs.getString("reason"), CustodyEventSource.valueOf(rs.getString("source")),
                rs.getString("source_key"), rs.getString("external_id"), rs.getTimestamp("occurred_at").toInstant(),
                rs.getBoolean("applied"), rs.getObject("recorded_by", UUID.class),
                rs.getTimestamp("recorded_at").toInstant(), rs.getBoolean("entered_afterwards"));
    }
}
