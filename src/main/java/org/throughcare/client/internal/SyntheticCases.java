package org.throughcare.client.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.throughcare.client.Eligibility;
import org.throughcare.client.Gender;
import org.throughcare.client.OffenceCategory;
import org.throughcare.client.RiskLevel;
import org.throughcare.client.Stage;

/**
 * Draws one synthetic case with the proportions the seeds report: mostly men (about 85 %); a third
 * narcotics offences, then robbery, assault, theft and sexual offences; medium to high risk common;
 * releases spread over the past year and the coming one; and a path through the stages that fits the
 * release date (people still in custody are earlier in the programme).
 */
public final class SyntheticCases {

    public record Step(Stage from, Stage to, LocalDate on) {
    }

    public record Case(Gender gender, LocalDate dateOfBirth, OffenceCategory offence, RiskLevel risk,
                       int sentenceMonths, LocalDate sentenceStart, LocalDate release, LocalDate expiry,
                       LocalDate supervisionEnd, boolean expulsion, Eligibility eligibility, List<Step> steps) {

        public Stage stage() {
            return steps.get(steps.size() - 1).to();
        }
    }

    private static final OffenceCategory[] OFFENCES = OffenceCategory.values();
    // Per mille, in the order of OffenceCategory: narcotics a third, then robbery, assault, theft, sexual offences.
    private static final int[] OFFENCE_WEIGHTS = {330, 140, 130, 100, 70, 20, 40, 30, 60, 50, 30};
    private static final Stage[] CUSTODY_STAGES = {Stage.REFERRED, Stage.SCREENED, Stage.SCREENED, Stage.CONSENTED,
            Stage.ENROLLED, Stage.DECLINED, Stage.WITHDREW, Stage.EXPELLED};
    private static final int[] CUSTODY_WEIGHTS = {30, 15, 8, 10, 25, 5, 4, 3};
    private static final Stage[] RELEASED_STAGES = {Stage.RELEASED, Stage.COMPLETED, Stage.RETURNED_TO_CUSTODY,
            Stage.WITHDREW, Stage.MOVED, Stage.DIED, Stage.DECLINED, Stage.SCREENED};
    private static final int[] RELEASED_WEIGHTS = {40, 20, 8, 8, 6, 1, 9, 8};

    private final Random random;
    private final LocalDate today;

    public SyntheticCases(long seed, LocalDate today) {
        this.random = new Random(seed);
        this.today = today;
    }

    /** @param forcedStage a stage the case must end in (to cover every stage in a demo), or null to draw one */
    public Case next(Stage forcedStage) {
        Gender gender = random.nextInt(100) < 85 ? Gender.MALE : random.nextInt(15) < 14 ? Gender.FEMALE : Gender.OTHER;
        LocalDate born = today.minusYears(20 + random.nextInt(45)).minusDays(random.nextInt(365));
        OffenceCategory offence = OFFENCES[weighted(OFFENCE_WEIGHTS)];
        int riskDraw = random.nextInt(100);
        RiskLevel risk = riskDraw < 20 ? RiskLevel.LOW : riskDraw < 65 ? RiskLevel.MEDIUM : RiskLevel.HIGH;
        int months = 4 + (int) Math.round(Math.abs(random.nextGaussian()) * 24);
        boolean stillInCustody = forcedStage != null ? forcedStage.inCustody() || forcedStage == Stage.DECLINED
                || forcedStage == Stage.EXPELLED : random.nextBoolean();
        LocalDate release = stillInCustody ? today.plusDays(1 + random.nextInt(365)) : today.minusDays(1 + random.nextInt(365));
        // Conditional release in Sweden comes after two thirds of the sentence.
        LocalDate start = release.minusDays(months * 30L * 2 / 3);
        LocalDate expiry = start.plusMonths(months);
        LocalDate supervisionEnd = release.plusYears(1);
        Stage target = forcedStage != null ? forcedStage : stillInCustody
                ? CUSTODY_STAGES[weighted(CUSTODY_WEIGHTS)] : RELEASED_STAGES[weighted(RELEASED_WEIGHTS)];
        boolean expulsion = target == Stage.EXPELLED;
        boolean notEligible = target == Stage.SCREENED && (risk == RiskLevel.LOW || random.nextInt(3) == 0)
                || expulsion;
        Eligibility eligibility = target == Stage.REFERRED ? null
                : notEligible ? Eligibility.NOT_ELIGIBLE : Eligibility.ELIGIBLE;
        return new Case(gender, born, offence, risk, months, start, release, expiry, supervisionEnd, expulsion,
                eligibility, path(target, release, notEligible));
    }

