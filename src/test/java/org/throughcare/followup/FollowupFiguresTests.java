package org.throughcare.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.throughcare.IntegrationTest;

/**
 * Every figure on a cohort of ten clients built by hand at an office of their own, each answer worked out by
 * hand from the story below (as at 30 June 2026, the end of the period), not by running the same query:
 * <pre>
 *  A man  M1 narcotics high    referred 10 Jan, screened eligible, consented, enrolled, released 1 May, completed 20 Jun
 *  B man  M1 narcotics medium  referred 15 Jan … released 1 Jun
 *  C woman M2 theft medium     referred 1 Feb … enrolled 1 Mar
 *  D man  M1 robbery low       referred 5 Feb, screened not eligible (risk, motivation), declined 20 Feb
 *  E man  M2 assault high      referred 1 Mar, withdrew 10 Mar
 *  F man  M1 narcotics high    referred 5 Mar … enrolled 1 Apr, withdrew 10 May
 *  G man  M1 narcotics medium  referred 1 Apr … released 15 Jun
 *  H woman M1 (no custody facts) referred 1 May
 *  I man  M1 fraud low         referred 10 Jun, screened 5 Jul (after the period)
 *  K man  M1 drunk driving low referred 25 Jun, withdrew 1 Aug (after the period)
 *  J man  M1                   referred 20 Dec 2025: outside the cohort
 * </pre>
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FollowupFiguresTests {

    static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    static final LocalDate TO = LocalDate.of(2026, 6, 30);

    @Autowired
    JdbcClient jdbc;
    @Autowired
    FollowupFigures followup;

    FollowupWorld world;
    FiguresView figures;

    @BeforeAll
    void buildTheCohort() {
        world = new FollowupWorld(jdbc);
        String m1 = world.municipality1;
        String m2 = world.municipality2;
        UUID social = world.organisation("SOCIAL_SERVICES");
        UUID employment = world.organisation("EMPLOYMENT_SERVICE");
        UUID housing = world.organisation("HOUSING");
        UUID addiction = world.organisation("ADDICTION_CARE");

        UUID a = world.client("MALE", m1, d(1, 10), "NARCOTICS", "HIGH");
        world.path(a, d(1, 20), "ELIGIBLE", d(2, 1), d(2, 10), d(5, 1), d(6, 20));
        UUID b = world.client("MALE", m1, d(1, 15), "NARCOTICS", "MEDIUM");
        world.path(b, d(1, 25), "ELIGIBLE", d(2, 5), d(2, 15), d(6, 1), null);
        UUID c = world.client("FEMALE", m2, d(2, 1), "THEFT", "MEDIUM");
        world.path(c, d(2, 10), "ELIGIBLE", d(2, 20), d(3, 1), null, null);
        UUID dd = world.client("MALE", m1, d(2, 5), "ROBBERY", "LOW");
        world.screening(dd, d(2, 15), "NOT_ELIGIBLE", "NOT_MET", "NOT_MET");
        world.transition(dd, "REFERRED", "SCREENED", d(2, 15));
        world.transition(dd, "SCREENED", "DECLINED", d(2, 20));
        UUID e = world.client("MALE", m2, d(3, 1), "ASSAULT", "HIGH");
        world.transition(e, "REFERRED", "WITHDREW", d(3, 10));
        UUID f = world.client("MALE", m1, d(3, 5), "NARCOTICS", "HIGH");
        world.path(f, d(3, 15), "ELIGIBLE", d(3, 20), d(4, 1), null, null);
        world.transition(f, "ENROLLED", "WITHDREW", d(5, 10));
        UUID g = world.client("MALE", m1, d(4, 1), "NARCOTICS", "MEDIUM");
        world.path(g, d(4, 10), "ELIGIBLE", d(4, 20), d(5, 1), d(6, 15), null);
        world.client("FEMALE", m1, d(5, 1), null, null);
        UUID i = world.client("MALE", m1, d(6, 10), "FRAUD", "LOW");
        world.path(i, d(7, 5), "ELIGIBLE", null, null, null, null);
        UUID k = world.client("MALE", m1, d(6, 25), "DRUNK_DRIVING", "LOW");
        world.transition(k, "REFERRED", "WITHDREW", d(8, 1));
        UUID j = world.client("MALE", m1, LocalDate.of(2025, 12, 20), "THEFT", "LOW");
        world.member(j, social, LocalDate.of(2025, 12, 21), null);

        world.member(a, social, d(2, 1), null);
        world.member(a, employment, d(2, 1), null);
        world.member(a, housing, d(5, 1), d(6, 10));
        world.member(b, social, d(2, 5), null);
        world.member(c, social, d(2, 20), null);
        world.member(c, addiction, d(3, 1), null);
        world.member(f, social, d(3, 20), d(5, 10));
        world.member(g, social, d(4, 20), null);
        world.member(g, employment, d(4, 20), null);
        world.member(g, addiction, d(7, 15), null);
        world.handover(a, d(3, 1));
        world.handover(c, d(3, 5));
        world.handover(c, d(4, 5));
        world.handover(g, d(8, 1));

        world.consent(a, "WRITTEN", d(2, 1), null, null, social, employment);
        world.consent(b, "ORAL", d(2, 5), null, d(4, 1), social);
        world.consent(c, "DIGITAL", d(2, 20), null, null, social);
        world.consent(g, "WRITTEN", d(4, 20), LocalDate.of(2027, 4, 20), null, social, employment);
        world.consent(f, "ORAL", d(3, 20), null, null, social);

        world.assessment(a, 1, d(2, 5), "ACCOMMODATION", "SEVERE", "SUBSTANCE_USE", "SIGNIFICANT");
        world.assessment(a, 2, d(5, 20), "ACCOMMODATION", "SOME", "SUBSTANCE_USE", "NO_NEED");
        world.assessment(b, 1, d(2, 10), "ACCOMMODATION", "NO_NEED", "EMPLOYMENT_EDUCATION_TRAINING", "SIGNIFICANT");
        world.assessment(c, 1, d(3, 5), "SUBSTANCE_USE", "SEVERE");
        world.assessment(c, 2, d(7, 10), "SUBSTANCE_USE", "SOME");
        world.assessment(g, 1, d(4, 25), "ACCOMMODATION", "SIGNIFICANT");

        world.measure(a, "ACCOMMODATION", "AFTER_RELEASE", "IN_PROGRESS", housing);
        world.measure(a, "SUBSTANCE_USE", "IN_CUSTODY", "DONE", social);
        world.measure(b, "EMPLOYMENT_EDUCATION_TRAINING", "AT_RELEASE", "PROPOSED", employment);
        world.measure(c, "SUBSTANCE_USE", "IN_CUSTODY", "ACCEPTED", addiction);
        world.measure(g, "ACCOMMODATION", "AFTER_RELEASE", "DECLINED", social);

        world.releaseDateChange(a, d(5, 10), d(5, 20), d(3, 1));
        world.releaseDateChange(a, d(5, 20), d(5, 1), d(4, 1));
        world.releaseDateChange(b, null, d(6, 1), d(2, 1));
        world.releaseDateChange(b, d(6, 10), d(6, 1), d(5, 1));
        world.releaseDateChange(c, d(9, 1), d(9, 15), d(8, 1));
        world.custodyEvent(b, "EARLY_RELEASE", d(5, 20), true);
        world.custodyEvent(c, "TRANSFER", d(3, 15), true);
        world.custodyEvent(c, "TRANSFER", d(3, 10), false);
        world.custodyEvent(g, "TRANSFER", d(7, 1), true);

        world.acknowledgedNotice(a, Instant.parse("2026-03-01T10:00:00Z"), Instant.parse("2026-03-01T12:00:00Z"),
                Instant.parse("2026-03-02T09:00:00Z"));
        world.acknowledgedNotice(b, Instant.parse("2026-05-01T08:00:00Z"), Instant.parse("2026-05-01T09:00:00Z"),
                Instant.parse("2026-05-03T08:00:00Z"));
        world.acknowledgedNotice(c, Instant.parse("2026-06-01T08:00:00Z"), (Instant) null);
        world.acknowledgedNotice(g, Instant.parse("2026-07-05T08:00:00Z"), Instant.parse("2026-07-05T09:00:00Z"));

        // Meetings: A four held (two before release on 1 May, the first 96 days before; absent on 10 May), B one held
        // 12 days before release and one cancelled, C one held without a record yet, G one booked before release and
        // one held after the period.
        world.meeting(a, d(1, 25), d(5, 1), "HELD", true);
        world.meeting(a, d(3, 1), d(5, 1), "HELD", true);
        world.meeting(a, d(5, 10), d(5, 1), "HELD", false);
        world.meeting(a, d(6, 10), d(5, 1), "HELD", true);
        world.meeting(b, d(3, 1), d(6, 1), "CANCELLED", null);
        world.meeting(b, d(5, 20), d(6, 1), "HELD", true);
        world.meeting(c, d(3, 10), null, "HELD", null);
        world.meeting(g, d(6, 10), d(6, 15), "BOOKED", null);
        world.meeting(g, d(7, 1), d(6, 15), "HELD", true);

        figures = followup.figures(world.manager, new Cohort(CohortBasis.REFERRAL, FROM, TO, List.of(), List.of()),
                "test", Locale.ENGLISH);
    }

    private static LocalDate d(int month, int day) {
        return LocalDate.of(2026, month, day);
    }

    private List<Long> counts(String key) {
        return figures.figure(key).cells().stream().map(FigureCell::count).toList();
    }

    @Test
    void theManagerSeesTheirOwnOfficeUnsuppressedAsAtThePeriodsEnd() {
        assertThat(figures.suppressed()).isFalse();
        assertThat(figures.cohort().offices()).containsExactly(world.office);
        assertThat(figures.referenceDate()).isEqualTo(TO);
        assertThat(figures.cohortDescription()).contains("2026-01-01", "2026-06-30", "Testkontoret");
    }

    @Test
    void theFunnelCountsEachClientAtTheFurthestStageReachedByTheReferenceDate() {
        FigureView funnel = figures.figure("funnel");
        assertThat(funnel.total()).isEqualTo(10);
        // Stopped at: referred E H I K; screened not eligible D; enrolled C F; released B G; completed A.
        assertThat(funnel.cells()).extracting(FigureCell::label, FigureCell::count, FigureCell::reached).containsExactly(
                tuple("Referred", 4L, 10L), tuple("Screened", 1L, 6L), tuple("Found eligible", 0L, 5L),
                tuple("Consented", 0L, 5L), tuple("Enrolled", 2L, 5L), tuple("Released", 2L, 3L),
                tuple("Completed", 1L, 1L));
        assertThat(funnel.definition()).contains("furthest stage");
    }

    @Test
    void screeningExitsAndCriteria() {
        assertThat(counts("screening")).containsExactly(4L, 5L, 1L);
        // D missed the risk and the motivation criteria.
        assertThat(counts("criteria")).containsExactly(0L, 1L, 0L, 0L, 1L, 0L);
        // Declined D; withdrew E and F (K withdrew after the period); nobody moved, died or was expelled.
        assertThat(counts("exits")).containsExactly(1L, 2L, 0L, 0L, 0L, 7L);
    }

    @Test
    void genderOffenceRiskAndPlace() {
        assertThat(counts("gender")).containsExactly(8L, 2L, 0L, 0L);
        assertThat(figures.figure("offence").cells()).extracting(FigureCell::label, FigureCell::count).containsExactly(
                tuple("Narcotics offence", 4L), tuple("Assault", 1L), tuple("Drunk driving", 1L), tuple("Fraud", 1L),
                tuple("Robbery", 1L), tuple("Theft or aggravated theft", 1L), tuple("Not recorded", 1L));
        assertThat(counts("risk")).containsExactly(3L, 3L, 3L, 1L);
        assertThat(counts("offices")).containsExactly(10L);
        assertThat(figures.figure("municipalities").cells()).extracting(FigureCell::count).containsExactlyInAnyOrder(8L, 2L);
    }

    @Test
    void theGroup() {
        FigureView agencies = figures.figure("agenciesPerClient");
        // 0: D E H I K; 1: B, F (social services until May); 2: C, G (G's addiction care came later); 3: A.
        assertThat(counts("agenciesPerClient")).containsExactly(5L, 2L, 2L, 1L, 0L, 0L);
        assertThat(agencies.statistics()).extracting(FigureStatistic::value).containsExactly(0.9, 0.5);
        assertThat(figures.figure("participation").cells()).filteredOn(c -> c.count() > 0)
                .extracting(FigureCell::label, FigureCell::count).containsExactly(tuple("Social services", 5L),
                        tuple("Public employment service", 2L), tuple("Addiction care", 1L), tuple("Housing", 1L));
        // A once, C twice; G's handover came after the period.
        assertThat(counts("handoversPerClient")).containsExactly(8L, 1L, 1L);
        assertThat(figures.figure("handoversPerClient").statistics()).extracting(FigureStatistic::value)
                .containsExactly(0.3, 0.0);
    }

    @Test
    void consentOnTheReferenceDate() {
        // No group: D E F (left May) H I K; complete: A (housing left in June), G; incomplete: B (withdrawn), C (addiction).
        assertThat(counts("completeness")).containsExactly(6L, 2L, 2L);
        assertThat(counts("consentForms")).containsExactly(2L, 2L, 1L);
    }

    @Test
    void needsFromTheLatestAssessmentAndThePlan() {
        assertThat(counts("needs.ACCOMMODATION")).containsExactly(1L, 1L, 1L, 0L, 7L);
        // C's later, milder assessment came after the period.
        assertThat(counts("needs.SUBSTANCE_USE")).containsExactly(1L, 0L, 0L, 1L, 8L);
        assertThat(counts("needs.EMPLOYMENT_EDUCATION_TRAINING")).containsExactly(0L, 0L, 1L, 0L, 9L);
        assertThat(figures.figure("measures").cells()).extracting(FigureCell::label, FigureCell::count).containsExactly(
                tuple("Addiction care – Accepted by owner", 1L), tuple("Public employment service – Proposed", 1L),
                tuple("Housing – In progress", 1L), tuple("Social services – Declined by owner", 1L),
                tuple("Social services – Done", 1L));
        // B's employment need has only a proposed measure, G's accommodation measure was declined.
        assertThat(figures.figure("withoutOwner").cells()).filteredOn(c -> c.count() > 0)
                .extracting(FigureCell::label, FigureCell::count).containsExactly(
                        tuple("Clients with any need without an owner", 2L), tuple("Accommodation", 1L),
                        tuple("Employment, education and training", 1L));
        // Released: A (housing after release), B (employment at release) with; G's only measure was declined.
        assertThat(counts("continuation")).containsExactly(2L, 1L, 7L);
    }

    @Test
    void custodyEventsAndAcknowledgements() {
        // A's date moved twice, B's once (its first setting is no change); C's move came after the period.
        assertThat(counts("dateChanges")).containsExactly(8L, 1L, 1L, 0L);
        assertThat(figures.figure("dateChanges").statistics()).extracting(FigureStatistic::value)
                .containsExactly(0.3, 0.0);
        // B released early; C transferred (its earlier event was not applied); G's transfer came after the period.
        assertThat(counts("custodyEvents")).containsExactly(1L, 1L, 0L);
        FigureView acknowledgements = figures.figure("acknowledgements");
        // Three notices asked; A's acknowledged by both after 23 h, B's after 48 h, C's not yet; G's after the period.
        assertThat(acknowledgements.total()).isEqualTo(3);
        assertThat(counts("acknowledgements")).containsExactly(2L, 1L);
        assertThat(acknowledgements.statistics()).extracting(FigureStatistic::value)
                .containsExactly(35.5, 100.0 / 3);
    }

    @Test
    void meetingsHeldPerClientPlaceAndAttendance() {
        // Held by 30 June: A 1/25, 3/1 (in custody), 5/10, 6/10 (after release); B 5/20; C 3/10 (no release date).
        assertThat(counts("meetings")).containsExactly(4L, 2L);
        // 0: D E F G H I K; 1: B C; 4 or more: A. Mean 6/10, median 0, 1 of 10 with four or more.
        assertThat(counts("meetingsPerClient")).containsExactly(7L, 2L, 0L, 0L, 1L);
        assertThat(figures.figure("meetingsPerClient").statistics()).extracting(FigureStatistic::value)
                .containsExactly(0.6, 0.0, 10.0);
        assertThat(counts("meetingsPerOffice")).containsExactly(6L);
        assertThat(figures.figure("meetingsPerOffice").cells().get(0).label()).startsWith("Testkontoret");
        // A and B live in the first municipality, C in the second.
        assertThat(counts("meetingsPerMunicipality")).containsExactlyInAnyOrder(5L, 1L);
        // Present: A three times, B once; absent: A on 10 May; C's meeting has no record yet.
        assertThat(counts("meetingAttendance")).containsExactly(4L, 1L, 1L);
    }

    @Test
    void firstMeetingLeadTimeBeforeRelease() {
        // Released: A (25 Jan → 1 May, 96 days), B (20 May → 1 Jun, 12 days), G (only a booked meeting before).
        assertThat(counts("firstMeetingLead")).containsExactly(1L, 1L, 0L, 1L, 0L);
        assertThat(figures.figure("firstMeetingLead").statistics()).extracting(FigureStatistic::value)
                .containsExactly(54.0, 54.0);
        // Of A and B, A's 96 days reach 90, none 240.
        assertThat(figures.figure("firstMeetingLongLead").total()).isEqualTo(2);
        assertThat(counts("firstMeetingLongLead")).containsExactly(1L, 0L);
    }

    @Test
    void aCohortByReleaseHoldsThoseReleasedInThePeriod() {
        FiguresView released = followup.figures(world.manager, new Cohort(CohortBasis.RELEASE, FROM, TO, List.of(),
                List.of()), "test", Locale.ENGLISH);
        // A, B and G; A completed, B and G still released.
        assertThat(released.figure("funnel").cells()).extracting(FigureCell::count)
                .containsExactly(0L, 0L, 0L, 0L, 0L, 2L, 1L);
    }
}
