package db.migration;

import java.sql.Statement;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Follow-up keeps each client's figures facts on a reference date in {@code followup_fact}, so that a national
 * cohort's figures are aggregates over one narrow row per client instead of joins over millions of meetings,
 * memberships and ratings (issue 15's benchmark); and, for the two figures counted per meeting and per measure, the
 * client's held meetings by month and phase ({@code followup_fact_meeting}) and measures by owner type and status
 * ({@code followup_fact_measure}), each row with the columns a cohort is chosen by. The rows are worked out from
 * the views the modules publish ({@code followup.figures.FactColumns}); to keep them true, a trigger on each table
 * those views read queues the client whose records changed in {@code followup_changed} — follow-up's own table, the
 * only one the triggers write — and follow-up drops and works out again that client's facts before it next answers.
 * Triggers, not the writing code, so that every writer (live, historic entries, the generator, a correction in SQL)
 * is seen. {@code followup_fact_day} lists the days facts are kept for, whether every client has them, and when
 * they were last asked for; {@code followup_fact_lock} is one row that whoever changes the facts locks first.
 */
public class V58__followup_facts extends BaseJavaMigration {

    /** The tables the follow-up views read, with how a row names its client. */
    private static final List<String[]> SOURCES = List.of(
            new String[] {"client", "id"},
            new String[] {"custody_episode", "client_id"},
            new String[] {"stage_transition", "client_id"},
            new String[] {"eligibility_screening", "client_id"},
            new String[] {"meeting", "client_id"},
            new String[] {"meeting_record", "meeting"},
            new String[] {"group_member", "client_id"},
            new String[] {"coordinator_change", "client_id"},
            new String[] {"consent", "client_id"},
            new String[] {"consent_organisation", "consent"},
            new String[] {"assessment", "client_id"},
            new String[] {"assessment_area", "assessment"},
            new String[] {"plan_measure", "client_id"},
            new String[] {"key_date_change", "client_id"},
            new String[] {"custody_event", "client_id"});

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement sql = context.getConnection().createStatement()) {
            sql.execute("""
                    create table followup_fact (
                        facts_on                                date        not null,
                        client_id                               uuid        not null,
                        office_id                               uuid,
                        municipality_code                       varchar(10),
                        gender                                  varchar(10),
                        main_offence                            varchar(30),
                        risk_level                              varchar(10),
                        referred_on                             date,
                        screened_on                             date,
                        consented_on                            date,
                        enrolled_on                             date,
                        released_on                             date,
                        completed_on                            date,
                        returned_on                             date,
                        exited_on                               date,
                        exit_stage                              varchar(30),
                        last_released_on                        date,
                        returned_after_release_on               date,
                        screening_decision                      varchar(20),
                        not_release_in_window                   smallint    not null,
                        not_risk_medium_or_high                 smallint    not null,
                        not_sentence_long_enough                smallint    not null,
                        not_several_agencies                    smallint    not null,
                        not_motivated                           smallint    not null,
                        not_no_expulsion                        smallint    not null,
                        meetings_in_custody                     integer     not null,
                        meetings_after_release                  integer     not null,
                        meetings_client_present                 integer     not null,
                        meetings_client_absent                  integer     not null,
                        first_meeting_on                        date,
                        agencies                                integer     not null,
                        with_probation                          smallint    not null,
                        with_prison                             smallint    not null,
                        with_social_services                    smallint    not null,
                        with_employment_service                 smallint    not null,
                        with_debt_enforcement                   smallint    not null,
                        with_social_insurance                   smallint    not null,
                        with_police                             smallint    not null,
                        with_addiction_care                     smallint    not null,
                        with_psychiatry                         smallint    not null,
                        with_housing                            smallint    not null,
                        with_civil_society                      smallint    not null,
                        with_other                              smallint    not null,
                        handovers                               integer     not null,
                        in_group                                smallint    not null,
                        consent_complete                        smallint    not null,
                        consent_written                         smallint    not null,
                        consent_oral                            smallint    not null,
                        consent_digital                         smallint    not null,
                        need_accommodation                      smallint,
                        need_employment_education_training      smallint,
                        need_finance_and_debt                   smallint,
                        need_substance_use                      smallint,
                        need_mental_health                      smallint,
                        need_physical_health                    smallint,
                        need_family_and_relationships           smallint,
                        need_attitudes_and_criminal_behaviour   smallint,
                        need_identity_documents_and_benefits    smallint,
                        need_social_network_and_leisure         smallint,
                        unowned_accommodation                   smallint    not null,
                        unowned_employment_education_training   smallint    not null,
                        unowned_finance_and_debt                smallint    not null,
                        unowned_substance_use                   smallint    not null,
                        unowned_mental_health                   smallint    not null,
                        unowned_physical_health                 smallint    not null,
                        unowned_family_and_relationships        smallint    not null,
                        unowned_attitudes_and_criminal_behaviour smallint   not null,
                        unowned_identity_documents_and_benefits smallint    not null,
                        unowned_social_network_and_leisure      smallint    not null,
                        continues_after_release                 smallint    not null,
                        date_changes                            integer     not null,
                        early_release                           smallint    not null,
                        transferred                             smallint    not null,
                        returned_to_custody                     smallint    not null,
                        primary key (facts_on, client_id))""");
            sql.execute("create index followup_fact_client_idx on followup_fact (client_id)");
            // An office's cohort is a few hundred of the country's clients: found by index, not by a scan.
            sql.execute("create index followup_fact_office_idx on followup_fact (facts_on, office_id)");
            sql.execute("""
                    create table followup_fact_meeting (
                        facts_on          date        not null,
                        client_id         uuid        not null,
                        office_id         uuid,
                        municipality_code varchar(10),
                        referred_on       date,
                        enrolled_on       date,
                        released_on       date,
                        meeting_year      smallint    not null,
                        meeting_month     smallint    not null,
                        phase             varchar(20) not null,
                        meetings          integer     not null)""");
            sql.execute("create index followup_fact_meeting_office_idx on followup_fact_meeting (facts_on, office_id)");
            sql.execute("create index followup_fact_meeting_client_idx on followup_fact_meeting (client_id)");
            sql.execute("""
                    create table followup_fact_measure (
                        facts_on          date        not null,
                        client_id         uuid        not null,
                        office_id         uuid,
                        municipality_code varchar(10),
                        referred_on       date,
                        enrolled_on       date,
                        released_on       date,
                        owner_agency_type varchar(30) not null,
                        status            varchar(20) not null,
                        measures          integer     not null)""");
            sql.execute("create index followup_fact_measure_office_idx on followup_fact_measure (facts_on, office_id)");
            sql.execute("create index followup_fact_measure_client_idx on followup_fact_measure (client_id)");
            sql.execute("""
                    create table followup_changed (
                        seq       bigint generated by default as identity primary key,
                        client_id uuid not null)""");
            sql.execute("""
                    create table followup_fact_day (
                        facts_on date primary key,
                        complete boolean not null,
                        used_at  timestamp with time zone not null)""");
            sql.execute("create table followup_fact_lock (id integer primary key, locked_at timestamp with time zone)");
            sql.execute("insert into followup_fact_lock (id) values (1)");
            FollowupChangeTriggers.create(context, sql, SOURCES);
        }
    }
}
