package org.throughcare.followup.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.throughcare.followup.SuppressionAttack;
import org.throughcare.followup.figures.SmallCells.Shown;

/** Small-cell suppression against an attacker who works from the published lines and their total. */
class SmallCellsTests {

    @Test
    void aSmallCountIsShownAsLessThanFiveAndOneMoreLineIsHiddenBesideIt() {
        // Women 1, men 6: women "<5"; men must go too, or 7 − 0 − 0 gives the woman away.
        assertThat(SmallCells.protect(new long[] {6, 1, 0})).containsExactly(Shown.HIDDEN, Shown.SMALL, Shown.VALUE);
        // The smallest line that protects is hidden, not a bigger one.
        assertThat(SmallCells.protect(new long[] {40, 3, 9, 0})).containsExactly(Shown.VALUE, Shown.SMALL,
                Shown.HIDDEN, Shown.VALUE);
        // Nothing small: nothing hidden.
        assertThat(SmallCells.protect(new long[] {5, 0, 12})).containsOnly(Shown.VALUE, Shown.VALUE, Shown.VALUE);
    }

    @Test
    void whenTheOnlyPartnerWouldStillGiveItAwayMoreAreHidden() {
        // 1 + 5 = 6: knowing "<5" is at least 1 and "–" at least 5, the pair could only be 1 and 5.
        assertThat(SmallCells.protect(new long[] {1, 5, 9})).containsExactly(Shown.SMALL, Shown.HIDDEN, Shown.HIDDEN);
        // Nothing left to hide beside it: every line goes, and the "<5" with them.
        assertThat(SmallCells.protect(new long[] {1, 5, 0})).containsOnly(Shown.HIDDEN);
    }

    /**
     * The attack: for every way of splitting every total up to 16 between three or four lines, publish it as the
     * rule says and let the attacker enumerate every split that agrees with what was published; no hidden line
     * may come out with a single possible value.
     */
    @Test
    void noHiddenLineOfAnyPartitionCanBeWorkedOutFromThePublishedTotal() {
        int attacked = 0;
        for (int lines = 3; lines <= 4; lines++) {
            for (int total = 1; total <= 16; total++) {
                for (long[] counts : splits(total, lines)) {
                    Shown[] shown = SmallCells.protect(counts);
                    List<String> published = Arrays.stream(shown).map(s -> s.name()).toList();
                    List<String> printed = new java.util.ArrayList<>();
                    for (int i = 0; i < counts.length; i++) {
                        printed.add(shown[i] == Shown.VALUE ? String.valueOf(counts[i])
                                : shown[i] == Shown.SMALL ? "<5" : "–");
                    }
                    List<Set<Long>> candidates = SuppressionAttack.candidates(printed, null, total);
                    for (int i = 0; i < counts.length; i++) {
                        assertThat(candidates.get(i)).as("line %d of %s published as %s", i, Arrays.toString(counts),
                                published).contains(counts[i]);
                        if (shown[i] != Shown.VALUE) {
                            assertThat(candidates.get(i)).as("hidden line %d of %s published as %s", i,
                                    Arrays.toString(counts), printed).hasSizeGreaterThan(1);
                        }
                        if (shown[i] == Shown.VALUE) {
                            assertThat(SmallCells.small(counts[i])).isFalse();
                        }
                    }
                    attacked++;
                }
            }
        }
        assertThat(attacked).isGreaterThan(1000);
    }

    private static List<long[]> splits(int total, int lines) {
        List<long[]> all = new java.util.ArrayList<>();
        split(new long[lines], 0, total, all);
        return all;
    }

    private static void split(long[] counts, int index, int left, List<long[]> all) {
        if (index == counts.length - 1) {
            counts[index] = left;
            all.add(counts.clone());
            return;
        }
        for (int v = 0; v <= left; v++) {
            counts[index] = v;
            split(counts, index + 1, left - v, all);
        }
    }
}
