package org.throughcare.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.throughcare.client.Criterion.Status;

class EligibilityPrefillTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    private static CustodyView custody(LocalDate release, Integer months, RiskLevel risk, boolean expulsion) {
        return new CustodyView(1, null, null, null, months, release, null, null, expulsion, null, risk, null, null);
    }

    private static RecordScreening prefill(CustodyView custody) {
        return EligibilityPrefill.from(custody, TODAY, 12, 6, 3);
    }

    @Test
    void whatTheRecordSaysIsFilledIn() {
        RecordScreening form = prefill(custody(TODAY.plusMonths(4), 24, RiskLevel.HIGH, false));
        assertThat(form.releaseInWindow()).isEqualTo(Status.MET);
        assertThat(form.sentenceLongEnough()).isEqualTo(Status.MET);
        assertThat(form.riskMediumOrHigh()).isEqualTo(Status.MET);
        assertThat(form.noExpulsion()).isEqualTo(Status.MET);
        // Only the coordinator can judge these.
        assertThat(form.severalAgencies()).isEqualTo(Status.UNKNOWN);
        assertThat(form.motivated()).isEqualTo(Status.UNKNOWN);
        assertThat(form.decision()).isNull();
        assertThat(form.version()).isEqualTo(3);
    }

    @Test
    void theWindowCountsFromTodayAndIncludesItsLastDay() {
        assertThat(prefill(custody(TODAY.plusMonths(12), 24, RiskLevel.HIGH, false)).releaseInWindow()).isEqualTo(Status.MET);
        assertThat(prefill(custody(TODAY.plusMonths(12).plusDays(1), 24, RiskLevel.HIGH, false)).releaseInWindow())
                .isEqualTo(Status.NOT_MET);
        assertThat(prefill(custody(TODAY.minusDays(1), 24, RiskLevel.HIGH, false)).releaseInWindow())
                .isEqualTo(Status.NOT_MET);
    }

    @Test
    void shortSentencesLowRiskAndExpulsionAreNotMet() {
        RecordScreening form = prefill(custody(TODAY.plusMonths(2), 5, RiskLevel.LOW, true));
        assertThat(form.sentenceLongEnough()).isEqualTo(Status.NOT_MET);
        assertThat(form.riskMediumOrHigh()).isEqualTo(Status.NOT_MET);
        assertThat(form.noExpulsion()).isEqualTo(Status.NOT_MET);
        assertThat(prefill(custody(TODAY.plusMonths(2), 6, RiskLevel.MEDIUM, false)).sentenceLongEnough())
                .isEqualTo(Status.MET);
    }

    @Test
    void missingFactsStayUnknown() {
        RecordScreening none = prefill(null);
        assertThat(none.releaseInWindow()).isEqualTo(Status.UNKNOWN);
        assertThat(none.riskMediumOrHigh()).isEqualTo(Status.UNKNOWN);
        assertThat(none.sentenceLongEnough()).isEqualTo(Status.UNKNOWN);
        assertThat(none.noExpulsion()).isEqualTo(Status.UNKNOWN);
        RecordScreening partial = prefill(custody(null, null, null, false));
        assertThat(partial.releaseInWindow()).isEqualTo(Status.UNKNOWN);
        assertThat(partial.noExpulsion()).isEqualTo(Status.MET);
    }
}
