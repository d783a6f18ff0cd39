package org.throughcare.meeting.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Held meetings as the view {@code followup_meetings} publishes them to the follow-up module; the module's own
 * figures read the same view, so that both count alike.
 */
@Repository
public class HeldMeetingFacts {

    public record Fact(UUID meetingId, UUID clientId, LocalDate meetingOn, String phase, LocalDate releaseOn,
                       boolean clientAttended, int agenciesPresent) {
    }

    private final JdbcClient jdbc;

    HeldMeetingFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Fact> ofClient(UUID client) {
        return jdbc.sql("select * from followup_meetings where held and client_id = :c order by meeting_on")
                .param("c", client).query(HeldMeetingFacts::fact).list();
    }

    public List<Fact> ofOffice(UUID office) {
        return jdbc.sql("select * from followup_meetings where held and office_id = :o order by client_id, meeting_on")
                .param("o", office).query(HeldMeetingFacts::fact).list();
    }

    private static Fact fact(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Fact(rs.getObject("meeting_id", UUID.class), rs.getObject("client_id", UUID.class),
                rs.getObject("meeting_on", LocalDate.class), rs.getString("phase"),
                rs.getObject("release_on", LocalDate.class), rs.getBoolean("client_attended"),
                rs.getInt("agencies_present"));
    }
}
