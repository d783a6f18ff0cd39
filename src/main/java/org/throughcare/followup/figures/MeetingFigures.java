package org.throughcare.followup.figures;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.throughcare.followup.figures.CohortQuery.Place;
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

    public static List<RawFigure> of(CohortQuery cohort, Map<UUID, String> officeNames,
                                     Map<String, String> municipalityNames) {
        List<Place> held = cohort.places();
        Map<String, Long> perOffice = new TreeMap<>(Comparator.naturalOrder());
        Map<String, Long> perMunicipality = new TreeMap<>(Comparator.naturalOrder());
        for (Place h : held) {
            perOffice.merge(officeNames.getOrDefault(h.office(), "?"), meetings(h), Long::sum);
            if (h.municipality() != null) {
                perMunicipality.merge(municipalityNames.getOrDefault(h.municipality(), h.municipality()),
                        meetings(h), Long::sum);
            }
        }
        Histogram leads = cohort.histogram("lead");
        return List.of(phases(held), perClient(cohort), byName("meetingsPerOffice", perOffice),
                byName("meetingsPerMunicipality", perMunicipality), attendance(held), leadTime(cohort.released(), leads),
                longLeads(leads));
    }

    private static long meetings(Place place) {
        return place.meetingsInCustody() + place.meetingsAfterRelease();
    }

    private static RawFigure phases(List<Place> held) {
        long inCustody = held.stream().mapToLong(Place::meetingsInCustody).sum();
        long all = held.stream().mapToLong(MeetingFigures::meetings).sum();
        return RawFigure.builder(SECTION, "meetings", Kind.PARTITION)
                .cell("followup.meetings.inCustody", inCustody)
                .cell("followup.meetings.afterRelease", all - inCustody).build();
    }

    /** Held meetings per client, 0 … 4 and more, with mean, median and the share of clients with four or more. */
    private static RawFigure perClient(CohortQuery cohort) {
        Histogram values = cohort.histogram("meetings");
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

    private static RawFigure attendance(List<Place> held) {
        long present = held.stream().mapToLong(Place::meetingsClientPresent).sum();
        long absent = held.stream().mapToLong(Place::meetingsClientAbsent).sum();
        long all = held.stream().mapToLong(MeetingFigures::meetings).sum();
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
