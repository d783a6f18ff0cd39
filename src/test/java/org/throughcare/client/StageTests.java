package org.throughcare.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The lifecycle of D2, written out here independently of the enum, pair by pair. */
class StageTests {

    private static final Set<Stage> EXITS_IN_CUSTODY = EnumSet.of(Stage.DECLINED, Stage.WITHDREW, Stage.MOVED,
            Stage.DIED, Stage.EXPELLED);

    private static final Map<Stage, Set<Stage>> ALLOWED = Map.ofEntries(
            Map.entry(Stage.REFERRED, EXITS_IN_CUSTODY),
            Map.entry(Stage.SCREENED, union(EXITS_IN_CUSTODY, Stage.CONSENTED)),
            Map.entry(Stage.CONSENTED, EnumSet.of(Stage.ENROLLED, Stage.WITHDREW, Stage.MOVED, Stage.DIED, Stage.EXPELLED)),
            Map.entry(Stage.ENROLLED, EnumSet.of(Stage.RELEASED, Stage.WITHDREW, Stage.MOVED, Stage.DIED, Stage.EXPELLED)),
            Map.entry(Stage.RELEASED, EnumSet.of(Stage.COMPLETED, Stage.RETURNED_TO_CUSTODY, Stage.WITHDREW, Stage.MOVED,
                    Stage.DIED)),
            Map.entry(Stage.RETURNED_TO_CUSTODY, EnumSet.of(Stage.ENROLLED, Stage.WITHDREW, Stage.MOVED, Stage.DIED,
                    Stage.EXPELLED)),
            Map.entry(Stage.COMPLETED, EnumSet.noneOf(Stage.class)),
            Map.entry(Stage.DECLINED, EnumSet.noneOf(Stage.class)),
            Map.entry(Stage.WITHDREW, EnumSet.noneOf(Stage.class)),
            Map.entry(Stage.MOVED, EnumSet.noneOf(Stage.class)),
            Map.entry(Stage.DIED, EnumSet.noneOf(Stage.class)),
            Map.entry(Stage.EXPELLED, EnumSet.noneOf(Stage.class)));

    @Test
    void everyPairOfStagesIsAllowedOrRefusedAsTheLifecycleSays() {
        int refused = 0;
        for (Stage from : Stage.values()) {
            for (Stage to : Stage.values()) {
                boolean expected = ALLOWED.get(from).contains(to);
                assertThat(from.canMoveTo(to)).as(from + " -> " + to).isEqualTo(expected);
                refused += expected ? 0 : 1;
            }
        }
        assertThat(refused).isEqualTo(144 - 31);
    }

    @Test
    void screeningIsTheOnlyWayIntoScreened() {
        for (Stage from : Stage.values()) {
            assertThat(from.canMoveTo(Stage.SCREENED)).isFalse();
        }
    }

    private static Set<Stage> union(Set<Stage> set, Stage extra) {
        EnumSet<Stage> result = EnumSet.copyOf(set);
        result.add(extra);
        return result;
    }
}
