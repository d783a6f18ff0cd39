package org.throughcare.followup.figures;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps {@code followup_fact} (V58) true: each client's facts on a day, as {@link FactColumns} works them out.
 * <ul>
 *   <li>A change to a client's records queues the client ({@code followup_changed}, by trigger). Before facts are
 *       read, the queue is taken in order: the client's facts are dropped and, for a day whose facts are complete,
 *       worked out again. Only the queue rows read are removed, so a change committed meanwhile stays queued.</li>
 *   <li>Every minute, today's facts are completed for every client (one pass over the records, once a day; the
 *       queue keeps them complete), and other days' facts not asked for within an hour are dropped.</li>
 *   <li>A cohort asked for on another day, or before today is complete, gets the facts it lacks worked out first.
 *       Another day's facts stay true as long as they are kept: a change drops the client's facts on every day.</li>
 * </ul>
 * Whoever changes the facts first locks the one row of {@code followup_fact_lock}, so two never work out the same
 * client's row at once.
 */
@Component
public class ClientFacts {

    private static final Logger LOG = LoggerFactory.getLogger(ClientFacts.class);
    /** Queue rows taken at a time: each chunk's clients are named in the statements' parameters. */
    private static final int CHUNK = 500;
    /** How long the facts of a day other than today are kept after they were last asked for. */
    private static final Duration KEPT = Duration.ofHours(1);
    /** A queue longer than this (a bulk load) is cheaper to answer by working out every client's facts again. */
    private static final long BACKLOG = 50_000;

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final boolean postgresql;

