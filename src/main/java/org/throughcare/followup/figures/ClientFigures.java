package org.throughcare.followup.figures;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.throughcare.followup.figures.RawFigure.Kind;
import org.throughcare.followup.figures.RawFigure.Label;

/**
 * The clients' figures: the funnel with its attrition, screening, exits, gender, offence, risk and where the
 * clients are. Each client counts at the furthest stage the records say they had reached by the reference date.
 * Two aggregates: clients by (furthest stage, exit, gender, offence, risk), and by (office, municipality).
 */
public final class ClientFigures {

    static final String SECTION = "clients";
    static final List<String> FUNNEL = List.of("referred", "screened", "eligible", "consented", "enrolled", "released",
            "completed");
    static final List<String> EXITS = List.of("DECLINED", "WITHDREW", "MOVED", "DIED", "EXPELLED");

    /**
     * 0 referred … 6 completed: the furthest stage reached by the reference date (a date still to come, or none,
     * is not reached), "eligible" (2) only after an eligible screening; with each criterion the screening found
     * not met, and the exit the records say happened by then.
     */
    private static final String BY_STAGE = """
            select furthest, exit_stage, gender, main_offence, risk_level, count(*) as clients,
                   sum(not_release_in_window) as release_in_window, sum(not_risk_medium_or_high) as risk_medium_or_high,
                   sum(not_sentence_long_enough) as sentence_long_enough, sum(not_several_agencies) as several_agencies,
                   sum(not_motivated) as motivated, sum(not_no_expulsion) as no_expulsion
            from (select case when completed_on <= :ref then 6 when released_on <= :ref then 5
                              when enrolled_on <= :ref then 4 when consented_on <= :ref then 3
                              when screened_on <= :ref
                                   then case when screening_decision = 'ELIGIBLE' then 2 else 1 end
                              else 0 end as furthest,
                         case when exited_on <= :ref then exit_stage end as exit_stage,
                         gender, main_offence, risk_level, not_release_in_window, not_risk_medium_or_high,
                         not_sentence_long_enough, not_several_agencies, not_motivated, not_no_expulsion
                  from followup_fact where {where}) staged
            group by furthest, exit_stage, gender, main_offence, risk_level""";

    private ClientFigures() {
    }

    /** Clients alike in stage, exit, gender, offence and risk: how many, and each criterion's count not met. */
    private record Group(int furthest, String exitStage, String gender, String offence, String risk, long clients,
                         Map<String, Long> notMet) {
    }

    public static List<RawFigure> of(CohortQuery cohort, Map<UUID, String> officeNames,
                                     Map<String, String> municipalityNames) {
        List<Group> groups = cohort.list(BY_STAGE, (rs, n) -> {
            Map<String, Long> notMet = new HashMap<>();
            for (String criterion : FactColumns.CRITERIA) {
                notMet.put(criterion, rs.getLong(criterion));
            }
            return new Group(rs.getInt("furthest"), rs.getString("exit_stage"), rs.getString("gender"),
                    rs.getString("main_offence"), rs.getString("risk_level"), rs.getLong("clients"), notMet);
        });
        Map<String, Long> byOffice = new HashMap<>();
        Map<String, Long> byMunicipality = new HashMap<>();
        for (CohortQuery.Place place : cohort.places()) {
            byOffice.merge(officeNames.getOrDefault(place.office(), String.valueOf(place.office())), place.clients(),
                    Long::sum);
            if (place.municipality() != null) {
                byMunicipality.merge(municipalityNames.getOrDefault(place.municipality(), place.municipality()),
                        place.clients(), Long::sum);
            }
        }
        return List.of(funnel(groups), screening(groups), criteriaNotMet(groups), exits(groups),
                byCode(groups, "gender", Group::gender, "gender.", List.of("MALE", "FEMALE", "OTHER")),
                byCode(groups, "offence", Group::offence, "offence.", List.of()),
                byCode(groups, "risk", Group::risk, "risk.", List.of("LOW", "MEDIUM", "HIGH")),
                byName("offices", byOffice), byName("municipalities", byMunicipality));
    }

