package org.throughcare.followup.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The tally's rules on their own: which releases are due by a day, and what a group of forms adds. */
class OutcomeTallyTests {

    @Test
    void theLastReleaseDueByADayFollowsMonthEnds() {
        // 31 August + 6 months is 28 February 2027; 1 September + 6 months is 1 March.
        assertThat(new OutcomeTally(OutcomePoint.SIX_MONTHS).lastReleaseDueBy(LocalDate.of(2027, 2, 28)))
                .isEqualTo(LocalDate.of(2026, 8, 31));
        // In a leap year 29 February 2028 is due 12 months on 28 February 2029; 1 March 2028 on 1 March 2029.
        assertThat(new OutcomeTally(OutcomePoint.TWELVE_MONTHS).lastReleaseDueBy(LocalDate.of(2029, 2, 28)))
                .isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(new OutcomeTally(OutcomePoint.RELEASE).lastReleaseDueBy(LocalDate.of(2026, 5, 31)))
                .isEqualTo(LocalDate.of(2026, 5, 31));
        assertThat(new OutcomeTally(OutcomePoint.SIX_MONTHS).lastReleaseDueBy(LocalDate.of(2026, 6, 15)))
                .isEqualTo(LocalDate.of(2025, 12, 15));
    }

    @Test
    void groupedClientsAndFormsCountByTheirNumber() {
        OutcomeTally tally = new OutcomeTally(OutcomePoint.SIX_MONTHS);
        // Three released 1 March, back 1 September (the point's day: counts); two released 1 March, back 2 September.
        tally.dueClients(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 9, 1), 3);
        tally.dueClients(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 9, 2), 2);
        tally.dueClients(LocalDate.of(2026, 3, 1), null, 4);
        tally.forms(true, Occupation.TRAINING, WhereNeeded.NOT_STARTED, WhereNeeded.STARTED, false, 5);
        tally.forms(false, Occupation.NONE, WhereNeeded.NOT_NEEDED, WhereNeeded.NOT_STARTED, true, 2);
        OutcomePointCounts counts = tally.counts();
        assertThat(counts.due()).isEqualTo(9);
        assertThat(counts.returnedToCustody()).isEqualTo(3);
        assertThat(counts.recorded()).isEqualTo(7);
        assertThat(counts.settledAccommodation()).isEqualTo(5);
        assertThat(counts.occupied()).isEqualTo(5);
        assertThat(counts.supportContact()).isEqualTo(2);
        assertThat(counts.addictionNeeded()).isEqualTo(5);
        assertThat(counts.addictionStarted()).isZero();
        assertThat(counts.debtNeeded()).isEqualTo(7);
        assertThat(counts.debtAdvised()).isEqualTo(5);
    }
}
