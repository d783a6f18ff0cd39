package org.throughcare.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.throughcare.shared.NeedArea;
import org.throughcare.assessment.Rating;

/**
 * The no-owner rule against an independent statement of it. The expected values are written out here from
 * the rule as the plan describes it, never by calling {@code Rating.isNeed}, {@code MeasureStatus.open} or
 * {@code MeasureStatus.activeAndAccepted}, so a change to those helpers that breaks the rule shows here.
 */
class OrphanNeedsTests {

    /** Ratings that are a need: some, significant, severe. */
    private static final Set<Rating> NEEDS = EnumSet.of(Rating.SOME, Rating.SIGNIFICANT, Rating.SEVERE);
    /** Statuses that give a need an owner: accepted by the owner and not finished. */
    private static final Set<MeasureStatus> OWNING = EnumSet.of(MeasureStatus.ACCEPTED, MeasureStatus.IN_PROGRESS);
    /** Statuses of a measure still meant to happen. */
    private static final Set<MeasureStatus> OPEN = EnumSet.of(MeasureStatus.PROPOSED, MeasureStatus.ACCEPTED,
            MeasureStatus.IN_PROGRESS);
    /** Phases that continue a measure begun in custody. */
    private static final Set<Phase> CONTINUING = EnumSet.of(Phase.AT_RELEASE, Phase.AFTER_RELEASE);

    private static final NeedArea AREA = NeedArea.ACCOMMODATION;
    private static final NeedArea OTHER_AREA = NeedArea.SUBSTANCE_USE;

    static Stream<Arguments> everyRatingAndStatus() {
        List<Arguments> cases = new ArrayList<>();
        for (Rating rating : Rating.values()) {
            for (MeasureStatus status : MeasureStatus.values()) {
                cases.add(Arguments.of(rating, status));
            }
        }
        return cases.stream();
    }

    private static OrphanNeeds.Measure measure(NeedArea area, Phase phase, MeasureStatus status) {
        return new OrphanNeeds.Measure(UUID.randomUUID(), area, phase, status);
    }

    private static List<PlanFlag> ofKind(List<PlanFlag> flags, PlanFlag.Kind kind) {
        return flags.stream().filter(f -> f.kind() == kind).toList();
    }

    @ParameterizedTest(name = "{0} with one after-release measure {1} in the area")
    @MethodSource("everyRatingAndStatus")
    void aRatedAreaHasAnOwnerOnlyThroughAnAcceptedActiveMeasureInIt(Rating rating, MeasureStatus status) {
        OrphanNeeds.Measure m = measure(AREA, Phase.AFTER_RELEASE, status);

        List<PlanFlag> flags = OrphanNeeds.flags(Map.of(AREA, rating), List.of(m));

        boolean expected = NEEDS.contains(rating) && !OWNING.contains(status);
        assertThat(ofKind(flags, PlanFlag.Kind.NO_OWNER))
                .as("%s rated %s with an AFTER_RELEASE measure %s: NO_OWNER expected %s", AREA, rating, status,
                        expected)
                .isEqualTo(expected ? List.of(new PlanFlag(PlanFlag.Kind.NO_OWNER, AREA, rating, null)) : List.of());
        assertThat(ofKind(flags, PlanFlag.Kind.NO_CONTINUATION))
                .as("an AFTER_RELEASE measure (%s) is never flagged NO_CONTINUATION", status)
                .isEmpty();
    }

    @ParameterizedTest(name = "{0} with one after-release measure {1} in another area")
    @MethodSource("everyRatingAndStatus")
    void aMeasureInAnotherAreaDoesNotGiveAnOwner(Rating rating, MeasureStatus status) {
        List<PlanFlag> flags = OrphanNeeds.flags(Map.of(AREA, rating),
                List.of(measure(OTHER_AREA, Phase.AFTER_RELEASE, status)));

        boolean expected = NEEDS.contains(rating);
        assertThat(flags)
                .as("%s rated %s, the only measure (%s) is in %s: NO_OWNER expected %s", AREA, rating, status,
                        OTHER_AREA, expected)
                .isEqualTo(expected ? List.of(new PlanFlag(PlanFlag.Kind.NO_OWNER, AREA, rating, null)) : List.of());
    }

