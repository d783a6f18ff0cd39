package org.throughcare.followup.figures;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.throughcare.followup.figures.CohortData.ClientRow;
import org.throughcare.followup.figures.CohortData.MeetingRow;
import org.throughcare.followup.figures.RawFigure.Kind;
import org.throughcare.followup.figures.RawFigure.Label;

/**
 * The meeting figures (issue 15): meetings held by the reference date — in custody or after release, per office
 * and municipality, per client, with the client present or not — and how long before release each released
 * client's first meeting was held. Only held meetings count: a booked or cancelled one is no meeting yet.
 */
public final class MeetingFigures {

    static final String SECTION = "meetings";
    /** The lead-time bands' lower bounds in days: under 30, 30–89, 90–179, 180 and more. */
    private static final int[] LEAD_BANDS = {0, 30, 90, 180};

    private MeetingFigures() {
    }

    public static List<RawFigure> of(CohortData data, Map<UUID, String> officeNames,
                                     Map<String, String> municipalityNames) {
        List<MeetingRow> held = data.meetings().stream().filter(m -> m.held() && data.happened(m.on())).toList();
        Map<UUID, ClientRow> clients = new HashMap<>();
        data.clients().forEach(c -> clients.put(c.id(), c));
        return List.of(phases(held), perClient(data, held),
                byName(held, "meetingsPerOffice",
                        m -> officeNames.getOrDefault(clients.get(m.client()).office(), "?")),
                byName(held, "meetingsPerMunicipality", m -> {
                    String code = clients.get(m.client()).municipality();
                    return code == null ? null : municipalityNames.getOrDefault(code, code);
                }),
                attendance(held), leadTime(data, held), longLeads(data, held));
    }

    private static RawFigure phases(List<MeetingRow> held) {
        long inCustody = held.stream().filter(m -> "IN_CUSTODY".equals(m.phase())).count();
        return RawFigure.builder(SECTION, "meetings", Kind.PARTITION)
                .cell("followup.meetings.inCustody", inCustody)
                .cell("followup.meetings.afterRelease", held.size() - inCustody).build();
    }

    /** Held meetings per client, 0 … 4 and more, with mean, median and the share of clients with four or more. */
    private static RawFigure perClient(CohortData data, List<MeetingRow> held) {
        Map<UUID, Integer> counts = new HashMap<>();
        held.forEach(m -> counts.merge(m.client(), 1, Integer::sum));
        List<Integer> values = data.clients().stream().map(c -> counts.getOrDefault(c.id(), 0)).toList();
        RawFigure distribution = Distributions.of(SECTION, "meetingsPerClient", values, 4);
        long fourOrMore = distribution.cells().get(4).count();
        Double share = values.isEmpty() ? null : 100.0 * fourOrMore / values.size();
        List<RawFigure.Statistic> statistics = new ArrayList<>(distribution.statistics());
        statistics.add(new RawFigure.Statistic("followup.meetings.shareFourOrMore", share, -1));
        return new RawFigure(distribution.key(), distribution.section(), distribution.kind(), distribution.total(),
                distribution.cells(), List.copyOf(statistics));
    }

    private static RawFigure byName(List<MeetingRow> held, String key, Function<MeetingRow, String> name) {
        Map<String, Long> counts = new LinkedHashMap<>();
        held.stream().map(name).filter(java.util.Objects::nonNull).forEach(n -> counts.merge(n, 1L, Long::sum));
        RawFigure.Builder figure = RawFigure.builder(SECTION, key, Kind.PARTITION);
        counts.entrySet().stream().sorted(Map.Entry.comparingByKey(Comparator.naturalOrder()))
                .forEach(e -> figure.cell(Label.literal(e.getKey()), e.getValue()));
        return figure.build();
    }

    private static RawFigure attendance(List<MeetingRow> held) {
        long present = held.stream().filter(m -> Boolean.TRUE.equals(m.clientAttended())).count();
        long absent = held.stream().filter(m -> Boolean.FALSE.equals(m.clientAttended())).count();
        return RawFigure.builder(SECTION, "meetingAttendance", Kind.PARTITION)
                .cell("followup.meetings.clientPresent", present).cell("followup.meetings.clientAbsent", absent)
                .cell("followup.notRecorded", held.size() - present - absent).build();
    }

    /**
     * Of the clients released by the reference date: those with no meeting held before release, and the others
     * by the days from their first meeting to release, with the mean and median days.
     */
    private static RawFigure leadTime(CohortData data, List<MeetingRow> held) {
        long none = data.clients().stream().filter(c -> data.happened(c.released())).count();
        long[] bands = new long[LEAD_BANDS.length];
        List<Long> leads = leads(data, held);
        none -= leads.size();
        for (long days : leads) {
            int band = LEAD_BANDS.length - 1;
            while (days < LEAD_BANDS[band]) {
                band--;
            }
            bands[band]++;
        }
        RawFigure.Builder figure = RawFigure.builder(SECTION, "firstMeetingLead", Kind.PARTITION)
                .cell("followup.meetings.noneBeforeRelease", none)
                .cell("followup.meetings.lead.under30", bands[0]).cell("followup.meetings.lead.30to89", bands[1])
                .cell("followup.meetings.lead.90to179", bands[2]).cell("followup.meetings.lead.180plus", bands[3]);
        return figure.statistic("followup.meetings.meanDays", RawFigure.mean(leads), -1)
                .statistic("followup.meetings.medianDays", RawFigure.median(leads), -1).build();
    }

    /**
     * Of the released clients whose first meeting came before release, those with 90 and with 240 days or more:
     * counts of their own, so that suppression guards each against the clients it leaves out.
     */
    private static RawFigure longLeads(CohortData data, List<MeetingRow> held) {
        List<Long> leads = leads(data, held);
        return RawFigure.builder(SECTION, "firstMeetingLongLead", Kind.COUNTS)
                .cell("followup.meetings.atLeast90", leads.stream().filter(d -> d >= 90).count())
                .cell("followup.meetings.atLeast240", leads.stream().filter(d -> d >= 240).count())
                .build(leads.size());
    }

    /** Days from the first held meeting to release, for each released client whose first meeting came before. */
    private static List<Long> leads(CohortData data, List<MeetingRow> held) {
        Map<UUID, LocalDate> first = new HashMap<>();
        held.forEach(m -> first.merge(m.client(), m.on(), (a, b) -> a.isBefore(b) ? a : b));
        List<Long> leads = new ArrayList<>();
        for (ClientRow client : data.clients()) {
            LocalDate meeting = first.get(client.id());
            if (data.happened(client.released()) && meeting != null && meeting.isBefore(client.released())) {
                leads.add(ChronoUnit.DAYS.between(meeting, client.released()));
            }
        }
        return leads;
    }
}
