package org.throughcare.followup.figures;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Each client's follow-up facts on a reference date — one row per client in {@code followup_fact} (V58) — worked
 * out from the views the modules publish for follow-up. Every figure about clients is an aggregate over these rows,
 * so a national cohort is one pass over a narrow table instead of joins over millions of meetings, memberships and
 * ratings. This is the single definition of those per-client numbers; {@link ClientFacts} stores its answers.
 */
final class FactColumns {

    static final List<String> CRITERIA = List.of("release_in_window", "risk_medium_or_high", "sentence_long_enough",
            "several_agencies", "motivated", "no_expulsion");
    static final List<String> AGENCY_TYPES = List.of("PROBATION", "PRISON", "SOCIAL_SERVICES", "EMPLOYMENT_SERVICE",
            "DEBT_ENFORCEMENT", "SOCIAL_INSURANCE", "POLICE", "ADDICTION_CARE", "PSYCHIATRY", "HOUSING",
            "CIVIL_SOCIETY", "OTHER");
    static final List<String> CONSENT_FORMS = List.of("WRITTEN", "ORAL", "DIGITAL");
    static final List<String> AREAS = List.of("ACCOMMODATION", "EMPLOYMENT_EDUCATION_TRAINING", "FINANCE_AND_DEBT",
            "SUBSTANCE_USE", "MENTAL_HEALTH", "PHYSICAL_HEALTH", "FAMILY_AND_RELATIONSHIPS",
            "ATTITUDES_AND_CRIMINAL_BEHAVIOUR", "IDENTITY_DOCUMENTS_AND_BENEFITS", "SOCIAL_NETWORK_AND_LEISURE");
    static final List<String> RATINGS = List.of("NO_NEED", "SOME", "SIGNIFICANT", "SEVERE");

    private FactColumns() {
    }

    static String notMet(String criterion) {
        return "not_" + criterion;
    }

    static String withAgency(String type) {
        return "with_" + type.toLowerCase(Locale.ROOT);
    }

    static String consentForm(String form) {
        return "consent_" + form.toLowerCase(Locale.ROOT);
    }

    static String need(String area) {
        return "need_" + area.toLowerCase(Locale.ROOT);
    }

    static String unowned(String area) {
        return "unowned_" + area.toLowerCase(Locale.ROOT);
    }

    /** The columns of {@code followup_fact}, in the order {@link #select} gives them. */
    static List<String> columns() {
        return expressions().stream().map(e -> e[0]).toList();
    }

    /**
     * The facts on {@code :ref} of the clients {@code clients} selects ({@code select client_id from ...}), one row
     * per client with {@link #columns()}. Each client's numbers count only what happened by the reference date, as
     * each figure's definition says: held meetings, memberships, handovers, consents, assessments, release-date
     * changes and custody events dated on or before it, the group and its consent coverage on that day. A rating is
     * its place in {@link #RATINGS}.
     */
    static String select(String clients) {
        return ("select " + expressions().stream().map(e -> e[1] + " as " + e[0]).collect(Collectors.joining(", "))
                + SOURCES.formatted(FactTables.CLIENTS,
                list(AGENCY_TYPES, x -> "max(case when agency_type = '%s' then 1 else 0 end) as %s"
                        .formatted(x, withAgency(x))),
                list(CONSENT_FORMS, x -> "max(case when consent_form = '%s' then 1 else 0 end) as %s"
                        .formatted(x, consentForm(x))),
                list(AREAS, x -> "max(case when r.area = '%s' then %s end) as %s".formatted(x, ratingCode(), need(x))),
                list(AREAS, x -> ("max(case when r.area = '%s' and r.rating <> 'NO_NEED' and o.client_id is null "
                        + "then 1 else 0 end) as %s").formatted(x, unowned(x)))))
                .replace("{clients}", clients);
    }

    private static String ratingCode() {
        StringBuilder code = new StringBuilder("case r.rating");
        for (int i = 0; i < RATINGS.size(); i++) {
            code.append(" when '").append(RATINGS.get(i)).append("' then ").append(i);
        }
        return code.append(" end").toString();
    }

