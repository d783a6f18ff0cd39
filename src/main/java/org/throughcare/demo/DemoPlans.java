package org.throughcare.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.throughcare.assessment.AreaAssessment;
import org.throughcare.assessment.AssessmentManagement;
import org.throughcare.shared.NeedArea;
import org.throughcare.assessment.Rating;
import org.throughcare.assessment.RecordAssessment;
import org.throughcare.client.ReferralDayRule;
import org.throughcare.group.AddMember;
import org.throughcare.group.ConsentForm;
import org.throughcare.group.ConsentManagement;
import org.throughcare.group.GroupManagement;
import org.throughcare.group.GroupRole;
import org.throughcare.group.RecordConsent;
import org.throughcare.plan.AddGoal;
import org.throughcare.plan.ArrangeReleaseDay;
import org.throughcare.plan.AssignMeasure;
import org.throughcare.plan.MeasureStatus;
import org.throughcare.plan.MeasureType;
import org.throughcare.plan.MeasureWork;
import org.throughcare.plan.Phase;
import org.throughcare.plan.PlanManagement;
import org.throughcare.plan.ReleaseDayEntry;
import org.throughcare.plan.ReleaseDayItem;
import org.throughcare.plan.ReleaseDayArrangements;
import org.throughcare.plan.ReportProgress;
import org.throughcare.shared.Actor;
import org.throughcare.shared.ClientId;
import org.throughcare.shared.DataCategory;

/**
 * Assessments and plans for a few of the demo coordinator's clients, in the states a demo should show: a
 * measure accepted and under way, one waiting for the employment service's answer, a need without an owner,
 * a treatment in custody without a continuation, and release-day arrangements with and without owners.
 */
@Component
class DemoPlans {

    private final GroupManagement groups;
    private final ConsentManagement consents;
    private final AssessmentManagement assessments;
    private final PlanManagement plans;
    private final MeasureWork work;
    private final ReleaseDayArrangements releaseDay;
    private final Clock clock;
    private final ReferralDayRule referralDay;

    DemoPlans(GroupManagement groups, ConsentManagement consents, AssessmentManagement assessments,
              PlanManagement plans, MeasureWork work, ReleaseDayArrangements releaseDay, Clock clock,
              ReferralDayRule referralDay) {
        this.referralDay = referralDay;
        this.groups = groups;
        this.consents = consents;
        this.assessments = assessments;
        this.plans = plans;
        this.work = work;
        this.releaseDay = releaseDay;
        this.clock = clock;
    }

    /** For each client: the social worker is already in the group; the employment service joins it. */
    void give(List<ClientId> clients, Actor coordinator, Actor socialWorker, Actor employmentWorker) {
        LocalDate today = LocalDate.now(clock);
        for (int i = 0; i < clients.size(); i++) {
            ClientId client = clients.get(i);
            LocalDate joined = referralDay.notBefore(client, today.minusWeeks(3));
            groups.addMember(client, new AddMember(employmentWorker.userId().value(), null, GroupRole.CASE_WORKER,
                    joined, "Rusta och matcha"), coordinator);
            consents.record(client, new RecordConsent(ConsentForm.DIGITAL, joined, null, true, "2026-1",
                    null, List.of(socialWorker.organisationId().value(), employmentWorker.organisationId().value()),
                    List.of(DataCategory.BASIC_AND_CUSTODY, DataCategory.NEEDS_ASSESSMENT,
                            DataCategory.PLAN_AND_MEASURES, DataCategory.FINANCES_AND_DEBT)), null, coordinator);
            consents.record(client, new RecordConsent(ConsentForm.DIGITAL, joined, null, true, "2026-1",
                    null, List.of(socialWorker.organisationId().value()),
                    List.of(DataCategory.HEALTH_AND_SUBSTANCE_USE)), null, coordinator);
            assessments.record(client, assessment(today.minusWeeks(2), i), coordinator);

            plans.addGoal(client, new AddGoal(NeedArea.ACCOMMODATION, "Ett eget boende inom ett halvår"), coordinator);
            plans.addGoal(client, new AddGoal(NeedArea.EMPLOYMENT_EDUCATION_TRAINING,
                    "Ett arbete eller en utbildning jag själv har valt"), coordinator);
            UUID housing = plans.addMeasure(client, new AssignMeasure(NeedArea.ACCOMMODATION,
                    "Träningslägenhet med boendestöd", MeasureType.HOUSING, socialWorker.organisationId().value(),
                    socialWorker.userId().value(), null, Phase.AT_RELEASE, today.plusWeeks(2), today.plusMonths(6),
                    null), coordinator);
            if (i != 2) {
                work.accept(client, housing, null, socialWorker);
            }
            UUID job = plans.addMeasure(client, new AssignMeasure(NeedArea.EMPLOYMENT_EDUCATION_TRAINING,
                    "Arbetsträning med lönestöd", MeasureType.EMPLOYMENT_EDUCATION,
                    employmentWorker.organisationId().value(), employmentWorker.userId().value(), null,
                    Phase.AFTER_RELEASE, today.plusMonths(1), today.plusMonths(4), null), coordinator);
            if (i == 1) {
                work.accept(client, job, null, employmentWorker);
                work.report(client, job, new ReportProgress(MeasureStatus.IN_PROGRESS,
                        "Första samtalet hållet på anstalten; praktikplats söks."), employmentWorker);
            }
            if (i == 0) {
                plans.addMeasure(client, new AssignMeasure(NeedArea.SUBSTANCE_USE, "Behandlingsprogram på anstalten",
                        MeasureType.ACCREDITED_PROGRAMME, coordinator.organisationId().value(),
                        coordinator.userId().value(), null, Phase.IN_CUSTODY, today.minusWeeks(1), today.plusWeeks(6),
                        null), coordinator);
            }
            releaseDay.save(client, new ArrangeReleaseDay(List.of(
                    new ReleaseDayEntry(ReleaseDayItem.MET_AT_GATE, "Koordinatorn möter vid grinden kl. 9",
                            coordinator.organisationId().value(), null, null),
                    new ReleaseDayEntry(ReleaseDayItem.FIRST_NIGHT, "Träningslägenheten",
                            socialWorker.organisationId().value(), null, null))), coordinator);
        }
    }

    private static RecordAssessment assessment(LocalDate on, int variant) {
        List<AreaAssessment> areas = new ArrayList<>();
        for (NeedArea area : NeedArea.values()) {
            Rating rating = switch (area) {
                case ACCOMMODATION -> Rating.SEVERE;
                case EMPLOYMENT_EDUCATION_TRAINING -> Rating.SIGNIFICANT;
                case FINANCE_AND_DEBT -> Rating.SOME;
                case SUBSTANCE_USE -> variant == 0 ? Rating.SIGNIFICANT : Rating.NO_NEED;
                case SOCIAL_NETWORK_AND_LEISURE -> Rating.SOME;
                default -> Rating.NO_NEED;
            };
            String view = switch (area) {
                case ACCOMMODATION -> "Jag har ingenstans att bo när jag kommer ut.";
                case EMPLOYMENT_EDUCATION_TRAINING -> "Jag vill jobba, helst med händerna.";
                case FINANCE_AND_DEBT -> "Jag vet inte hur stora skulderna är.";
                default -> null;
            };
            areas.add(new AreaAssessment(area, rating, view,
                    area == NeedArea.FAMILY_AND_RELATIONSHIPS ? "Bra kontakt med sin syster" : null, null));
        }
        return new RecordAssessment(on, areas, null);
    }
}