    ClientFacts(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock, DataSource dataSource)
            throws SQLException {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        try (Connection connection = dataSource.getConnection()) {
            postgresql = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT)
                    .contains("postgres");
        }
    }

    boolean postgresql() {
        return postgresql;
    }

    /**
     * Makes the facts of the cohort {@code where} selects (a condition on the columns {@code followup_client} and
     * {@code followup_fact} share, with its parameters) true on {@code reference} as of now, and keeps that day's
     * facts for at least {@link #KEPT} after.
     */
    void prepare(String where, Map<String, Object> params, LocalDate reference) {
        transaction.executeWithoutResult(status -> {
            lock();
            catchUp();
            if (jdbc.sql("update followup_fact_day set used_at = :now where facts_on = :day")
                    .param("now", now()).param("day", reference).update() == 0) {
                jdbc.sql("insert into followup_fact_day (facts_on, complete, used_at) values (:day, false, :now)")
                        .param("day", reference).param("now", now()).update();
            }
            if (complete(reference)) {
                return;
            }
            if (reference.equals(LocalDate.now(clock))) {
                completeDay(reference);
                return;
            }
            Map<String, Object> missing = new HashMap<>(params);
            missing.put("ref", reference);
            List<UUID> clients = jdbc.sql("""
                    select client_id from followup_client c where %s
                    and not exists (select 1 from followup_fact x where x.facts_on = :ref
                                    and x.client_id = c.client_id)""".formatted(where)).params(missing)
                    .query(UUID.class).list();
            for (int from = 0; from < clients.size(); from += CHUNK) {
                storeFor(clients.subList(from, Math.min(clients.size(), from + CHUNK)), reference);
            }
        });
    }

    /**
     * Completes today's facts for every client, and drops the facts of other days not asked for within
     * {@link #KEPT} (every minute, and soon after start).
     */
    @Scheduled(initialDelayString = "${throughcare.followup.facts.first-refresh:20s}",
            fixedDelayString = "${throughcare.followup.facts.refresh-interval:1m}")
    public void refresh() {
        LocalDate today = LocalDate.now(clock);
        Boolean built = transaction.execute(status -> {
            lock();
            catchUp();
            jdbc.sql("delete from followup_fact_day where facts_on <> :today and used_at < :before")
                    .param("today", today).param("before", now().minus(KEPT)).update();
            for (FactTables.Table table : FactTables.tables()) {
                jdbc.sql("delete from " + table.name() + " where facts_on not in (select facts_on from "
                        + "followup_fact_day) and facts_on <> :today").param("today", today).update();
            }
            if (complete(today)) {
                return false;
            }
            completeDay(today);
            return true;
        });
        if (postgresql && Boolean.TRUE.equals(built)) {
            // Outside any transaction, as VACUUM must be: yesterday's rows are reclaimed, so a national scan reads
            // today's alone, and the statistics know the day's rows (not left to autovacuum's next round).
            FactTables.tables().forEach(table -> jdbc.sql("vacuum analyze " + table.name()).update());
        }
    }

    /** Works out today's facts for every client at once, in place of any some of them had. */
    private void completeDay(LocalDate today) {
        long started = System.nanoTime();
        for (FactTables.Table table : FactTables.tables()) {
            jdbc.sql("delete from " + table.name() + " where facts_on = :today").param("today", today).update();
        }
        int added = store("select id from client", Map.of("ref", today));
        jdbc.sql("delete from followup_fact_day where facts_on = :today").param("today", today).update();
        jdbc.sql("insert into followup_fact_day (facts_on, complete, used_at) values (:today, true, :now)")
                .param("today", today).param("now", now()).update();
        LOG.info("Follow-up facts for {}: {} clients worked out in {} ms", today, added,
                (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * The database's own time, for when a day's facts were last asked for: every node (and every test context,
     * whatever its clock's day) measures how long that was by the same clock.
     */
    private OffsetDateTime now() {
        return jdbc.sql("select current_timestamp").query(OffsetDateTime.class).single();
    }

    /**
     * Drops every fact and the queue up to its newest row: whatever is worked out next reads records committed by
     * then. A change committed after the queue is read keeps its row and is taken next time.
     */
    private void dropAll() {
        Long newest = jdbc.sql("select max(seq) from followup_changed").query(Long.class).single();
        for (FactTables.Table table : FactTables.tables()) {
            jdbc.sql("delete from " + table.name()).update();
        }
        jdbc.sql("delete from followup_fact_day").update();
        jdbc.sql("delete from followup_changed where seq <= :newest").param("newest", newest).update();
        LOG.info("Follow-up facts dropped after a bulk change (queue up to {}); they are worked out again", newest);
    }

    /** Works out and stores the facts on {@code day} of the clients named (a chunk: each is a parameter). */
    private void storeFor(java.util.Collection<UUID> clients, LocalDate day) {
        store("select client_id from followup_client where client_id in (:clients)",
                Map.of("clients", clients, "ref", day));
    }

    /**
     * Works out and stores the facts on {@code :ref} of the clients {@code clients} selects, in every facts table,
     * {@code followup_fact} last (the subquery may ask which clients it lacks); answers how many clients.
     */
    private int store(String clients, Map<String, Object> params) {
        Map<String, Object> all = new HashMap<>(params);
        all.put("zone", clock.getZone().getId());
        int stored = 0;
        for (FactTables.Table table : FactTables.tables()) {
            boolean inOrder = postgresql && table.joinsInWrittenOrder();
            if (inOrder) {
                // It starts from the clients asked for and left-joins a dozen per-client aggregates by the client's
                // id. Left to search thirteen relations, PostgreSQL's planner turns genetic, and once took ten
                // minutes over what the order written does in twenty seconds.
                jdbc.sql("set local join_collapse_limit = 1").update();
            }
            stored = jdbc.sql(table.insert(clients)).params(all).update();
            if (inOrder) {
                jdbc.sql("reset join_collapse_limit").update();
            }
        }
        return stored;
    }

    private void lock() {
        jdbc.sql("update followup_fact_lock set locked_at = :now where id = 1").param("now", now()).update();
    }

    private boolean complete(LocalDate day) {
        return jdbc.sql("select count(*) from followup_fact_day where facts_on = :day and complete = true")
                .param("day", day).query(Long.class).single() > 0;
    }

    /** Takes the queue in order: drops the queued clients' facts, and works out again those of a complete day. */
    private void catchUp() {
        long queued = jdbc.sql("select coalesce(max(seq) - min(seq), 0) from followup_changed").query(Long.class)
                .single();
        if (queued > BACKLOG) {
            dropAll();
        }
        List<LocalDate> completeDays = jdbc.sql("select facts_on from followup_fact_day where complete = true")
                .query(LocalDate.class).list();
        while (true) {
            List<Long> seqs = new ArrayList<>();
            Set<UUID> clients = new LinkedHashSet<>();
            jdbc.sql("select seq, client_id from followup_changed order by seq fetch first " + CHUNK + " rows only")
                    .query(rs -> {
                        seqs.add(rs.getLong("seq"));
                        clients.add(rs.getObject("client_id", UUID.class));
                    });
            if (seqs.isEmpty()) {
                return;
            }
            for (FactTables.Table table : FactTables.tables()) {
                jdbc.sql("delete from " + table.name() + " where client_id in (:clients)").param("clients", clients)
                        .update();
            }
            for (LocalDate day : completeDays) {
                storeFor(clients, day);
            }
            jdbc.sql("delete from followup_changed where seq in (:seqs)").param("seqs", seqs).update();
            if (seqs.size() < CHUNK) {
                return;
            }
        }
    }
}
