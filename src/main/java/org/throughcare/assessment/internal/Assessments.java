package org.throughcare.assessment.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.throughcare.assessment.AreaAssessment;
import org.throughcare.shared.NeedArea;
import org.throughcare.assessment.Rating;

/** The assessment and assessment_area tables: versions are inserted, never updated. */
@Repository
public class Assessments {

    public record Version(UUID id, UUID clientId, int number, LocalDate assessedOn, UUID recordedBy, Instant recordedAt) {
    }

    private final JdbcClient jdbc;

    Assessments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Version> versions(UUID client) {
        return jdbc.sql("select * from assessment where client_id = :client order by version_number desc")
                .param("client", client).query(Assessments::version).list();
    }

    public Optional<Version> version(UUID client, int number) {
        return jdbc.sql("select * from assessment where client_id = :client and version_number = :n")
                .param("client", client).param("n", number).query(Assessments::version).optional();
    }

    public Optional<Version> latest(UUID client) {
        return jdbc.sql("""
                select * from assessment where client_id = :client
                order by version_number desc fetch first 1 rows only""")
                .param("client", client).query(Assessments::version).optional();
    }

    public Map<NeedArea, AreaAssessment> areas(UUID assessment) {
        Map<NeedArea, AreaAssessment> areas = new EnumMap<>(NeedArea.class);
        jdbc.sql("select * from assessment_area where assessment_id = :id").param("id", assessment)
                .query(Assessments::area).list().forEach(a -> areas.put(a.area(), a));
        return areas;
    }

    /** The ratings of each client's latest version, for many clients in one query. */
    public Map<UUID, Map<NeedArea, Rating>> latestRatings(Collection<UUID> clients) {
        Map<UUID, Map<NeedArea, Rating>> ratings = new HashMap<>();
        if (clients.isEmpty()) {
            return ratings;
        }
        jdbc.sql("""
                select a.client_id, r.area, r.rating from assessment a
                join assessment_area r on r.assessment_id = a.id
                where a.client_id in (:clients)
                  and a.version_number = (select max(b.version_number) from assessment b where b.client_id = a.client_id)""")
                .param("clients", clients)
                .query((rs, n) -> {
                    ratings.computeIfAbsent(rs.getObject(1, UUID.class), c -> new EnumMap<>(NeedArea.class))
                            .put(NeedArea.valueOf(rs.getString(2)), Rating.valueOf(rs.getString(3)));
                    return null;
                }).list();
        return ratings;
    }

    public void insert(Version version, Collection<AreaAssessment> areas) {
        jdbc.sql("""
                insert into assessment (id, client_id, version_number, assessed_on, recorded_by, recorded_at)
                values (:id, :client, :n, :on, :by, :at)""")
                .param("id", version.id()).param("client", version.clientId()).param("n", version.number())
                .param("on", version.assessedOn()).param("by", version.recordedBy())
                .param("at", Timestamp.from(version.recordedAt())).update();
        for (AreaAssessment area : areas) {
            jdbc.sql("""
                    insert into assessment_area (assessment_id, area, rating, client_view, strengths, notes)
                    values (:id, :area, :rating, :view, :strengths, :notes)""")
                    .param("id", version.id()).param("area", area.area().name()).param("rating", area.rating().name())
                    .param("view", area.clientView()).param("strengths", area.strengths()).param("notes", area.notes())
                    .update();
        }
    }

    private static Version version(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Version(rs.getObject("id", UUID.class), rs.getObject("client_id", UUID.class),
                rs.getInt("version_number"), rs.getObject("assessed_on", LocalDate.class),
                rs.getObject("recorded_by", UUID.class), rs.getTimestamp("recorded_at").toInstant());
    }

    private static AreaAssessment area(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new AreaAssessment(NeedArea.valueOf(rs.getString("area")), Rating.valueOf(rs.getString("rating")),
                rs.getString("client_view"), rs.getString("strengths"), rs.getString("notes"));
    }
}
