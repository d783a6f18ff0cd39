package org.throughcare.followup.figures;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.throughcare.followup.Cohort;

/**
 * Reads a cohort from the views the modules publish for follow-up (V32, V37–V40), and nothing else: every query
 * selects its clients with the same cohort condition on {@code followup_client}, and asks for aggregates only.
 */
@Component
public class CohortRows {

    static final List<String> CRITERIA = List.of("release_in_window", "risk_medium_or_high", "sentence_long_enough",
            "several_agencies", "motivated", "no_expulsion");

    private final JdbcClient jdbc;

    CohortRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The cohort, chosen once for the request, with the reference date its "as at" figures are taken on. */
    public CohortQuery query(Cohort cohort, LocalDate referenceDate) {
        Map<String, Object> params = new HashMap<>();
        String where = condition(cohort, params);
        params.put("ref", referenceDate);
        return new CohortQuery(jdbc, where, params, referenceDate);
    }

    /**
     * The cohort's members as a subquery ({@code select client_id from followup_client where ...}) for a section
     * to restrict its aggregate with {@code client_id in (...)}; its named parameters are put in {@code params}.
     */
    public static String members(Cohort cohort, Map<String, Object> params) {
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
}
