package org.throughcare.followup.figures;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.throughcare.followup.Cohort;

/**
 * The sections the database counts for a cohort rather than lists (referrals, outcomes, meetings over time): a few
 * grouped queries each, so that a national cohort costs about what an office's does.
 */
@Component
public class CountedSections {

    private final ReferralFigures referrals;
    private final OutcomeSectionFigures outcomes;
    private final MeetingsOverTime meetingsOverTime;

    CountedSections(JdbcClient jdbc, Clock clock) {
        this.referrals = new ReferralFigures(jdbc, clock.getZone());
        this.outcomes = new OutcomeSectionFigures(jdbc);
        this.meetingsOverTime = new MeetingsOverTime(jdbc);
    }

    /** The meetings-over-time figure, then the referral and outcome sections, for the cohort {@code data} chose. */
    public List<RawFigure> of(Cohort cohort, CohortQuery data) {
        LocalDate reference = data.referenceDate();
        List<RawFigure> figures = new ArrayList<>();
        figures.add(meetingsOverTime.of(cohort, reference));
        figures.addAll(referrals.of(cohort, data));
        figures.addAll(outcomes.of(cohort, reference));
        return figures;
    }
}
