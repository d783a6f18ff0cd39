package org.throughcare.followup.figures;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One request's cohort, chosen once: its condition on {@code followup_fact} (the clients' facts on the reference
 * date) and its parameters, with which each section asks the database for aggregates (counts, or histograms of a
 * per-client number) — never for every row. In a section's SQL, {@code {where}} stands for the condition on
 * {@code followup_fact}, {@code {members}} for the members' subquery and {@code :ref} for the reference date.
 */
public final class CohortQuery {

    private final JdbcClient jdbc;
    private final String where;
    private final Map<String, Object> params;
    private final LocalDate referenceDate;
    private Map<String, Long> totals;

    CohortQuery(JdbcClient jdbc, String where, Map<String, Object> params, LocalDate referenceDate) {
        this.jdbc = jdbc;
        this.where = where;
        this.params = Map.copyOf(params);
        this.referenceDate = referenceDate;
    }

    public LocalDate referenceDate() {
        return referenceDate;
    }

    /** How many clients the cohort has. */
    public long size() {
        return total("clients");
    }

    /** How many of the cohort's clients had been released by the reference date. */
    public long released() {
        return total("released");
    }

    /**
     * One of the cohort's totals ({@link FactColumns#totals()}): all of them are summed in one pass over the
     * cohort's facts, the first time one is asked for.
     */
    long total(String name) {
        if (totals == null) {
            Map<String, String> sums = FactColumns.totals();
            Map<String, Long> values = new HashMap<>();
            jdbc.sql(expand("select " + sums.entrySet().stream().map(e -> e.getValue() + " as " + e.getKey())
                    .collect(Collectors.joining(", ")) + " from followup_fact where {where}")).params(params)
                    .query(rs -> {
                        for (String key : sums.keySet()) {
                            values.put(key, rs.getLong(key));
                        }
                    });
            totals = values;
        }
        Long value = totals.get(name);
        if (value == null) {
            throw new IllegalArgumentException("no such total: " + name);
        }
        return value;
    }

    public <T> List<T> list(String sql, RowMapper<T> mapper) {
        return jdbc.sql(expand(sql)).params(params).query(mapper).list();
    }

    public long count(String sql) {
        Long count = jdbc.sql(expand(sql)).params(params).query(Long.class).single();
        return count == null ? 0 : count;
    }

    /**
     * A histogram of a per-client number over the cohort: {@code sql} selects one row per client with a number
     * {@code n} (clients it leaves out have 0).
     */
    public Histogram perClient(String sql) {
        Histogram histogram = new Histogram();
        list("select n, count(*) as clients from (" + sql + ") per_client group by n",
                (rs, i) -> histogram.add(rs.getLong("n"), rs.getLong("clients")));
        histogram.add(0, size() - histogram.total());
        return histogram;
    }

    private String expand(String sql) {
        return sql.replace("{members}", "select client_id from followup_fact where " + where)
                .replace("{where}", where);
    }
}
