package db.migration;

import java.sql.Statement;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The referral and outcome sections read facts too (V58): each referral with its moments and the calendar days it
 * waited to start ({@code followup_fact_referral}), each outcome form about the client's latest release
 * ({@code followup_fact_outcome}), and on each client's row the days of the first referral sent and started. The
 * referral's, its changes', its goals' and the outcome forms' tables queue their client as V58's sources do. The
 * facts kept so far lack these, so they are dropped and worked out again.
 */
public class V59__followup_referral_outcome_facts extends BaseJavaMigration {

    private static final List<String[]> SOURCES = List.of(
            new String[] {"referral", "client_id"},
            new String[] {"referral_change", "referral"},
            new String[] {"referral_goal", "referral"},
            new String[] {"outcome_form", "client_id"});

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement sql = context.getConnection().createStatement()) {
            sql.execute("alter table followup_fact add column first_referral_on date");
            sql.execute("alter table followup_fact add column first_start_on date");
            sql.execute("""
                    create table followup_fact_referral (
                        facts_on            date        not null,
                        client_id           uuid        not null,
                        office_id           uuid,
                        municipality_code   varchar(10),
                        referred_on         date,
                        enrolled_on         date,
                        released_on         date,
                        need_area           varchar(40),
                        state               varchar(20),
                        decline_reason_code varchar(20),
                        outcome             varchar(20),
                        sent_at             timestamp with time zone,
                        accepted_at         timestamp with time zone,
                        started_at          timestamp with time zone,
                        ended_at            timestamp with time zone,
                        waiting_days        integer)""");
            sql.execute("create index followup_fact_referral_office_idx on followup_fact_referral "
                    + "(facts_on, office_id)");
            sql.execute("create index followup_fact_referral_client_idx on followup_fact_referral (client_id)");
            sql.execute("""
                    create table followup_fact_outcome (
                        facts_on              date        not null,
                        client_id             uuid        not null,
                        office_id             uuid,
                        municipality_code     varchar(10),
                        referred_on           date,
                        enrolled_on           date,
                        released_on           date,
                        form_released_on      date        not null,
                        point                 varchar(20) not null,
                        recorded_on           date        not null,
                        settled_accommodation boolean     not null,
                        occupation            varchar(12) not null,
                        addiction_treatment   varchar(12) not null,
                        debt_advice           varchar(12) not null,
                        support_contact       boolean     not null)""");
            sql.execute("create index followup_fact_outcome_office_idx on followup_fact_outcome (facts_on, office_id)");
            sql.execute("create index followup_fact_outcome_client_idx on followup_fact_outcome (client_id)");
            for (String table : List.of("followup_fact_meeting", "followup_fact_measure", "followup_fact",
                    "followup_fact_day")) {
                sql.execute("delete from " + table);
            }
            FollowupChangeTriggers.create(context, sql, SOURCES);
        }
    }
}
