package org.throughcare.followup.figures;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.throughcare.followup.Cohort;

/**
 * Reads a cohort from the views the modules publish for follow-up (V32, V37–V40), and nothing else: every query
 * selects its clients with the same cohort condition on {@code followup_client}.
 */
@Component
public class CohortRows {

    static final List<String> CRITERIA = List.of("release_in_window", "risk_medium_or_high", "sentence_long_enough",
            "several_agencies", "motivated", "no_expulsion");

    private final JdbcClient jdbc;

    CohortRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public CohortData read(Cohort cohort, LocalDate referenceDate) {
        Map<String, Object> params = new HashMap<>();
        String members = members(cohort, params);
        List<CohortData.ClientRow> clients = query("select * from followup_client where client_id in (" + members + ")",
                params, (rs, n) -> new CohortData.ClientRow(uuid(rs, "client_id"), uuid(rs, "office_id"),
                        rs.getString("municipality_code"), rs.getString("gender"), date(rs, "referred_on"),
                        date(rs, "screened_on"), date(rs, "consented_on"), date(rs, "enrolled_on"),
                        date(rs, "released_on"), date(rs, "completed_on"), date(rs, "returned_on"),
                        date(rs, "exited_on"), rs.getString("exit_stage"), rs.getString("main_offence"),
                        rs.getString("risk_level")));
        Map<UUID, CohortData.ScreeningRow> screenings = new HashMap<>();
        query("select * from followup_screening where client_id in (" + members + ")", params, (rs, n) -> {
            Map<String, String> criteria = new LinkedHashMap<>();
            for (String criterion : CRITERIA) {
                criteria.put(criterion, rs.getString(criterion));
            }
            return new CohortData.ScreeningRow(uuid(rs, "client_id"), rs.getString("decision"), criteria);
        }).forEach(s -> screenings.put(s.client(), s));
        return new CohortData(referenceDate, clients, screenings,
                query("select * from followup_group_agency where client_id in (" + members + ")", params,
                        (rs, n) -> new CohortData.AgencyRow(uuid(rs, "client_id"), uuid(rs, "organisation_id"),
                                rs.getString("agency_type"), date(rs, "from_date"), date(rs, "to_date"))),
                query("select * from followup_handover where client_id in (" + members + ")", params,
                        (rs, n) -> new CohortData.HandoverRow(uuid(rs, "client_id"), date(rs, "effective_on"))),
                query("select * from followup_consent_scope where client_id in (" + members + ")", params,
                        (rs, n) -> new CohortData.ConsentRow(uuid(rs, "consent_id"), uuid(rs, "client_id"),
                                rs.getString("consent_form"), date(rs, "given_on"), date(rs, "valid_until"),
                                date(rs, "withdrawn_on"), uuid(rs, "organisation_id"))),
                query("select * from followup_assessment_rating where client_id in (" + members + ")", params,
                        (rs, n) -> new CohortData.RatingRow(uuid(rs, "client_id"), rs.getInt("version_number"),
                                date(rs, "assessed_on"), rs.getString("area"), rs.getString("rating"))),
                query("select * from followup_measure where client_id in (" + members + ")", params,
                        (rs, n) -> new CohortData.MeasureRow(uuid(rs, "client_id"), rs.getString("area"),
                                rs.getString("phase"), rs.getString("status"), rs.getString("owner_agency_type"))),
                query("select * from followup_custody_event where client_id in (" + members + ")", params,
                        (rs, n) -> new CohortData.CustodyEventRow(uuid(rs, "client_id"), rs.getString("kind"),
                                date(rs, "effective_on"))),
                query("select * from followup_release_date_change where client_id in (" + members + ")", params,
                        (rs, n) -> new CohortData.DateChangeRow(uuid(rs, "client_id"), date(rs, "changed_on"))),
                query("select * from followup_acknowledgement where client_id in (" + members + ")", params,
                        (rs, n) -> new CohortData.AcknowledgementRow(uuid(rs, "event_id"), uuid(rs, "client_id"),
                                instant(rs, "created_at"), rs.getInt("recipients"), rs.getInt("acknowledged"),
                                instant(rs, "last_acknowledged_at"))),
                query("select * from followup_meetings where client_id in (" + members + ")", params,
                        (rs, n) -> new CohortData.MeetingRow(uuid(rs, "client_id"), date(rs, "meeting_on"),
                                rs.getString("phase"), rs.getBoolean("held"),
                                rs.getObject("client_attended", Boolean.class))));
    }

    /**
     * The cohort's members as a subquery ({@code select client_id from followup_client where ...}) for a section
     * to restrict its aggregate with {@code client_id in (...)}; its named parameters are put in {@code params}.
     */
    public String members(Cohort cohort, Map<String, Object> params) {
        return "select client_id from followup_client where " + condition(cohort, params);
    }

    /** The cohort's condition on {@code followup_client}; the period's column is chosen from a fixed set. */
    private static String condition(Cohort cohort, Map<String, Object> params) {
        String column = switch (cohort.basis()) {
            case REFERRAL -> "referred_on";
            case ENROLMENT -> "enrolled_on";
            case RELEASE -> "released_on";
        };
        StringBuilder where = new StringBuilder(column + " between :from and :to");
        params.put("from", cohort.from());
        params.put("to", cohort.to());
        if (!cohort.offices().isEmpty()) {
            where.append(" and office_id in (:offices)");
            params.put("offices", cohort.offices());
        }
        if (!cohort.municipalities().isEmpty()) {
            where.append(" and municipality_code in (:municipalities)");
            params.put("municipalities", cohort.municipalities());
        }
        return where.toString();
    }

    private <T> List<T> query(String sql, Map<String, Object> params,
                              org.springframework.jdbc.core.RowMapper<T> mapper) {
        return jdbc.sql(sql).params(params).query(mapper).list();
    }

    private static UUID uuid(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, UUID.class);
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
