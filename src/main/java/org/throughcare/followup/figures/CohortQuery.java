package org.throughcare.followup.figures;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
    private Map<String, Histogram> histograms;
    private List<Place> places;

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

    /**
     * The histogram of a per-client number ({@link FactColumns#perClient()}: held meetings, agencies, handovers,
     * release-date changes; every client counts, with 0 where nothing happened) or of the days from the first held
     * meeting to release ({@code lead}: only the released clients whose first meeting came before). All of them
     * come from one grouped pass over the cohort's facts, the first time one is asked for.
     */
    Histogram histogram(String name) {
        if (histograms == null) {
            Map<String, String> metrics = FactColumns.perClient();
            Map<String, Histogram> values = new HashMap<>();
            metrics.keySet().forEach(metric -> values.put(metric, new Histogram()));
            // Clients alike in every number at once: a few thousand groups, from which each histogram is summed.
            String names = String.join(", ", metrics.keySet());
            jdbc.sql(expand("select " + names + ", count(*) as clients from (select " + metrics.entrySet().stream()
                    .map(e -> e.getValue() + " as " + e.getKey()).collect(Collectors.joining(", "))
                    + " from followup_fact where {where}) per_client group by " + names)).params(params)
                    .query(rs -> {
                        long clients = rs.getLong("clients");
                        for (String metric : metrics.keySet()) {
                            long n = rs.getLong(metric);
                            if (!rs.wasNull()) {
                                values.get(metric).add(n, clients);
                            }
                        }
                    });
            histograms = values;
        }
        Histogram histogram = histograms.get(name);
        if (histogram == null) {
            throw new IllegalArgumentException("no such per-client number: " + name);
        }
        return histogram;
    }

    /** Where the cohort's clients are: by office and municipality, with their held meetings (one pass, once). */
    public List<Place> places() {
        if (places == null) {
            places = list("""
                    select office_id, municipality_code, count(*) as clients,
                           sum(meetings_in_custody) as in_custody, sum(meetings_after_release) as after_release,
                           sum(meetings_client_present) as present, sum(meetings_client_absent) as absent
                    from followup_fact where {where}
                    group by office_id, municipality_code""", (rs, n) -> new Place(
                    rs.getObject("office_id", UUID.class), rs.getString("municipality_code"), rs.getLong("clients"),
                    rs.getLong("in_custody"), rs.getLong("after_release"), rs.getLong("present"),
                    rs.getLong("absent")));
        }
        return places;
    }

    /** The offices the cohort's clients belong to. */
    public java.util.Set<UUID> offices() {
        return places().stream().map(Place::office).filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
    }

    /** The cohort's clients in one office and municipality, and the meetings held for them by the reference date. */
    public record Place(UUID office, String municipality, long clients, long meetingsInCustody,
                        long meetingsAfterRelease, long meetingsClientPresent, long meetingsClientAbsent) {
    }

    private String expand(String sql) {
        return sql.replace("{members}", "select client_id from followup_fact where " + where)
                .replace("{where}", where);
    }
}
