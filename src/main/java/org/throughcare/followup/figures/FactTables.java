package org.throughcare.followup.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The tables follow-up keeps facts in (V58, V59) and how each is filled for the clients asked for: one row per
 * client ({@code followup_fact}, its columns in {@link FactColumns}) and the companions counted per meeting,
 * measure, referral and outcome form.
 */
final class FactTables {

    private FactTables() {
    }

    /**
     * A table of facts: its columns, and the select that gives them for the clients a subquery names. Every one
     * repeats the cohort's columns ({@link #COHORT}), so a cohort's condition reads it without a join. A select of
     * a dozen joins is best run with its joins in the order written ({@code joinsInWrittenOrder}).
     */
    record Table(String name, List<String> columns, String select, boolean joinsInWrittenOrder) {

        /** Works out the facts on {@code :ref} of the clients {@code clients} selects, and stores them. */
        String insert(String clients) {
            // In office order: an office's rows then lie together, and its cohort reads few pages.
            return "insert into " + name + " (" + String.join(", ", columns) + ") " + select.replace("{clients}",
                    clients) + " order by c.office_id";
        }
    }

    /**
     * The clients asked for, first: every select starts from them and joins the rest in the order written (see
     * {@code ClientFacts}), so nothing is worked out for clients not asked for.
     */
    static final String CLIENTS = "(select * from followup_client where client_id in ({clients})) c";

    /** The columns a cohort is chosen by, after the day and the client. */
    static final List<String> COHORT = List.of("office_id", "municipality_code", "referred_on", "enrolled_on",
            "released_on");

    /**
     * The facts tables, filled in this order: held meetings per client, month and phase
     * ({@code followup_fact_meeting}, for meetings over time), measures per client, owner type and status
     * ({@code followup_fact_measure}), each referral as {@code followup_referrals} gives it
     * ({@code followup_fact_referral}: its moments, so that its state on any day is worked out when read), then one
     * row per client ({@code followup_fact}), whose presence says the
     * client's facts on that day are all there.
     */
    static List<Table> tables() {
        return List.of(MEETINGS_BY_MONTH, MEASURES, REFERRALS, OUTCOME_FORMS,
                new Table("followup_fact", FactColumns.columns(), FactColumns.select("{clients}"), true));
    }

    private static final Table MEETINGS_BY_MONTH = grain("followup_fact_meeting",
            List.of("meeting_year", "meeting_month", "phase", "meetings"), """
            select h.meeting_year, h.meeting_month, h.phase, h.meetings from followup_client c
            join (select client_id, meeting_year, meeting_month, phase, count(*) as meetings
                  from (select client_id, extract(year from meeting_on) as meeting_year,
                               extract(month from meeting_on) as meeting_month, phase
                        from followup_meetings
                        where held = true and meeting_on <= :ref and client_id in ({clients})) held
                  group by client_id, meeting_year, meeting_month, phase) h on h.client_id = c.client_id""");

    private static final Table MEASURES = grain("followup_fact_measure",
            List.of("owner_agency_type", "status", "measures"), """
            select m.owner_agency_type, m.status, count(*) as measures from followup_client c
            join followup_measure m on m.client_id = c.client_id""",
            "m.owner_agency_type, m.status");

    private static final Table REFERRALS = grain("followup_fact_referral",
            List.of("need_area", "state", "decline_reason_code", "outcome", "sent_at", "accepted_at", "started_at",
                    "ended_at", "waiting_days"), """
            select r.need_area, r.state, r.decline_reason_code, r.outcome, r.sent_at, r.accepted_at, r.started_at,
                   r.ended_at, cast(cast(r.started_at at time zone :zone as date)
                                    - cast(r.sent_at at time zone :zone as date) as int)
            from followup_client c join followup_referrals r on r.client_id = c.client_id""");

    private static final Table OUTCOME_FORMS = grain("followup_fact_outcome",
            List.of("form_released_on", "point", "recorded_on", "settled_accommodation", "occupation",
                    "addiction_treatment", "debt_advice", "support_contact"), """
            select o.released_on, o.point, o.recorded_on, o.settled_accommodation, o.occupation,
                   o.addiction_treatment, o.debt_advice, o.support_contact
            from followup_client c
            join client_release_for_followup rl on rl.client_id = c.client_id
            join outcome_form o on o.client_id = c.client_id and o.released_on = rl.released_on""");

    private static Table grain(String name, List<String> own, String from) {
        return grain(name, own, from, null);
    }

    /**
     * A table with rows per client and something: {@code from} selects the table's own columns from
     * {@code followup_client c} joined to what is counted; {@code groupBy}, if any, the own columns it counts by.
     */
    private static Table grain(String name, List<String> own, String from, String groupBy) {
        List<String> columns = new ArrayList<>(List.of("facts_on", "client_id"));
        columns.addAll(COHORT);
        columns.addAll(own);
        String key = "c.client_id, " + COHORT.stream().map(x -> "c." + x).collect(Collectors.joining(", "));
        String select = from.replaceFirst("select ", "select cast(:ref as date) as facts_on, " + key + ", ")
                .replace("from followup_client c", "from " + CLIENTS)
                + (groupBy == null ? "" : " group by " + key + ", " + groupBy);
        return new Table(name, List.copyOf(columns), select, false);
    }
}
