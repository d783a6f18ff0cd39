package org.throughcare.followup.figures;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.throughcare.followup.figures.RawFigure.Kind;

/**
 * The group and consent figures: how many agencies surrounded each client, which kinds took part, how often
 * the coordinator changed, and how well consent was documented on the reference date.
 */
public final class GroupFigures {

    static final List<String> AGENCY_TYPES = List.of("PROBATION", "PRISON", "SOCIAL_SERVICES", "EMPLOYMENT_SERVICE",
            "DEBT_ENFORCEMENT", "SOCIAL_INSURANCE", "POLICE", "ADDICTION_CARE", "PSYCHIATRY", "HOUSING",
            "CIVIL_SOCIETY", "OTHER");
    static final List<String> CONSENT_FORMS = List.of("WRITTEN", "ORAL", "DIGITAL");

    /**
     * Per client in a group on the reference date: whether any of its agencies then lacks a consent in force that
     * day (given by then, not expired before it, not withdrawn by it) covering it. No DISTINCT: a membership or a
     * consent listed twice repeats rows but cannot change whether some agency is uncovered.
     */
    private static final String COVERAGE = """
            select count(*) as in_group, coalesce(sum(1 - uncovered), 0) as complete
            from (select g.client_id, max(case when k.client_id is null then 1 else 0 end) as uncovered
                  from (select client_id, organisation_id from followup_group_agency
                        where from_date <= :ref and (to_date is null or to_date >= :ref)
                          and client_id in ({members})) g
                  left join (select client_id, organisation_id from followup_consent_scope
                             where given_on <= :ref and (valid_until is null or valid_until >= :ref)
                               and (withdrawn_on is null or withdrawn_on > :ref) and organisation_id is not null) k
                         on k.client_id = g.client_id and k.organisation_id = g.organisation_id
                  group by g.client_id) coverage""";

    private GroupFigures() {
    }

    public static List<RawFigure> of(CohortQuery cohort) {
        RawFigure agenciesPerClient = Distributions.of("group", "agenciesPerClient", cohort.perClient("""
                select client_id, count(distinct organisation_id) as n from followup_group_agency
                where from_date <= :ref and client_id in ({members}) group by client_id"""), 5);

        Map<String, Long> byType = new HashMap<>();
        cohort.list("""
                select agency_type, count(distinct client_id) as clients from followup_group_agency
                where from_date <= :ref and client_id in ({members}) group by agency_type""",
                (rs, n) -> byType.put(rs.getString("agency_type"), rs.getLong("clients")));
        RawFigure.Builder participation = RawFigure.builder("group", "participation", Kind.COUNTS);
        AGENCY_TYPES.forEach(type -> participation.cell("agencyType." + type, byType.getOrDefault(type, 0L)));

        RawFigure handoversPerClient = Distributions.of("group", "handoversPerClient", cohort.perClient("""
                select client_id, count(*) as n from followup_handover
                where effective_on <= :ref and client_id in ({members}) group by client_id"""), 2);

        return List.of(agenciesPerClient, participation.build(cohort.size()), handoversPerClient,
                completeness(cohort), consentForms(cohort));
    }

    /** On the reference date: no agency in the group, every agency covered by a consent in force, or not. */
    private static RawFigure completeness(CohortQuery cohort) {
        long[] inGroupAndComplete = cohort.list(COVERAGE,
                (rs, n) -> new long[] {rs.getLong("in_group"), rs.getLong("complete")}).get(0);
        long inGroup = inGroupAndComplete[0];
        long complete = inGroupAndComplete[1];
        return RawFigure.builder("consent", "completeness", Kind.PARTITION)
                .cell("followup.completeness.noGroup", cohort.size() - inGroup)
                .cell("followup.completeness.complete", complete)
                .cell("followup.completeness.incomplete", inGroup - complete).build();
    }

    private static RawFigure consentForms(CohortQuery cohort) {
        Map<String, Long> clients = new HashMap<>();
        cohort.list("""
                select consent_form, count(distinct client_id) as clients from followup_consent_scope
                where given_on <= :ref and client_id in ({members}) group by consent_form""",
                (rs, n) -> clients.put(rs.getString("consent_form"), rs.getLong("clients")));
        RawFigure.Builder figure = RawFigure.builder("consent", "consentForms", Kind.COUNTS);
        List<String> forms = new ArrayList<>(CONSENT_FORMS);
        clients.keySet().stream().filter(f -> !forms.contains(f)).sorted().forEach(forms::add);
        forms.forEach(form -> figure.cell("consentForm." + form, clients.getOrDefault(form, 0L)));
        return figure.build(cohort.size());
    }
}
