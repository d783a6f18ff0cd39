package org.throughcare.client;

import java.time.LocalDate;

/**
 * Fills in what the record already tells about the eligibility criteria (D1): whether the conditional
 * release falls within the programme's window from today, the sentence is long enough, the assessed risk
 * is medium or high, and no expulsion is ordered. Need for several agencies and motivation are for the
 * coordinator to judge, so they start as unknown.
 */
public final class EligibilityPrefill {

    private EligibilityPrefill() {
    }

    public static RecordScreening from(CustodyView custody, LocalDate today, int windowMonths, int minimumSentenceMonths,
                                     long version) {
        Criterion.Status window = Criterion.Status.UNKNOWN;
        Criterion.Status sentence = Criterion.Status.UNKNOWN;
        Criterion.Status risk = Criterion.Status.UNKNOWN;
        Criterion.Status expulsion = Criterion.Status.UNKNOWN;
        if (custody != null) {
            LocalDate release = custody.conditionalReleaseDate();
            if (release != null) {
                boolean inWindow = !release.isBefore(today) && !release.isAfter(today.plusMonths(windowMonths));
                window = inWindow ? Criterion.Status.MET : Criterion.Status.NOT_MET;
            }
            if (custody.sentenceLengthMonths() != null) {
                sentence = custody.sentenceLengthMonths() >= minimumSentenceMonths
                        ? Criterion.Status.MET : Criterion.Status.NOT_MET;
            }
            if (custody.riskLevel() != null) {
                risk = custody.riskLevel() == RiskLevel.LOW ? Criterion.Status.NOT_MET : Criterion.Status.MET;
            }
            expulsion = custody.expulsionOrdered() ? Criterion.Status.NOT_MET : Criterion.Status.MET;
        }
        return new RecordScreening(window, null, risk, null, sentence, null, Criterion.Status.UNKNOWN, null,
                Criterion.Status.UNKNOWN, null, expulsion, null, null, null, version);
    }
}
