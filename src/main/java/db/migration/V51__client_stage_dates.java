package db.migration;

import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.throughcare.client.internal.StageDateTrigger;

/**
 * The client module keeps each client's first day at each stage in a table of its own, {@code client_stage_date},
 * so that {@code followup_client} (the view it publishes for follow-up, V37) reads columns instead of working out
 * nine dates per client from {@code stage_transition}, and a cohort's condition on those dates can use an index.
 * A trigger keeps the table current on every change of {@code stage_transition} (a Java class on H2, PL/pgSQL on
 * PostgreSQL); the table is filled from the transitions recorded so far. The newest custody episode and the latest
 * screening are found by a grouped join and an anti-join instead of a correlated subquery per row: with the
 * subquery the planner evaluated it for every client in every follow-up query, even when no column of the
 * episode was read (with the grouped join it drops the unused joins).
 */
public class V51__client_stage_dates extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        boolean postgresql = context.getConnection().getMetaData().getDatabaseProductName()
                .toLowerCase(java.util.Locale.ROOT).contains("postgres");
        try (Statement sql = context.getConnection().createStatement()) {
            sql.execute("""
                    create table client_stage_date (
                        client_id    uuid primary key,
                        referred_on  date,
                        screened_on  date,
                        consented_on date,
                        enrolled_on  date,
                        released_on  date,
                        completed_on date,
                        returned_on  date,
                        exited_on    date,
                        exit_stage   varchar(30))""");
            sql.execute("insert into client_stage_date " + StageDateTrigger.FIRST_DATES + " group by client_id");
            sql.execute("create index client_stage_date_referred_idx on client_stage_date (referred_on)");
            sql.execute("create index client_stage_date_enrolled_idx on client_stage_date (enrolled_on)");
            sql.execute("create index client_stage_date_released_idx on client_stage_date (released_on)");
            sql.execute("create index client_municipality_idx on client (municipality_code)");
            if (postgresql) {
                postgresqlTriggers(sql);
            } else {
                sql.execute("create trigger stage_transition_stage_date after insert, update, delete "
                        + "on stage_transition for each row call \"" + StageDateTrigger.class.getName() + "\"");
            }
            sql.execute("drop view followup_client");
            sql.execute("""
                    create view followup_client as
                    select c.id as client_id,
                           c.probation_office_id as office_id,
                           c.municipality_code,
                           c.gender,
                           c.stage,
                           coalesce(d.referred_on, cast(c.registered_at as date)) as referred_on,
                           d.screened_on, d.consented_on, d.enrolled_on, d.released_on, d.completed_on, d.returned_on,
                           d.exited_on, d.exit_stage,
                           e.main_offence,
                           e.risk_level
                    from client c
                    left join client_stage_date d on d.client_id = c.id
                    left join (select client_id, max(episode_number) as episode_number from custody_episode
                               group by client_id) newest on newest.client_id = c.id
                    left join custody_episode e on e.client_id = newest.client_id
                         and e.episode_number = newest.episode_number""");
            // The latest screening: none later, instead of comparing with a correlated max() per screening row.
            sql.execute("drop view followup_screening");
            sql.execute("""
                    create view followup_screening as
                    select s.client_id, cast(s.screened_at as date) as screened_on, s.decision,
                           s.release_in_window, s.risk_medium_or_high, s.sentence_long_enough, s.several_agencies,
                           s.motivated, s.no_expulsion
                    from eligibility_screening s
                    where not exists (select 1 from eligibility_screening x
                                      where x.client_id = s.client_id and x.screened_at > s.screened_at)""");
        }
    }

    /**
     * Statement-level triggers with transition tables: the generator's batch of thousands of transitions refreshes
     * its clients in one statement, not one per row. An update refreshes the clients before and after.
     */
    private static void postgresqlTriggers(Statement sql) throws Exception {
        sql.execute("""
                create function client_stage_date_refresh(clients uuid[]) returns void language sql as $$
                    delete from client_stage_date where client_id = any(clients);
                    insert into client_stage_date %s
                    where client_id = any(clients) group by client_id;
                $$""".formatted(StageDateTrigger.FIRST_DATES));
        // PL/pgSQL plans a statement when it first runs it, so each branch may name only its event's tables.
        sql.execute("""
                create function client_stage_date_changed() returns trigger language plpgsql as $$
                begin
                    if tg_op in ('UPDATE', 'DELETE') then
                        perform client_stage_date_refresh(array(select distinct client_id from old_rows));
                    end if;
                    if tg_op in ('INSERT', 'UPDATE') then
                        perform client_stage_date_refresh(array(select distinct client_id from new_rows));
                    end if;
                    return null;
                end $$""");
        sql.execute("""
                create trigger stage_transition_stage_date_insert after insert on stage_transition
                referencing new table as new_rows for each statement execute function client_stage_date_changed()""");
        sql.execute("""
                create trigger stage_transition_stage_date_update after update on stage_transition
                referencing old table as old_rows new table as new_rows
                for each statement execute function client_stage_date_changed()""");
        sql.execute("""
                create trigger stage_transition_stage_date_delete after delete on stage_transition
                referencing old table as old_rows for each statement execute function client_stage_date_changed()""");
    }
}