    @ParameterizedTest(name = "no rating, a measure {0}")
    @EnumSource(MeasureStatus.class)
    void anAreaWithoutARatingIsNeverWithoutOwner(MeasureStatus status) {
        for (Phase phase : Phase.values()) {
            List<PlanFlag> flags = OrphanNeeds.flags(Map.of(), List.of(measure(AREA, phase, status)));
            assertThat(ofKind(flags, PlanFlag.Kind.NO_OWNER))
                    .as("no rating at all, one %s measure %s", phase, status)
                    .isEmpty();
        }
        assertThat(OrphanNeeds.flags(Map.of(), List.of())).as("no ratings, no measures").isEmpty();
    }

    @ParameterizedTest(name = "every area rated {0}, no measures")
    @EnumSource(Rating.class)
    void everyAreaIsJudgedByItsOwnRating(Rating rating) {
        for (NeedArea area : NeedArea.values()) {
            List<PlanFlag> flags = OrphanNeeds.flags(Map.of(area, rating), List.of());
            assertThat(flags)
                    .as("%s rated %s without measures", area, rating)
                    .isEqualTo(NEEDS.contains(rating)
                            ? List.of(new PlanFlag(PlanFlag.Kind.NO_OWNER, area, rating, null)) : List.of());
        }
        Map<NeedArea, Rating> all = new EnumMap<>(NeedArea.class);
        for (NeedArea area : NeedArea.values()) {
            all.put(area, rating);
        }
        assertThat(OrphanNeeds.flags(all, List.of()))
                .as("all ten areas rated %s without measures", rating)
                .hasSize(NEEDS.contains(rating) ? NeedArea.values().length : 0);
    }

    @ParameterizedTest(name = "an in-custody measure {0} alone")
    @EnumSource(MeasureStatus.class)
    void aMeasureInCustodyNeedsAContinuationWhileItIsOpen(MeasureStatus status) {
        OrphanNeeds.Measure inCustody = measure(AREA, Phase.IN_CUSTODY, status);

        List<PlanFlag> flags = OrphanNeeds.flags(Map.of(AREA, Rating.SIGNIFICANT), List.of(inCustody));

        boolean expected = OPEN.contains(status);
        assertThat(ofKind(flags, PlanFlag.Kind.NO_CONTINUATION))
                .as("an IN_CUSTODY measure %s with nothing after release: NO_CONTINUATION expected %s", status,
                        expected)
                .isEqualTo(expected
                        ? List.of(new PlanFlag(PlanFlag.Kind.NO_CONTINUATION, AREA, Rating.SIGNIFICANT, inCustody.id()))
                        : List.of());
    }

    @Test
    void doneAndCancelledMeasuresInCustodyNeedNoContinuation() {
        for (MeasureStatus status : List.of(MeasureStatus.DONE, MeasureStatus.CANCELLED)) {
            assertThat(ofKind(OrphanNeeds.flags(Map.of(), List.of(measure(AREA, Phase.IN_CUSTODY, status))),
                    PlanFlag.Kind.NO_CONTINUATION))
                    .as("an IN_CUSTODY measure %s", status)
                    .isEmpty();
        }
    }

    @Test
    void anInCustodyFlagCarriesTheRatingOfItsAreaOrNone() {
        OrphanNeeds.Measure unrated = measure(OTHER_AREA, Phase.IN_CUSTODY, MeasureStatus.PROPOSED);
        assertThat(OrphanNeeds.flags(Map.of(AREA, Rating.NO_NEED), List.of(unrated)))
                .as("a flagged measure in an area without a rating")
                .containsExactly(new PlanFlag(PlanFlag.Kind.NO_CONTINUATION, OTHER_AREA, null, unrated.id()));
    }

