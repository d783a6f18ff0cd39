package org.throughcare.followup.figures;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.throughcare.followup.Cohort;

/**
 * Chooses a cohort's clients: its condition on the clients' follow-up facts on the reference date
 * ({@code followup_fact}, made true first by {@link ClientFacts}), with which every section asks for aggregates only.
 */
@Component
public class CohortRows {

    private final JdbcClient jdbc;
    private final ClientFacts facts;

    CohortRows(JdbcClient jdbc, ClientFacts facts) {
        this.jdbc = jdbc;
        this.facts = facts;
    }

    /**
     * The cohort, chosen once for the request, with the reference date its "as at" figures are taken on; its
     * clients' facts on that date are made true first.
     */
    public CohortQuery query(Cohort cohort, LocalDate referenceDate) {
        Map<String, Object> params = new HashMap<>();
        String where = condition(cohort, params);
        facts.prepare(where, params, referenceDate);
        params.put("ref", referenceDate);
        return new CohortQuery(jdbc, "facts_on = :ref and " + where, params, referenceDate);
    }

    /**
     * The cohort's members on {@code reference} as a subquery ({@code select client_id from followup_fact where ...})
     * for a section to restrict its aggregate with {@code client_id in (...)}; its named parameters are put in
     * {@code params}. Only after {@link #query} has made the cohort's facts true.
     */
    public static String members(Cohort cohort, LocalDate reference, Map<String, Object> params) {
        return "select client_id from followup_fact where " + facts(cohort, reference, params);
    }

    /** The cohort's condition on {@code followup_fact} on {@code reference}, its parameters put in {@code params}. */
    public static String facts(Cohort cohort, LocalDate reference, Map<String, Object> params) {
        params.put("ref", reference);
        return "facts_on = :ref and " + condition(cohort, params);
    }

    /**
     * The cohort's condition on the columns {@code followup_client} and {@code followup_fact} share; the period's
     * column is chosen from a fixed set.
     */
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