    private static RawFigure funnel(List<Group> groups) {
        long[] stopped = new long[FUNNEL.size()];
        groups.forEach(g -> stopped[g.furthest()] += g.clients());
        RawFigure.Builder figure = RawFigure.builder(SECTION, "funnel", Kind.FUNNEL);
        for (int stage = 0; stage < stopped.length; stage++) {
            figure.cell("followup.funnel." + FUNNEL.get(stage), stopped[stage]);
        }
        return figure.build();
    }

    private static RawFigure screening(List<Group> groups) {
        long notScreened = 0;
        long eligible = 0;
        long notEligible = 0;
        for (Group g : groups) {
            if (g.furthest() == 0) {
                notScreened += g.clients();
            } else if (g.furthest() == 1) {
                notEligible += g.clients();
            } else {
                eligible += g.clients();
            }
        }
        return RawFigure.builder(SECTION, "screening", Kind.PARTITION)
                .cell("followup.screening.notScreened", notScreened).cell("eligibility.ELIGIBLE", eligible)
                .cell("eligibility.NOT_ELIGIBLE", notEligible).build();
    }

    /** Of the clients screened not eligible (and gone no further), how many failed each criterion. */
    private static RawFigure criteriaNotMet(List<Group> groups) {
        RawFigure.Builder figure = RawFigure.builder(SECTION, "criteria", Kind.COUNTS);
        Map<String, String> labels = Map.of("release_in_window", "criterion.releaseInWindow",
                "risk_medium_or_high", "criterion.riskMediumOrHigh", "sentence_long_enough",
                "criterion.sentenceLongEnough", "several_agencies", "criterion.severalAgencies", "motivated",
                "criterion.motivated", "no_expulsion", "criterion.noExpulsion");
        for (String criterion : FactColumns.CRITERIA) {
            figure.cell(labels.get(criterion), groups.stream().filter(g -> g.furthest() == 1)
                    .mapToLong(g -> g.notMet().get(criterion)).sum());
        }
        return figure.build(groups.stream().mapToLong(Group::clients).sum());
    }

    private static RawFigure exits(List<Group> groups) {
        Map<String, Long> counts = new LinkedHashMap<>();
        EXITS.forEach(e -> counts.put(e, 0L));
        long stayed = 0;
        for (Group g : groups) {
            if (g.exitStage() != null && counts.containsKey(g.exitStage())) {
                counts.merge(g.exitStage(), g.clients(), Long::sum);
            } else {
                stayed += g.clients();
            }
        }
        RawFigure.Builder figure = RawFigure.builder(SECTION, "exits", Kind.PARTITION);
        counts.forEach((stage, count) -> figure.cell("stage." + stage, count));
        return figure.cell("followup.exits.none", stayed).build();
    }

    /** A partition by a coded value: the expected codes first (even at zero), then any other, then "not recorded". */
    private static RawFigure byCode(List<Group> groups, String key, Function<Group, String> code, String prefix,
                                    List<String> expected) {
        Map<String, Long> counts = new LinkedHashMap<>();
        expected.forEach(e -> counts.put(e, 0L));
        long unknown = 0;
        for (Group g : groups) {
            String value = code.apply(g);
            if (value == null) {
                unknown += g.clients();
            } else {
                counts.merge(value, g.clients(), Long::sum);
            }
        }
        RawFigure.Builder figure = RawFigure.builder(SECTION, key, Kind.PARTITION);
        counts.entrySet().stream()
                .sorted(expected.isEmpty() ? Map.Entry.<String, Long>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()) : (a, b) -> 0)
                .forEach(e -> figure.cell(prefix + e.getKey(), e.getValue()));
        if (unknown > 0 || !expected.isEmpty()) {
            figure.cell("followup.notRecorded", unknown);
        }
        return figure.build();
    }

    private static RawFigure byName(String key, Map<String, Long> counts) {
        RawFigure.Builder figure = RawFigure.builder(SECTION, key, Kind.PARTITION);
        counts.entrySet().stream().sorted(Map.Entry.comparingByKey(Comparator.naturalOrder()))
                .forEach(e -> figure.cell(Label.literal(e.getKey()), e.getValue()));
        return figure.build();
    }
}