    /** Each column's name and the expression that gives it, over the joins in {@link #SOURCES}. */
    private static List<String[]> expressions() {
        List<String[]> columns = new ArrayList<>();
        add(columns, "facts_on", "cast(:ref as date)");
        for (String column : List.of("client_id", "office_id", "municipality_code", "gender", "main_offence",
                "risk_level", "referred_on", "screened_on", "consented_on", "enrolled_on", "released_on",
                "completed_on", "returned_on", "exited_on", "exit_stage")) {
            add(columns, column, "c." + column);
        }
        add(columns, "last_released_on", "rl.released_on");
        add(columns, "returned_after_release_on", "rl.returned_on");
        add(columns, "screening_decision", "s.decision");
        CRITERIA.forEach(x -> add(columns, notMet(x), "case when s.%s = 'NOT_MET' then 1 else 0 end".formatted(x)));
        add(columns, "meetings_in_custody", "coalesce(m.in_custody, 0)");
        add(columns, "meetings_after_release", "coalesce(m.after_release, 0)");
        add(columns, "meetings_client_present", "coalesce(m.client_present, 0)");
        add(columns, "meetings_client_absent", "coalesce(m.client_absent, 0)");
        add(columns, "first_meeting_on", "m.first_on");
        add(columns, "agencies", "coalesce(g.agencies, 0)");
        AGENCY_TYPES.forEach(x -> add(columns, withAgency(x), "coalesce(g.%s, 0)".formatted(withAgency(x))));
        add(columns, "handovers", "coalesce(h.handovers, 0)");
        add(columns, "in_group", "case when k.client_id is null then 0 else 1 end");
        add(columns, "consent_complete", "coalesce(1 - k.uncovered, 0)");
        CONSENT_FORMS.forEach(x -> add(columns, consentForm(x), "coalesce(f.%s, 0)".formatted(consentForm(x))));
        AREAS.forEach(x -> add(columns, need(x), "n." + need(x)));
        AREAS.forEach(x -> add(columns, unowned(x), "coalesce(n.%s, 0)".formatted(unowned(x))));
        add(columns, "continues_after_release", "case when w.client_id is null then 0 else 1 end");
        add(columns, "date_changes", "coalesce(d.changes, 0)");
        add(columns, "early_release", "coalesce(e.early_release, 0)");
        add(columns, "transferred", "coalesce(e.transferred, 0)");
        add(columns, "returned_to_custody", "case when c.returned_on <= :ref or e.returned = 1 then 1 else 0 end");
        add(columns, "first_referral_on", "cast(rf.first_sent as date)");
        add(columns, "first_start_on", "cast(rf.first_started as date)");
        return columns;
    }

    /**
     * The cohort's totals, each one sum over its clients' facts, by name: the clients, those released by the
     * reference date and those of them whose plan continues after release; clients with each agency type in the
     * group, in a group, with consent complete, with a consent in each form; back in custody, released early,
     * transferred; by each area's latest rating ({@code need_<area>_<rating>}), with a need no measure owns in each
     * area and in any.
     */
    static Map<String, String> totals() {
        Map<String, String> totals = new LinkedHashMap<>();
        totals.put("clients", "count(*)");
        totals.put("released", "sum(case when released_on <= :ref then 1 else 0 end)");
        totals.put("continuing", "sum(case when released_on <= :ref then continues_after_release else 0 end)");
        List<String> flags = new ArrayList<>(List.of("in_group", "consent_complete", "early_release", "transferred",
                "returned_to_custody"));
        AGENCY_TYPES.forEach(x -> flags.add(withAgency(x)));
        CONSENT_FORMS.forEach(x -> flags.add(consentForm(x)));
        AREAS.forEach(x -> flags.add(unowned(x)));
        flags.forEach(flag -> totals.put(flag, "sum(" + flag + ")"));
        for (String area : AREAS) {
            for (int i = 0; i < RATINGS.size(); i++) {
                totals.put(need(area) + "_" + RATINGS.get(i).toLowerCase(Locale.ROOT),
                        "sum(case when %s = %d then 1 else 0 end)".formatted(need(area), i));
            }
        }
        totals.put("referred_clients", "sum(case when first_referral_on <= :ref then 1 else 0 end)");
        totals.put("started_clients", "sum(case when first_start_on <= :ref then 1 else 0 end)");
        totals.put("unowned_any", "sum(case when " + AREAS.stream().map(FactColumns::unowned)
                .collect(Collectors.joining(" + ")) + " > 0 then 1 else 0 end)");
        return totals;
    }

