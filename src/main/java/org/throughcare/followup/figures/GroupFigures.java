package org.throughcare.followup.figures;

import java.util.List;
import org.throughcare.followup.figures.RawFigure.Kind;

/**
 * The group and consent figures: how many agencies surrounded each client, which kinds took part, how often
 * the coordinator changed, and how well consent was documented on the reference date.
 */
public final class GroupFigures {

    private GroupFigures() {
    }

    public static List<RawFigure> of(CohortQuery cohort) {
        RawFigure agenciesPerClient = Distributions.of("group", "agenciesPerClient",
                cohort.histogram("agencies"), 5);
        RawFigure handoversPerClient = Distributions.of("group", "handoversPerClient",
                cohort.histogram("handovers"), 2);
        RawFigure.Builder participation = RawFigure.builder("group", "participation", Kind.COUNTS);
        FactColumns.AGENCY_TYPES.forEach(type -> participation.cell("agencyType." + type,
                cohort.total(FactColumns.withAgency(type))));
        return List.of(agenciesPerClient, participation.build(cohort.size()), handoversPerClient,
                completeness(cohort), consentForms(cohort));
    }

    /**
     * On the reference date: no agency in the group, every agency covered by a consent in force (given by then,
     * not expired before it, not withdrawn by it), or not.
     */
    private static RawFigure completeness(CohortQuery cohort) {
        long inGroup = cohort.total("in_group");
        long complete = cohort.total("consent_complete");
        return RawFigure.builder("consent", "completeness", Kind.PARTITION)
                .cell("followup.completeness.noGroup", cohort.size() - inGroup)
                .cell("followup.completeness.complete", complete)
                .cell("followup.completeness.incomplete", inGroup - complete).build();
    }

    /** Clients with a consent in each form given by the reference date. */
    private static RawFigure consentForms(CohortQuery cohort) {
        RawFigure.Builder figure = RawFigure.builder("consent", "consentForms", Kind.COUNTS);
        FactColumns.CONSENT_FORMS.forEach(form -> figure.cell("consentForm." + form,
                cohort.total(FactColumns.consentForm(form))));
        return figure.build(cohort.size());
    }
}
