package org.throughcare.followup.figures;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
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

    /** Held meetings by the client's office and municipality: in custody or after, the client there or not. */
    private static final String HELD = """
            select office_id, municipality_code, sum(meetings_in_custody) as in_custody,
                   sum(meetings_after_release) as after_release, sum(meetings_client_present) as present,
                   sum(meetings_client_absent) as absent
            from followup_fact where {where}
            group by office_id, municipality_code""";

    /** Days from the first held meeting to release, for each released client whose first meeting came before. */
    private static final String LEADS = """
            select cast(released_on - first_meeting_on as int) as n from followup_fact
            where {where} and released_on <= :ref and first_meeting_on < released_on""";

    private MeetingFigures() {
    }

    private record Held(UUID office, String municipality, long inCustody, long afterRelease, long present,
                        long absent) {

        long meetings() {
            return inCustody + afterRelease;
        }
    }

    public static List<RawFigure> of(CohortQuery cohort, Map<UUID, String> officeNames,
                                     Map<String, String> municipalityNames) {
        List<Held> held = cohort.list(HELD, (rs, n) -> new Held(rs.getObject("office_id", UUID.class),
                rs.getString("municipality_code"), rs.getLong("in_custody"), rs.getLong("after_release"),
                rs.getLong("present"), rs.getLong("absent")));
        Map<String, Long> perOffice = new TreeMap<>(Comparator.naturalOrder());
        Map<String, Long> perMunicipality = new TreeMap<>(Comparator.naturalOrder());
        for (Held h : held) {
            perOffice.merge(officeNames.getOrDefault(h.office(), "?"), h.meetings(), Long::sum);
            if (h.municipality() != null) {
                perMunicipality.merge(municipalityNames.getOrDefault(h.municipality(), h.municipality()),
                        h.meetings(), Long::sum);
            }
        }
        Histogram leads = new Histogram();
        cohort.list("select n, count(*) as clients from (" + LEADS + ") leads group by n",
                (rs, n) -> leads.add(rs.getLong("n"), rs.getLong("clients")));
        return List.of(phases(held), perClient(cohort), byName("meetingsPerOffice", perOffice),
                byName("meetingsPerMunicipality", perMunicipality), attendance(held), leadTime(cohort.released(), leads),
                longLeads(leads));
    }

    private static RawFigure phases(List<Held> held) {
        long inCustody = held.stream().mapToLong(Held::inCustody).sum();
        long all = held.stream().mapToLong(Held::meetings).sum();
        return RawFigure.builder(SECTION, "meetings", Kind.PARTITION)
                .cell("followup.meetings.inCustody", inCustody)
                .cell("followup.meetings.afterRelease", all - inCustody).build();
    }

    /** Held meetings per client, 0 … 4 and more, with mean, median and the share of clients with four or more. */
    private static RawFigure perClient(CohortQuery cohort) {
        Histogram values = cohort.perClient("""
                select meetings_in_custody + meetings_after_release as n from followup_fact where {where}""");
        RawFigure distribution = Distributions.of(SECTION, "meetingsPerClient", values, 4);
        long fourOrMore = distribution.cells().get(4).count();
        Double share = values.total() == 0 ? null : 100.0 * fourOrMore / values.total();
        List<RawFigure.Statistic> statistics = new ArrayList<>(distribution.statistics());
        statistics.add(new RawFigure.Statistic("followup.meetings.shareFourOrMore", share, -1));
        return new RawFigure(distribution.key(), distribution.section(), distribution.kind(), distribution.total(),
                distribution.cells(), List.copyOf(statistics));
    }

    private static RawFigure byName(String key, Map<String, Long> counts) {
        RawFigure.Builder figure = RawFigure.builder(SECTION, key, Kind.PARTITION);
        counts.forEach((name, count) -> figure.cell(Label.literal(name), count));
        return figure.build();
    }

    private static RawFigure attendance(List<Held> held) {
        long present = held.stream().mapToLong(Held::present).sum();
        long absent = held.stream().mapToLong(Held::absent).sum();
        long all = held.stream().mapToLong(Held::meetings).sum();
        return RawFigure.builder(SECTION, "meetingAttendance", Kind.PARTITION)
                .cell("followup.meetings.clientPresent", present).cell("followup.meetings.clientAbsent", absent)
                .cell("followup.notRecorded", all - present - absent).build();
    }

    /**
     * Of the clients released by the reference date: those with no meeting held before release, and the others
     * by the days from their first meeting to release, with the mean and median days.
     */
    private static RawFigure leadTime(long released, Histogram leads) {
        return RawFigure.builder(SECTION, "firstMeetingLead", Kind.PARTITION)
                .cell("followup.meetings.noneBeforeRelease", released - leads.total())
                .cell("followup.meetings.lead.under30", leads.between(LEAD_BANDS[0], LEAD_BANDS[1]))
                .cell("followup.meetings.lead.30to89", leads.between(LEAD_BANDS[1], LEAD_BANDS[2]))
                .cell("followup.meetings.lead.90to179", leads.between(LEAD_BANDS[2], LEAD_BANDS[3]))
                .cell("followup.meetings.lead.180plus", leads.atLeast(LEAD_BANDS[3]))
                .statistic("followup.meetings.meanDays", leads.mean(), -1)
                .statistic("followup.meetings.medianDays", leads.median(), -1).build();
    }

    /**
     * Of the released clients whose first meeting came before release, those with 90 and with 240 days or more:
     * counts of their own, so that suppression guards each against the clients it leaves out.
     */
    private static RawFigure longLeads(Histogram leads) {
        return RawFigure.builder(SECTION, "firstMeetingLongLead", Kind.COUNTS)
                .cell("followup.meetings.atLeast90", leads.atLeast(90))
                .cell("followup.meetings.atLeast240", leads.atLeast(240))
                .build(leads.total());
    }
}
