package org.throughcare.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.throughcare.IntegrationTest;

/**
 * The referral and outcome sections and meetings over time, on a cohort built by hand (clients referred in 2024 and
 * 2025 at an office of their own; reference date 31 December 2025, the period's end), every answer worked out by
 * hand below. Moments are noon UTC unless said; the application's zone is Europe/Stockholm (UTC+1 in winter).
 * <pre>
 *  A referred 2024-01-10, released 2024-06-30, back in custody 2025-03-01
 *  B referred 2024-02-01, released 2025-01-31
 *  C referred 2024-03-01, released 2025-08-31
 *  D referred 2024-04-01, released 2025-06-15, back in custody 2025-09-01
 *  E referred 2024-05-01, never released
 *  F referred 2025-11-01, released 2026-01-15 (after the reference date)
 *  J referred 2023-12-20: outside the cohort, with a referral and a form that must not count
 *
 *  r1  A accommodation  sent 2024-02-01 23:30 UTC (2 Feb in Stockholm), accepted 02-05, started 02-20,
 *                       completed 2024-08-01; goals achieved, achieved            → wait 18 days
 *  r2  A substance use  sent 2024-03-01, accepted 03-02, waiting 03-03, started 03-31, ended early 05-01;
 *                       goals achieved, not achieved (partly)                     → wait 30 days
 *  r3  B employment     sent 2024-04-01, declined 04-10 (a reason in free text)
 *  r4  B accommodation  sent 2025-03-01, accepted and started 03-03, still under way → wait 2 days
 *  r5  C substance use  sent 2025-10-01, not answered
 *  r6  C finance/debt   sent 2025-09-01, accepted 09-10, cancelled 09-20
 *  r7  D accommodation  sent 2025-06-01, accepted 06-02, started 09-15, completed 12-01; goal not achieved
 *                       → wait 29 + 31 + 31 + 15 = 106 days
 *  r8  D substance use  sent 2025-11-20, accepted 12-20, started 2026-01-05, completed 2026-03-01 achieved:
 *                       on the reference date only accepted
 *  r9  E accommodation  sent 2025-12-31 23:30 UTC = 1 January 2026 in Stockholm: after the reference date
 *  r10 E mental health  sent 2024-06-01, accepted 06-03, started 06-04, completed 09-01, no goal outcome recorded
 *                       → wait 3 days
 *  r11 J accommodation  sent and started 2024-02-01: outside the cohort
 * </pre>
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CohortSectionsTests {

    static final LocalDate FROM = LocalDate.of(2024, 1, 1);
    static final LocalDate TO = LocalDate.of(2025, 12, 31);

    @Autowired
    JdbcClient jdbc;
    @Autowired
    FollowupFigures followup;
    @Autowired
    MockMvc mvc;
    @Autowired
    org.throughcare.followup.outcome.OutcomeManagement outcomes;

    FollowupWorld world;
    FiguresView figures;

    @BeforeAll
    void buildTheCohort() {
        world = new FollowupWorld(jdbc);
        SectionRecords records = new SectionRecords(world);
        String m = world.municipality1;
        UUID a = world.client("MALE", m, d(2024, 1, 10), "NARCOTICS", "HIGH");
        world.path(a, d(2024, 1, 20), "ELIGIBLE", d(2024, 2, 1), d(2024, 2, 10), d(2024, 6, 30), null);
        world.transition(a, "RELEASED", "RETURNED_TO_CUSTODY", d(2025, 3, 1));
        UUID b = world.client("MALE", m, d(2024, 2, 1), "THEFT", "MEDIUM");
        world.path(b, d(2024, 2, 10), "ELIGIBLE", d(2024, 2, 20), d(2024, 3, 1), d(2025, 1, 31), null);
        UUID c = world.client("FEMALE", m, d(2024, 3, 1), "NARCOTICS", "MEDIUM");
        world.path(c, d(2024, 3, 10), "ELIGIBLE", d(2024, 3, 20), d(2024, 4, 1), d(2025, 8, 31), null);
        UUID dd = world.client("MALE", m, d(2024, 4, 1), "ROBBERY", "HIGH");
        world.path(dd, d(2024, 4, 10), "ELIGIBLE", d(2024, 4, 20), d(2024, 5, 1), d(2025, 6, 15), null);
        world.transition(dd, "RELEASED", "RETURNED_TO_CUSTODY", d(2025, 9, 1));
        UUID e = world.client("MALE", m, d(2024, 5, 1), "FRAUD", "LOW");
        UUID f = world.client("MALE", m, d(2025, 11, 1), "THEFT", "LOW");
        world.path(f, d(2025, 11, 10), "ELIGIBLE", d(2025, 11, 20), d(2025, 12, 1), d(2026, 1, 15), null);
        UUID j = world.client("MALE", m, d(2023, 12, 20), "THEFT", "LOW");
        world.path(j, d(2023, 12, 22), "ELIGIBLE", d(2023, 12, 23), d(2023, 12, 24), d(2024, 1, 5), null);

        records.referral(a, "ACCOMMODATION", Instant.parse("2024-02-01T23:30:00Z"), "ACCEPTED", noon(2024, 2, 5),
                "STARTED", noon(2024, 2, 20), "COMPLETED", noon(2024, 8, 1), "ACHIEVED", "ACHIEVED");
        records.referral(a, "SUBSTANCE_USE", noon(2024, 3, 1), "ACCEPTED", noon(2024, 3, 2), "WAITING",
                noon(2024, 3, 3), "STARTED", noon(2024, 3, 31), "ENDED_EARLY", noon(2024, 5, 1), "ACHIEVED",
                "NOT_ACHIEVED");
        records.referral(b, "EMPLOYMENT_EDUCATION_TRAINING", noon(2024, 4, 1), "DECLINED", noon(2024, 4, 10));
        records.referral(b, "ACCOMMODATION", noon(2025, 3, 1), "ACCEPTED", noon(2025, 3, 3), "STARTED",
                noon(2025, 3, 3));
        records.referral(c, "SUBSTANCE_USE", noon(2025, 10, 1));
        records.referral(c, "FINANCE_AND_DEBT", noon(2025, 9, 1), "ACCEPTED", noon(2025, 9, 10), "CANCELLED",
                noon(2025, 9, 20));
        records.referral(dd, "ACCOMMODATION", noon(2025, 6, 1), "ACCEPTED", noon(2025, 6, 2), "STARTED",
                noon(2025, 9, 15), "COMPLETED", noon(2025, 12, 1), "NOT_ACHIEVED");
        records.referral(dd, "SUBSTANCE_USE", noon(2025, 11, 20), "ACCEPTED", noon(2025, 12, 20), "STARTED",
                noon(2026, 1, 5), "COMPLETED", noon(2026, 3, 1), "ACHIEVED");
        records.referral(e, "ACCOMMODATION", Instant.parse("2025-12-31T23:30:00Z"));
        records.referral(e, "MENTAL_HEALTH", noon(2024, 6, 1), "ACCEPTED", noon(2024, 6, 3), "STARTED",
                noon(2024, 6, 4), "COMPLETED", noon(2024, 9, 1), (Object) null);
        records.referral(j, "ACCOMMODATION", noon(2024, 2, 1), "ACCEPTED", noon(2024, 2, 1), "STARTED",
                noon(2024, 2, 1));

        // Outcome forms: A at all three points, B at release (its 6-month form came after the reference date),
        // C at release, D at six months only (none at release though it was due); J's must not count.
        records.outcome(a, d(2024, 6, 30), "RELEASE", d(2024, 6, 30), false, "NONE", "STARTED", "NOT_NEEDED", true);
        records.outcome(a, d(2024, 6, 30), "SIX_MONTHS", d(2024, 12, 20), true, "WORK", "STARTED", "NOT_STARTED", true);
        records.outcome(a, d(2024, 6, 30), "TWELVE_MONTHS", d(2025, 6, 25), true, "EDUCATION", "NOT_NEEDED", "STARTED",
                false);
        records.outcome(b, d(2025, 1, 31), "RELEASE", d(2025, 2, 3), true, "NONE", "NOT_NEEDED", "NOT_NEEDED", false);
        records.outcome(b, d(2025, 1, 31), "SIX_MONTHS", d(2026, 1, 10), true, "WORK", "NOT_NEEDED", "NOT_NEEDED", true);
        records.outcome(c, d(2025, 8, 31), "RELEASE", d(2025, 9, 1), false, "TRAINING", "NOT_STARTED", "STARTED", true);
        records.outcome(dd, d(2025, 6, 15), "SIX_MONTHS", d(2025, 12, 1), false, "NONE", "STARTED", "NOT_STARTED",
                false);
        records.outcome(j, d(2024, 1, 5), "RELEASE", d(2024, 1, 5), true, "WORK", "NOT_NEEDED", "NOT_NEEDED", true);

        // Meetings held: A on 2023-12-15 (before the period), 2024-03-10 and 03-20 in custody, 07-05 after release
        // (one cancelled on 03-15); D on the reference date after release, and one after it; J one in the period.
        world.meeting(a, d(2023, 12, 15), d(2024, 6, 30), "HELD", true);
        world.meeting(a, d(2024, 3, 10), d(2024, 6, 30), "HELD", true);
        world.meeting(a, d(2024, 3, 15), d(2024, 6, 30), "CANCELLED", null);
        world.meeting(a, d(2024, 3, 20), d(2024, 6, 30), "HELD", false);
        world.meeting(a, d(2024, 7, 5), d(2024, 6, 30), "HELD", true);
        world.meeting(dd, d(2025, 12, 31), d(2025, 6, 15), "HELD", true);
        world.meeting(dd, d(2026, 1, 2), d(2025, 6, 15), "HELD", true);
        world.meeting(j, d(2024, 2, 1), d(2024, 1, 5), "HELD", true);

        figures = followup.figures(world.manager, cohort(TO), "test", Locale.ENGLISH);
    }

    private static Cohort cohort(LocalDate to) {
        return new Cohort(CohortBasis.REFERRAL, FROM, to, List.of(), List.of());
    }

    private static LocalDate d(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    private static Instant noon(int year, int month, int day) {
        return Instant.parse("%04d-%02d-%02dT12:00:00Z".formatted(year, month, day));
    }

    private static List<Long> counts(FiguresView view, String key) {
        return view.figure(key).cells().stream().map(FigureCell::count).toList();
    }

    private static List<Double> statistics(FiguresView view, String key) {
        return view.figure(key).statistics().stream().map(FigureStatistic::value).toList();
    }

    @Test
    void referralsByWhereTheyStoodOnTheReferenceDate() {
        assertThat(figures.referenceDate()).isEqualTo(TO);
        FigureView states = figures.figure("referralStates");
        assertThat(states.section()).isEqualTo("referrals");
        // Sent by 31 Dec in Stockholm: r1–r8 and r10 (r9 came on 1 Jan there, r11 is J's). Awaiting: r5; accepted:
        // r8 (started only in January); under way: r4; completed r1 r7 r10; ended early r2; declined r3; cancelled r6.
        assertThat(states.total()).isEqualTo(9);
        assertThat(states.cells()).extracting(FigureCell::label, FigureCell::count).containsExactly(
                tuple("Sent, not yet answered", 1L), tuple("Accepted, not yet started", 1L), tuple("Under way", 1L),
                tuple("Completed", 3L), tuple("Ended early", 1L), tuple("Declined", 1L),
                tuple("Cancelled by the referrer", 1L));
        // Accepted by then: r1 r2 r4 r6 r7 r8 r10; started: r1 r2 r4 r7 r10.
        assertThat(figures.figure("referralsReached").total()).isEqualTo(9);
        assertThat(counts(figures, "referralsReached")).containsExactly(7L, 5L);
        // Of the six clients A–F: referred A B C D E, started A B D E (F has none; J is not in the cohort).
        assertThat(figures.figure("referralClients").total()).isEqualTo(6);
        assertThat(counts(figures, "referralClients")).containsExactly(5L, 4L);
    }

    @Test
    void referralsByNeedAreaAndDeclinesSayOnlyThatAReasonWasGiven() {
        // Accommodation r1 r4 r7; employment r3; finance r6; mental health r10; substance use r2 r5 r8.
        assertThat(figures.figure("referralsByNeed").cells()).extracting(FigureCell::label, FigureCell::count)
                .containsExactly(tuple("Accommodation", 3L), tuple("Employment, education and training", 1L),
                        tuple("Finance and debt", 1L), tuple("Mental health", 1L), tuple("Substance use", 3L));
        assertThat(counts(figures, "referralDeclines")).containsExactly(1L, 0L);
        assertThat(figures.figure("referralDeclines").definition()).contains("free text");
        assertThat(figures.toString()).doesNotContain("no place for this client");
    }

    @Test
    void waitingFromSendingToStartInCalendarDaysOfTheApplicationsZone() {
        // r4 2, r10 3, r1 18 (2 Feb → 20 Feb in Stockholm), r2 30, r7 106: mean 159 / 5 = 31.8, median 18.
        assertThat(counts(figures, "referralWaiting")).containsExactly(2L, 0L, 1L, 1L, 1L);
        assertThat(statistics(figures, "referralWaiting")).containsExactly(31.8, 18.0);
    }

    @Test
    void outcomesOfTheReferralsRunToTheirEnd() {
        // Completed: r1 achieved, r7 not achieved, r10 none recorded; ended early: r2 partly. r8's achievement
        // came after the reference date.
        assertThat(figures.figure("referralOutcomes").cells()).extracting(FigureCell::label, FigureCell::count)
                .containsExactly(tuple("Completed – Achieved", 1L), tuple("Completed – Partly achieved", 0L),
                        tuple("Completed – Not achieved", 1L), tuple("Completed – Not recorded", 1L),
                        tuple("Ended early – Achieved", 0L), tuple("Ended early – Partly achieved", 1L),
                        tuple("Ended early – Not achieved", 0L), tuple("Ended early – Not recorded", 0L));
    }

    @Test
    void outcomesAtReleaseAndSixAndTwelveMonths() {
        // At release: due A B C D (F after the reference date); forms A B C; nobody back in custody on the day.
        assertThat(figures.figure("outcomeFollowUpAtRelease").total()).isEqualTo(4);
        assertThat(counts(figures, "outcomeFollowUpAtRelease")).containsExactly(3L, 0L);
        // Among A B C: settled B; occupied C (training); support A C; addiction needed A C, started A; debt needed
        // C, advised C. Shares 1/2 and 1/1.
        assertThat(figures.figure("outcomesAtRelease").total()).isEqualTo(3);
        assertThat(counts(figures, "outcomesAtRelease")).containsExactly(1L, 1L, 2L, 2L, 1L, 1L, 1L);
        assertThat(statistics(figures, "outcomesAtRelease")).containsExactly(50.0, 100.0);
        // Six months: due A (30 Dec 2024), B (31 Jul 2025), D (15 Dec 2025), not C (28 Feb 2026); forms A and D
        // (B's came in January); back in custody by the point: D (1 Sep ≤ 15 Dec), not A (1 Mar 2025 > 30 Dec).
        assertThat(figures.figure("outcomeFollowUpAtSixMonths").total()).isEqualTo(3);
        assertThat(counts(figures, "outcomeFollowUpAtSixMonths")).containsExactly(2L, 1L);
        // Among A D: settled A; occupied A; support A; addiction needed and started A D; debt needed A D, none advised.
        assertThat(counts(figures, "outcomesAtSixMonths")).containsExactly(1L, 1L, 1L, 2L, 2L, 2L, 0L);
        assertThat(statistics(figures, "outcomesAtSixMonths")).containsExactly(100.0, 0.0);
        // Twelve months: due A only (30 Jun 2025), with a form, back in custody on 1 Mar 2025.
        assertThat(figures.figure("outcomeFollowUpAtTwelveMonths").total()).isEqualTo(1);
        assertThat(counts(figures, "outcomeFollowUpAtTwelveMonths")).containsExactly(1L, 1L);
        // A: settled, in education, no support contact, no addiction treatment needed, debt advice needed and given.
        assertThat(counts(figures, "outcomesAtTwelveMonths")).containsExactly(1L, 1L, 0L, 0L, 0L, 1L, 1L);
        assertThat(statistics(figures, "outcomesAtTwelveMonths")).containsExactly(null, 100.0);
    }

    @Test
    void meetingsOverTimeAddUpToTheMeetingsHeld() {
        FigureView overTime = figures.figure("meetingsOverTime");
        assertThat(overTime.section()).isEqualTo("meetings");
        // Two lines before the period, then January 2024 … December 2025 in custody and after release.
        assertThat(overTime.cells()).hasSize(2 + 24 * 2);
        assertThat(overTime.cells().get(0).label()).isEqualTo("Before the period – Held in custody");
        assertThat(overTime.cells().get(2).label()).isEqualTo("2024-01 – Held in custody");
        // A: 1 before the period in custody, 2 in March 2024 in custody, 1 in July 2024 after release; D: 1 in
        // December 2025 after release (its January meeting and J's do not count).
        List<String> nonZero = overTime.cells().stream().filter(c -> c.count() > 0)
                .map(c -> c.label() + "=" + c.count()).toList();
        assertThat(nonZero).containsExactly("Before the period – Held in custody=1", "2024-03 – Held in custody=2",
                "2024-07 – Held after release=1", "2025-12 – Held after release=1");
        assertThat(overTime.total()).isEqualTo(5);
        assertThat(figures.figure("meetings").total()).isEqualTo(overTime.total());
    }

    @Test
    void anEarlierReferenceDateCountsOnlyWhatHadHappenedByThen() {
        FiguresView earlier = followup.figures(world.manager, cohort(d(2024, 12, 31)), "test", Locale.ENGLISH);
        // Clients referred in 2024: A–E. Sent by then: r1 r2 r3 r10: completed r1 r10, ended early r2, declined r3.
        assertThat(counts(earlier, "referralStates")).containsExactly(0L, 0L, 0L, 2L, 1L, 1L, 0L);
        assertThat(counts(earlier, "referralClients")).containsExactly(3L, 2L);
        // Waiting: r10 3, r1 18, r2 30.
        assertThat(counts(earlier, "referralWaiting")).containsExactly(1L, 0L, 1L, 1L, 0L);
        // Release: only A due (B was released in 2025), with a form. Six months: A's point, 30 Dec 2024, had come
        // the day before, and its form of 20 Dec counts; A returned only in March 2025.
        assertThat(counts(earlier, "outcomeFollowUpAtRelease")).containsExactly(1L, 0L);
        assertThat(earlier.figure("outcomeFollowUpAtSixMonths").total()).isEqualTo(1);
        assertThat(counts(earlier, "outcomeFollowUpAtSixMonths")).containsExactly(1L, 0L);
        assertThat(earlier.figure("outcomeFollowUpAtTwelveMonths").total()).isZero();
        // Meetings: 2024 only, twelve months.
        assertThat(earlier.figure("meetingsOverTime").cells()).hasSize(2 + 12 * 2);
        assertThat(earlier.figure("meetingsOverTime").total()).isEqualTo(4);
    }

    @Test
    void aTwelveMonthFormIsStoredThroughTheOutcomeModule() {
        // The point's column once held 12 characters, one short of TWELVE_MONTHS: V54 widened it.
        UUID g = world.client("MALE", world.municipality1, d(2023, 6, 1), "THEFT", "LOW");
        world.path(g, d(2023, 6, 5), "ELIGIBLE", d(2023, 6, 10), d(2023, 6, 15), d(2024, 1, 10), null);
        org.throughcare.shared.Actor coordinator = new org.throughcare.shared.Actor(
                new org.throughcare.shared.UserId(world.coordinator), "coordinator",
                org.throughcare.shared.Role.COORDINATOR, new org.throughcare.shared.OrganisationId(world.probation),
                new org.throughcare.shared.UnitId(world.office));
        outcomes.record(new org.throughcare.shared.ClientId(g), new org.throughcare.followup.outcome.RecordOutcome(
                org.throughcare.followup.outcome.OutcomePoint.TWELVE_MONTHS, d(2025, 1, 10), true,
                org.throughcare.followup.outcome.Occupation.WORK, org.throughcare.followup.outcome.WhereNeeded.NOT_NEEDED,
                org.throughcare.followup.outcome.WhereNeeded.NOT_NEEDED, true), coordinator);
        assertThat(jdbc.sql("select point from followup_outcomes where client_id = :c").param("c", g)
                .query(String.class).list()).containsExactly("TWELVE_MONTHS");
    }

    @Test
    void theAnalystSeesTheNewFiguresSuppressedSoThatNoHiddenLineCanBeWorkedOut() throws Exception {
        String body = mvc.perform(get("/api/v1/followup/figures?basis=REFERRAL&from=" + FROM + "&to=" + TO + "&office="
                + world.office).with(httpBasic("analyst", "demo"))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat((Boolean) JsonPath.read(body, "$.suppressed")).isTrue();
        List<String> states = JsonPath.read(body, "$.figures[?(@.key == 'referralStates')].cells[*].shown");
        assertThat(states).containsExactly("<5", "<5", "<5", "<5", "<5", "<5", "<5");
        List<Map<String, Object>> all = JsonPath.read(body, "$.figures[*]");
        List<String> mine = List.of("meetingsOverTime", "referralStates", "referralsReached", "referralsByNeed",
                "referralDeclines", "referralWaiting", "referralOutcomes", "referralClients",
                "outcomeFollowUpAtRelease", "outcomesAtRelease", "outcomeFollowUpAtSixMonths", "outcomesAtSixMonths",
                "outcomeFollowUpAtTwelveMonths", "outcomesAtTwelveMonths");
        List<String> attacked = new ArrayList<>();
        for (Map<String, Object> figure : all) {
            if (!mine.contains((String) figure.get("key"))) {
                continue;
            }
            attacked.add((String) figure.get("key"));
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> cells = (List<Map<String, Object>>) figure.get("cells");
            List<String> shown = cells.stream().map(c -> (String) c.get("shown")).toList();
            String totalShown = (String) figure.get("totalShown");
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> statistics = (List<Map<String, Object>>) figure.get("statistics");
            if (totalShown.equals("<5")) {
                assertThat(shown).as("%s under a small total", figure.get("key")).allMatch("–"::equals);
                assertThat(statistics).allMatch(s -> s.get("value") == null);
                continue;
            }
            long total = Long.parseLong(totalShown);
            for (int i = 0; i < shown.size(); i++) {
                String s = shown.get(i);
                if (s.matches("\\d+")) {
                    long value = Long.parseLong(s);
                    assertThat(value >= 1 && value <= 4).as("%s line %d shown small", figure.get("key"), i).isFalse();
                    if ("COUNTS".equals(figure.get("kind"))) {
                        long rest = total - value;
                        assertThat(rest >= 1 && rest <= 4).as("%s: the rest of %s is small", figure.get("key"), s)
                                .isFalse();
                    }
                }
            }
            if ("PARTITION".equals(figure.get("kind"))) {
                List<Set<Long>> candidates = SuppressionAttack.candidates(shown, null, total);
                for (int i = 0; i < shown.size(); i++) {
                    if (!shown.get(i).matches("\\d+")) {
                        assertThat(candidates.get(i)).as("%s line %d (%s)", figure.get("key"), i, shown)
                                .hasSizeGreaterThan(1);
                    }
                }
            }
            if (shown.stream().anyMatch(s -> !s.matches("\\d+"))) {
                assertThat(statistics).as("%s statistics", figure.get("key")).allMatch(s -> s.get("value") == null);
            }
        }
        assertThat(attacked).containsExactlyInAnyOrderElementsOf(mine);
    }

    @Test
    void theExportsCarryTheNewFigures() throws Exception {
        String query = "?basis=REFERRAL&from=" + FROM + "&to=" + TO + "&office=" + world.office;
        String csv = mvc.perform(get("/api/v1/followup/figures.csv" + query).with(httpBasic("analyst", "demo"))
                .header("Accept-Language", "en")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains("\"Referrals\",\"Referrals by state\"", "\"Sent, not yet answered\",\"<5\"",
                "\"Outcomes\",\"Outcomes 6 months after release\"", "\"Meetings over time\"",
                "\"2024-03 – Held in custody\"");
        byte[] workbook = mvc.perform(get("/api/v1/followup/figures.xlsx" + query).with(httpBasic("analyst", "demo"))
                .header("Accept-Language", "sv")).andReturn().getResponse().getContentAsByteArray();
        assertThat(XlsxText.of(workbook)).contains("Remisser efter läge", "Väntetid från remiss till start",
                "Utfall 12 månader efter frigivning", "Möten över tid");
        String json = mvc.perform(get("/api/v1/followup/figures" + query).with(httpBasic("analyst", "demo"))
                .header("Accept-Language", "nb")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        List<String> titles = JsonPath.read(json, "$.figures[?(@.section == 'referrals')].title");
        assertThat(titles).contains("Henvisninger etter status", "Ventetid fra henvisning til start");
        List<String> definitions = JsonPath.read(json, "$.figures[?(@.key == 'referralDeclines')].definition");
        assertThat(definitions.get(0)).contains("fritekst");
    }

    @Test
    void thePageDrawsEachNewFigureWithItsTableBeside() throws Exception {
        jakarta.servlet.http.Cookie session = mvc.perform(formLogin().user("analyst").password("demo")).andReturn()
                .getResponse().getCookie("SESSION");
        String page = mvc.perform(get("/followup?basis=REFERRAL&from=" + FROM + "&to=" + TO + "&office="
                + world.office).cookie(session).header("Accept-Language", "en")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("id=\"section-referrals\"", "id=\"section-outcomes\"");
        for (String key : List.of("meetingsOverTime", "referralStates", "referralWaiting", "referralOutcomes",
                "outcomeFollowUpAtRelease", "outcomesAtSixMonths")) {
            int start = page.indexOf("id=\"figure-" + key + "\"");
            assertThat(start).as(key).isPositive();
            String article = page.substring(start, page.indexOf("</article>", start));
            assertThat(article).as(key).contains("<svg", "<table", "</table>");
        }
    }
}