    /**
     * The per-client numbers figures show as distributions, by name: each client's held meetings, agencies,
     * handovers and release-date changes; and {@code lead}, the days from the first held meeting to release, for
     * the clients released by the reference date whose first meeting came before (none for the others).
     */
    static Map<String, String> perClient() {
        Map<String, String> numbers = new LinkedHashMap<>();
        numbers.put("meetings", "meetings_in_custody + meetings_after_release");
        numbers.put("agencies", "agencies");
        numbers.put("handovers", "handovers");
        numbers.put("date_changes", "date_changes");
        numbers.put("lead", "case when released_on <= :ref and first_meeting_on < released_on "
                + "then cast(released_on - first_meeting_on as int) end");
        return numbers;
    }

    private static void add(List<String[]> columns, String name, String expression) {
        columns.add(new String[] {name, expression});
    }

    /** The per-client aggregates the columns read, each over only the clients asked for. */
    private static final String SOURCES = """

            from %s
            left join followup_screening s on s.client_id = c.client_id
            left join (select client_id, released_on, returned_on from client_release_for_followup
                       where client_id in ({clients})) rl on rl.client_id = c.client_id
            left join (select client_id,
                              sum(case when phase = 'IN_CUSTODY' then 1 else 0 end) as in_custody,
                              sum(case when phase = 'IN_CUSTODY' then 0 else 1 end) as after_release,
                              sum(case when client_attended = true then 1 else 0 end) as client_present,
                              sum(case when client_attended = false then 1 else 0 end) as client_absent,
                              min(meeting_on) as first_on
                       from followup_meetings
                       where held = true and meeting_on <= :ref and client_id in ({clients})
                       group by client_id) m on m.client_id = c.client_id
            left join (select client_id, count(distinct organisation_id) as agencies, %s
                       from followup_group_agency where from_date <= :ref and client_id in ({clients})
                       group by client_id) g on g.client_id = c.client_id
            left join (select client_id, count(*) as handovers from followup_handover
                       where effective_on <= :ref and client_id in ({clients})
                       group by client_id) h on h.client_id = c.client_id
            left join (select a.client_id, max(case when p.client_id is null then 1 else 0 end) as uncovered
                       from (select client_id, organisation_id from followup_group_agency
                             where from_date <= :ref and (to_date is null or to_date >= :ref)
                               and client_id in ({clients})) a
                       left join (select client_id, organisation_id from followup_consent_scope
                                  where given_on <= :ref and (valid_until is null or valid_until >= :ref)
                                    and (withdrawn_on is null or withdrawn_on > :ref)
                                    and organisation_id is not null and client_id in ({clients})) p
                              on p.client_id = a.client_id and p.organisation_id = a.organisation_id
                       group by a.client_id) k on k.client_id = c.client_id
            left join (select client_id, %s from followup_consent_scope
                       where given_on <= :ref and client_id in ({clients})
                       group by client_id) f on f.client_id = c.client_id
            left join (select r.client_id, %s, %s
                       from followup_assessment_rating r
                       join (select client_id, max(version_number) as version_number from followup_assessment
                             where assessed_on <= :ref and client_id in ({clients})
                             group by client_id) v
                         on v.client_id = r.client_id and v.version_number = r.version_number
                       left join (select client_id, area from followup_measure
                                  where status in ('ACCEPTED', 'IN_PROGRESS') and client_id in ({clients})
                                  group by client_id, area) o
                              on o.client_id = r.client_id and o.area = r.area
                       group by r.client_id) n on n.client_id = c.client_id
            left join (select client_id from followup_measure
                       where (phase is null or phase <> 'IN_CUSTODY')
                         and (status is null or status not in ('DECLINED', 'CANCELLED'))
                         and client_id in ({clients})
                       group by client_id) w on w.client_id = c.client_id
            left join (select client_id, count(*) as changes from followup_release_date_change
                       where changed_on <= :ref and client_id in ({clients})
                       group by client_id) d on d.client_id = c.client_id
            left join (select client_id,
                              max(case when kind = 'EARLY_RELEASE' then 1 else 0 end) as early_release,
                              max(case when kind = 'TRANSFER' then 1 else 0 end) as transferred,
                              max(case when kind = 'RETURNED_TO_CUSTODY' then 1 else 0 end) as returned
                       from followup_custody_event where effective_on <= :ref and client_id in ({clients})
                       group by client_id) e on e.client_id = c.client_id
            left join (select client_id, min(sent_at at time zone :zone) as first_sent,
                              min(started_at at time zone :zone) as first_started
                       from followup_referrals where client_id in ({clients})
                       group by client_id) rf on rf.client_id = c.client_id""";

    private static String list(List<String> values, java.util.function.Function<String, String> column) {
        return values.stream().map(column).collect(Collectors.joining(", "));
    }
}
