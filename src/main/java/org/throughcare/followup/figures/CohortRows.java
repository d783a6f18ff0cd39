package org.throughcare.followup.figures;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.throughcare.followup.Cohort;

/**
 * Chooses a cohort's clients: its condition on the clients' follow-up facts on the reference date
 * ({@code followup_fact}, made true first by {@link ClientFacts}), with which every section asks for aggregates only.
 * A section that is not a {@link CohortQuery} chooses the cohort's rows of a facts table with {@link #facts}.
 */
@Component
public class CohortRows {

    private final JdbcClient jdbc;
    private final ClientFacts facts;
    private final TransactionTemplate reads;

    CohortRows(JdbcClient jdbc, ClientFacts facts, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.facts = facts;
        this.reads = new TransactionTemplate(transactions);
        reads.setReadOnly(true);
        reads.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    }

    /**
     * Reads the cohort's figures: makes its clients' facts on the reference date true, then runs {@code sections}
     * on the cohort, chosen once, in one read-only transaction, so that every section sees the same records.
     */
    public <T> T read(Cohort cohort, LocalDate referenceDate, Function<CohortQuery, T> sections) {
        Map<String, Object> params = new HashMap<>();
        String where = condition(cohort, params);
        facts.prepare(where, params, referenceDate);
        params.put("ref", referenceDate);
        CohortQuery query = new CohortQuery(jdbc, "facts_on = :ref and " + where, params, referenceDate);
        return reads.execute(status -> {
            if (facts.postgresql()) {
                // A plan for the cohort's own period and offices: a generic plan, made once for any parameters,
                // guesses a range covers a few rows and gives up the parallel scan a national cohort needs.
                jdbc.sql("set local plan_cache_mode = force_custom_plan").update();
            }
            return sections.apply(query);
        });
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
