package org.throughcare.followup.figures;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import org.throughcare.followup.figures.CohortData.ClientRow;
import org.throughcare.followup.figures.RawFigure.Kind;
import org.throughcare.followup.figures.RawFigure.Label;

/**
 * The clients' figures: the funnel with its attrition, screening, exits, gender, offence, risk and where the
 * clients are. Each client counts at the furthest stage the records say they had reached by the reference date.
 */
public final class ClientFigures {

    static final String SECTION = "clients";
    static final List<String> FUNNEL = List.of("referred", "screened", "eligible", "consented", "enrolled", "released",
            "completed");
    static final List<String> EXITS = List.of("DECLINED", "WITHDREW", "MOVED", "DIED", "EXPELLED");

    private ClientFigures() {
    }

    public static List<RawFigure> of(CohortData data, Map<UUID, String> officeNames,
                                     Map<String, String> municipalityNames) {
        return List.of(funnel(data), screening(data), criteriaNotMet(data), exits(data),
                byCode(data, "gender", ClientRow::gender, "gender.", List.of("MALE", "FEMALE", "OTHER")),
                byCode(data, "offence", ClientRow::offence, "offence.", List.of()),
                byCode(data, "risk", ClientRow::risk, "risk.", List.of("LOW", "MEDIUM", "HIGH")),
                byName(data, "offices", c -> officeNames.getOrDefault(c.office(), String.valueOf(c.office()))),
                byName(data, "municipalities",
                        c -> municipalityNames.getOrDefault(c.municipality(), c.municipality())));
    }

    /** 0 referred … 6 completed: the furthest stage reached, "eligible" (2) only after an eligible screening. */
    static int furthest(ClientRow c, CohortData data) {
        if (data.happened(c.completed())) {
            return 6;
        }
        if (data.happened(c.released())) {
            return 5;
        }
        if (data.happened(c.enrolled())) {
            return 4;
        }
        if (data.happened(c.consented())) {
            return 3;
        }
        if (data.happened(c.screened())) {
            CohortData.ScreeningRow screening = data.screenings().get(c.id());
            return screening != null && "ELIGIBLE".equals(screening.decision()) ? 2 : 1;
        }
        return 0;
    }

    private static RawFigure funnel(CohortData data) {
        long[] stopped = new long[FUNNEL.size()];
        data.clients().forEach(c -> stopped[furthest(c, data)]++);
        RawFigure.Builder figure = RawFigure.builder(SECTION, "funnel", Kind.FUNNEL);
        for (int stage = 0; stage < stopped.length; stage++) {
            figure.cell("followup.funnel." + FUNNEL.get(stage), stopped[stage]);
        }
        return figure.build();
    }

    private static RawFigure screening(CohortData data) {
        long notScreened = 0;
        long eligible = 0;
        long notEligible = 0;
        for (ClientRow c : data.clients()) {
            int furthest = furthest(c, data);
            if (furthest == 0) {
                notScreened++;
            } else if (furthest == 1) {
                notEligible++;
            } else {
                eligible++;
            }
        }
        return RawFigure.builder(SECTION, "screening", Kind.PARTITION)
                .cell("followup.screening.notScreened", notScreened).cell("eligibility.ELIGIBLE", eligible)
                .cell("eligibility.NOT_ELIGIBLE", notEligible).build();
    }

    private static RawFigure criteriaNotMet(CohortData data) {
        RawFigure.Builder figure = RawFigure.builder(SECTION, "criteria", Kind.COUNTS);
        Map<String, String> labels = Map.of("release_in_window", "criterion.releaseInWindow",
                "risk_medium_or_high", "criterion.riskMediumOrHigh", "sentence_long_enough",
                "criterion.sentenceLongEnough", "several_agencies", "criterion.severalAgencies", "motivated",
                "criterion.motivated", "no_expulsion", "criterion.noExpulsion");
        for (String criterion : CohortRows.CRITERIA) {
            long notMet = data.clients().stream().filter(c -> furthest(c, data) == 1)
                    .map(c -> data.screenings().get(c.id()))
                    .filter(s -> s != null && "NOT_MET".equals(s.criteria().get(criterion))).count();
            figure.cell(labels.get(criterion), notMet);
        }
        return figure.build(data.clients().size());
    }

    private static RawFigure exits(CohortData data) {
        Map<String, Long> counts = new LinkedHashMap<>();
        EXITS.forEach(e -> counts.put(e, 0L));
        long stayed = 0;
        for (ClientRow c : data.clients()) {
            if (data.happened(c.exited()) && counts.containsKey(c.exitStage())) {
                counts.merge(c.exitStage(), 1L, Long::sum);
            } else {
                stayed++;
            }
        }
        RawFigure.Builder figure = RawFigure.builder(SECTION, "exits", Kind.PARTITION);
        counts.forEach((stage, count) -> figure.cell("stage." + stage, count));
        return figure.cell("followup.exits.none", stayed).build();
    }

    /** A partition by a coded value: the expected codes first (even at zero), then any other, then "not recorded". */
    private static RawFigure byCode(CohortData data, String key, Function<ClientRow, String> code, String prefix,
                                    List<String> expected) {
        Map<String, Long> counts = new LinkedHashMap<>();
        expected.forEach(e -> counts.put(e, 0L));
        long unknown = 0;
        for (ClientRow c : data.clients()) {
            String value = code.apply(c);
            if (value == null) {
                unknown++;
            } else {
                counts.merge(value, 1L, Long::sum);
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

    private static RawFigure byName(CohortData data, String key, Function<ClientRow, String> name) {
        Map<String, Long> counts = new LinkedHashMap<>();
        data.clients().stream().map(name).filter(Objects::nonNull).forEach(n -> counts.merge(n, 1L, Long::sum));
        RawFigure.Builder figure = RawFigure.builder(SECTION, key, Kind.PARTITION);
        counts.entrySet().stream().sorted(Map.Entry.comparingByKey(Comparator.naturalOrder()))
                .forEach(e -> figure.cell(Label.literal(e.getKey()), e.getValue()));
        return figure.build();
    }
}
