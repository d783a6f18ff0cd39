package org.throughcare.followup.figures;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.throughcare.followup.figures.CohortData.AgencyRow;
import org.throughcare.followup.figures.CohortData.ConsentRow;
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

    private GroupFigures() {
    }

    public static List<RawFigure> of(CohortData data) {
        Map<UUID, Set<UUID>> agencies = new HashMap<>();
        Map<UUID, Set<String>> types = new HashMap<>();
        for (AgencyRow row : data.agencies()) {
            if (data.happened(row.from())) {
                agencies.computeIfAbsent(row.client(), k -> new HashSet<>()).add(row.organisation());
                types.computeIfAbsent(row.client(), k -> new HashSet<>()).add(row.agencyType());
            }
        }
        List<Integer> perClient = data.clients().stream()
                .map(c -> agencies.getOrDefault(c.id(), Set.of()).size()).toList();
        RawFigure agenciesPerClient = Distributions.of("group", "agenciesPerClient", perClient, 5);

        RawFigure.Builder participation = RawFigure.builder("group", "participation", Kind.COUNTS);
        for (String type : AGENCY_TYPES) {
            participation.cell("agencyType." + type, data.clients().stream()
                    .filter(c -> types.getOrDefault(c.id(), Set.of()).contains(type)).count());
        }

        Map<UUID, Integer> handovers = new HashMap<>();
        data.handovers().stream().filter(h -> data.happened(h.on()))
                .forEach(h -> handovers.merge(h.client(), 1, Integer::sum));
        RawFigure handoversPerClient = Distributions.of("group", "handoversPerClient",
                data.clients().stream().map(c -> handovers.getOrDefault(c.id(), 0)).toList(), 2);

        return List.of(agenciesPerClient, participation.build(data.clients().size()), handoversPerClient,
                completeness(data), consentForms(data));
    }

    /** On the reference date: no agency in the group, every agency covered by a consent in force, or not. */
    private static RawFigure completeness(CohortData data) {
        LocalDate day = data.referenceDate();
        Map<UUID, Set<UUID>> current = new HashMap<>();
        for (AgencyRow row : data.agencies()) {
            if (!row.from().isAfter(day) && (row.to() == null || !row.to().isBefore(day))) {
                current.computeIfAbsent(row.client(), k -> new HashSet<>()).add(row.organisation());
            }
        }
        Map<UUID, Set<UUID>> covered = new HashMap<>();
        for (ConsentRow consent : data.consents()) {
            boolean inForce = !consent.given().isAfter(day)
                    && (consent.validUntil() == null || !consent.validUntil().isBefore(day))
                    && (consent.withdrawn() == null || consent.withdrawn().isAfter(day));
            if (inForce && consent.organisation() != null) {
                covered.computeIfAbsent(consent.client(), k -> new HashSet<>()).add(consent.organisation());
            }
        }
        long noGroup = 0;
        long complete = 0;
        long incomplete = 0;
        for (CohortData.ClientRow c : data.clients()) {
            Set<UUID> group = current.getOrDefault(c.id(), Set.of());
            if (group.isEmpty()) {
                noGroup++;
            } else if (covered.getOrDefault(c.id(), Set.of()).containsAll(group)) {
                complete++;
            } else {
                incomplete++;
            }
        }
        return RawFigure.builder("consent", "completeness", Kind.PARTITION)
                .cell("followup.completeness.noGroup", noGroup).cell("followup.completeness.complete", complete)
                .cell("followup.completeness.incomplete", incomplete).build();
    }

    private static RawFigure consentForms(CohortData data) {
        Map<String, Set<UUID>> clients = new HashMap<>();
        data.consents().stream().filter(c -> data.happened(c.given()))
                .forEach(c -> clients.computeIfAbsent(c.form(), k -> new HashSet<>()).add(c.client()));
        RawFigure.Builder figure = RawFigure.builder("consent", "consentForms", Kind.COUNTS);
        List<String> forms = new ArrayList<>(CONSENT_FORMS);
        clients.keySet().stream().filter(f -> !forms.contains(f)).sorted().forEach(forms::add);
        forms.forEach(form -> figure.cell("consentForm." + form, clients.getOrDefault(form, Set.of()).size()));
        return figure.build(data.clients().size());
    }
}