    /**
     * A case enrolled on a day of the past {@code days} (at least a fortnight ago) that ends in {@code target}: referred
     * three to ten weeks before enrolment, screened eligible, consented, enrolled; released before today if the
     * target comes after release; an exit half the time in custody, half after release.
     */
    public Case enrolledWithin(int days, Stage target) {
        LocalDate enrolled = today.minusDays(14 + random.nextInt(Math.max(1, days - 14)));
        LocalDate referred = enrolled.minusDays(21 + random.nextInt(50));
        LocalDate screened = referred.plusDays(5 + random.nextInt(10));
        LocalDate consented = screened.plusDays(3 + random.nextInt(Math.max(1, (int) (enrolled.toEpochDay()
                - screened.toEpochDay()) - 3)));
        boolean afterRelease = target == Stage.RELEASED || target == Stage.COMPLETED
                || target == Stage.RETURNED_TO_CUSTODY || (target.isExit() && random.nextBoolean());
        int sinceEnrolment = (int) (today.toEpochDay() - enrolled.toEpochDay());
        LocalDate release = afterRelease ? enrolled.plusDays(7 + random.nextInt(Math.max(1, sinceEnrolment - 8)))
                : today.plusDays(10 + random.nextInt(200));
        List<Step> steps = new ArrayList<>(List.of(new Step(null, Stage.REFERRED, referred),
                new Step(Stage.REFERRED, Stage.SCREENED, screened), new Step(Stage.SCREENED, Stage.CONSENTED, consented),
                new Step(Stage.CONSENTED, Stage.ENROLLED, enrolled)));
        if (afterRelease) {
            steps.add(new Step(Stage.ENROLLED, Stage.RELEASED, release));
        }
        if (target != Stage.ENROLLED && target != Stage.RELEASED) {
            add(steps, target);
        }
        Gender gender = random.nextInt(100) < 85 ? Gender.MALE : Gender.FEMALE;
        LocalDate born = today.minusYears(20 + random.nextInt(45)).minusDays(random.nextInt(365));
        OffenceCategory offence = OFFENCES[weighted(OFFENCE_WEIGHTS)];
        RiskLevel risk = random.nextInt(100) < 55 ? RiskLevel.MEDIUM : RiskLevel.HIGH;
        // Long enough that the sentence began at least a month before the referral.
        int months = Math.max(6 + random.nextInt(30),
                (int) ((release.toEpochDay() - referred.toEpochDay() + 30) * 3 / 2 / 30) + 1);
        LocalDate start = release.minusDays(months * 30L * 2 / 3);
        return new Case(gender, born, offence, risk, months, start, release, start.plusMonths(months),
                release.plusYears(1), false, Eligibility.ELIGIBLE, steps);
    }

    private List<Step> path(Stage target, LocalDate release, boolean notEligible) {
        List<Step> steps = new ArrayList<>();
        // Early enough that the steps before release (at most four, a month apart) all come before it.
        LocalDate referred = earliest(release.minusDays(150 + random.nextInt(200)));
        steps.add(new Step(null, Stage.REFERRED, referred));
        if (target == Stage.REFERRED) {
            return steps;
        }
        if (target == Stage.EXPELLED) {
            return add(steps, Stage.EXPELLED);
        }
        add(steps, Stage.SCREENED);
        if (target == Stage.SCREENED || notEligible) {
            return steps;
        }
        if (target == Stage.DECLINED) {
            return add(steps, Stage.DECLINED);
        }
        add(steps, Stage.CONSENTED);
        if (target == Stage.CONSENTED) {
            return steps;
        }
        add(steps, Stage.ENROLLED);
        if (target == Stage.ENROLLED || (target == Stage.WITHDREW && release.isAfter(today))) {
            return target == Stage.WITHDREW ? add(steps, Stage.WITHDREW) : steps;
        }
        steps.add(new Step(Stage.ENROLLED, Stage.RELEASED, release));
        return target == Stage.RELEASED ? steps : add(steps, target);
    }

    private List<Step> add(List<Step> steps, Stage to) {
        Step last = steps.get(steps.size() - 1);
        LocalDate on = last.on().plusDays(3 + random.nextInt(30));
        steps.add(new Step(last.to(), to, on.isAfter(today) ? today : on));
        return steps;
    }

    private LocalDate earliest(LocalDate date) {
        return date.isAfter(today) ? today : date;
    }

    /** An index into {@code weights}, drawn in proportion to them. */
    public int weighted(int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int draw = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            draw -= weights[i];
            if (draw < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }
}