    @ParameterizedTest(name = "in custody {0}, then a {1} measure {2}")
    @MethodSource("custodyAndFollowUp")
    void anOpenMeasureAtOrAfterReleaseInTheSameAreaContinuesIt(MeasureStatus custodyStatus, Phase followUpPhase,
                                                             MeasureStatus followUpStatus) {
        OrphanNeeds.Measure inCustody = measure(AREA, Phase.IN_CUSTODY, custodyStatus);
        OrphanNeeds.Measure sameArea = measure(AREA, followUpPhase, followUpStatus);
        OrphanNeeds.Measure otherArea = measure(OTHER_AREA, followUpPhase, followUpStatus);

        boolean continued = CONTINUING.contains(followUpPhase) && OPEN.contains(followUpStatus);
        assertThat(flaggedForContinuation(List.of(inCustody, sameArea)).contains(inCustody.id()))
                .as("IN_CUSTODY %s followed by %s %s in the same area: flagged", custodyStatus, followUpPhase,
                        followUpStatus)
                .isEqualTo(OPEN.contains(custodyStatus) && !continued);
        assertThat(flaggedForContinuation(List.of(inCustody, otherArea)).contains(inCustody.id()))
                .as("IN_CUSTODY %s followed by %s %s in another area: flagged", custodyStatus, followUpPhase,
                        followUpStatus)
                .isEqualTo(OPEN.contains(custodyStatus));
    }

    static Stream<Arguments> custodyAndFollowUp() {
        List<Arguments> cases = new ArrayList<>();
        for (MeasureStatus custody : MeasureStatus.values()) {
            for (Phase phase : Phase.values()) {
                for (MeasureStatus followUp : MeasureStatus.values()) {
                    cases.add(Arguments.of(custody, phase, followUp));
                }
            }
        }
        return cases.stream();
    }

    private static Set<UUID> flaggedForContinuation(List<OrphanNeeds.Measure> measures) {
        return ofKind(OrphanNeeds.flags(Map.of(), measures), PlanFlag.Kind.NO_CONTINUATION).stream()
                .map(PlanFlag::measureId).collect(java.util.stream.Collectors.toSet());
    }

    /**
     * Every pair of measures over two areas, every phase and status, with every rating of the first area:
     * the whole flag list equals the one the rule, stated here, gives.
     */
    @Test
    void everyPairOfMeasuresGivesTheFlagsTheRuleSays() {
        List<OrphanNeeds.Measure> candidates = new ArrayList<>();
        for (NeedArea area : List.of(AREA, OTHER_AREA)) {
            for (Phase phase : Phase.values()) {
                for (MeasureStatus status : MeasureStatus.values()) {
                    candidates.add(measure(area, phase, status));
                }
            }
        }
        int cases = 0;
        for (Rating rating : Rating.values()) {
            Map<NeedArea, Rating> ratings = Map.of(AREA, rating);
            for (OrphanNeeds.Measure first : candidates) {
                for (OrphanNeeds.Measure second : candidates) {
                    List<OrphanNeeds.Measure> measures = List.of(first, second);
                    assertThat(OrphanNeeds.flags(ratings, measures))
                            .as("%s rated %s; measures %s", AREA, rating, measures)
                            .containsExactlyInAnyOrderElementsOf(expectedFlags(ratings, measures));
                    cases++;
                }
            }
        }
        assertThat(cases).isEqualTo(Rating.values().length * candidates.size() * candidates.size());
    }

    /** The rule, stated independently of the production code. */
    private static List<PlanFlag> expectedFlags(Map<NeedArea, Rating> ratings, List<OrphanNeeds.Measure> measures) {
        List<PlanFlag> expected = new ArrayList<>();
        for (Map.Entry<NeedArea, Rating> rated : ratings.entrySet()) {
            if (!NEEDS.contains(rated.getValue())) {
                continue;
            }
            boolean owned = false;
            for (OrphanNeeds.Measure m : measures) {
                if (m.area() == rated.getKey() && OWNING.contains(m.status())) {
                    owned = true;
                }
            }
            if (!owned) {
                expected.add(new PlanFlag(PlanFlag.Kind.NO_OWNER, rated.getKey(), rated.getValue(), null));
            }
        }
        for (OrphanNeeds.Measure m : measures) {
            if (m.phase() != Phase.IN_CUSTODY || !OPEN.contains(m.status())) {
                continue;
            }
            boolean continued = false;
            for (OrphanNeeds.Measure after : measures) {
                if (after.area() == m.area() && CONTINUING.contains(after.phase()) && OPEN.contains(after.status())) {
                    continued = true;
                }
            }
            if (!continued) {
                expected.add(new PlanFlag(PlanFlag.Kind.NO_CONTINUATION, m.area(), ratings.get(m.area()), m.id()));
            }
        }
        return expected;
    }
}
