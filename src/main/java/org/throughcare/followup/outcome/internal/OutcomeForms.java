package org.throughcare.followup.outcome.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.throughcare.followup.outcome.Occupation;
import org.throughcare.followup.outcome.OutcomePoint;
import org.throughcare.followup.outcome.WhereNeeded;

/**
 * The outcome forms, and the releases they follow up read from the client module's view for follow-up
 * ({@code client_release_for_followup}); never the client's own tables.
 */
@Repository
public class OutcomeForms {

    /** A client's latest release, the first return to custody after it, and whose case it is. */
    public record Release(UUID clientId, UUID officeId, UUID coordinatorId, String stage, LocalDate releasedOn,
                          LocalDate returnedOn) {
    }

    public record Form(UUID id, UUID clientId, LocalDate releasedOn, OutcomePoint point, LocalDate recordedOn,
                       boolean settledAccommodation, Occupation occupation, WhereNeeded addictionTreatment,
                       WhereNeeded debtAdvice, boolean supportContact, boolean enteredAfterwards) {
    }

    private static final String RELEASE_COLUMNS =
            "select client_id, office_id, coordinator_id, stage, released_on, returned_on from client_release_for_followup";

    private final JdbcClient jdbc;

    OutcomeForms(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Release> release(UUID client) {
        return jdbc.sql(RELEASE_COLUMNS + " where client_id = :id").param("id", client).query(OutcomeForms::release)
                .optional();
    }

    /** Releases since {@code since} of clients still followed up (released or completed), of a coordinator or an office. */
    public List<Release> followedUp(UUID coordinator, UUID office, LocalDate since) {
        String who = coordinator != null ? "coordinator_id = :who" : "office_id = :who";
        return jdbc.sql(RELEASE_COLUMNS + " where " + who
                        + " and stage in ('RELEASED', 'COMPLETED') and released_on >= :since")
                .param("who", coordinator != null ? coordinator : office).param("since", since)
                .query(OutcomeForms::release).list();
    }

    /** The latest releases of the given clients who are still followed up (released or completed). */
    public List<Release> followedUp(Collection<UUID> clients) {
        if (clients.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(RELEASE_COLUMNS + " where client_id in (:ids) and stage in ('RELEASED', 'COMPLETED')")
                .param("ids", clients).query(OutcomeForms::release).list();
    }

    public List<Form> forms(UUID client, LocalDate releasedOn) {
        return jdbc.sql("select * from outcome_form where client_id = :id and released_on = :on order by recorded_on")
                .param("id", client).param("on", releasedOn).query(OutcomeForms::form).list();
    }

    /** The forms of the given clients for their latest release (as listed). */
    public List<Form> formsOf(Collection<UUID> clients) {
        if (clients.isEmpty()) {
            return List.of();
        }
        List<Form> all = new ArrayList<>();
        List<UUID> ids = List.copyOf(clients);
        // In slices: a cohort may hold many thousands, and an IN list has its limits.
        for (int from = 0; from < ids.size(); from += 1000) {
            all.addAll(jdbc.sql("""
                            select f.* from outcome_form f join client_release_for_followup r
                              on r.client_id = f.client_id and r.released_on = f.released_on
                            where f.client_id in (:ids)""")
                    .param("ids", ids.subList(from, Math.min(ids.size(), from + 1000)))
                    .query(OutcomeForms::form).list());
        }
        return all;
    }

    /** Inserts a form; the unique (client, release, point) refuses a second one, also when two arrive at once. */
    public void insert(Form f, UUID recordedBy, Instant at) {
        jdbc.sql("""
                        insert into outcome_form (id, client_id, released_on, point, recorded_on, settled_accommodation,
                            occupation, addiction_treatment, debt_advice, support_contact, entered_afterwards,
                            recorded_by, recorded_at)
                        values (:id, :client, :released, :point, :recorded, :settled, :occupation, :addiction, :debt,
                            :support, :afterwards, :by, :at)""")
                .param("id", f.id()).param("client", f.clientId()).param("released", f.releasedOn())
                .param("point", f.point().name()).param("recorded", f.recordedOn())
                .param("settled", f.settledAccommodation()).param("occupation", f.occupation().name())
                .param("addiction", f.addictionTreatment().name()).param("debt", f.debtAdvice().name())
                .param("support", f.supportContact()).param("afterwards", f.enteredAfterwards())
                .param("by", recordedBy).param("at", java.sql.Timestamp.from(at)).update();
    }

    private static Release release(ResultSet rs, int row) throws SQLException {
        return new Release(rs.getObject("client_id", UUID.class), rs.getObject("office_id", UUID.class),
                rs.getObject("coordinator_id", UUID.class), rs.getString("stage"),
                rs.getObject("released_on", LocalDate.class), rs.getObject("returned_on", LocalDate.class));
    }

    private static Form form(ResultSet rs, int row) throws SQLException {
        return new Form(rs.getObject("id", UUID.class), rs.getObject("client_id", UUID.class),
                rs.getObject("released_on", LocalDate.class), OutcomePoint.valueOf(rs.getString("point")),
                rs.getObject("recorded_on", LocalDate.class), rs.getBoolean("settled_accommodation"),
                Occupation.valueOf(rs.getString("occupation")), WhereNeeded.valueOf(rs.getString("addiction_treatment")),
                WhereNeeded.valueOf(rs.getString("debt_advice")), rs.getBoolean("support_contact"),
                rs.getBoolean("entered_afterwards"));
    }
}
