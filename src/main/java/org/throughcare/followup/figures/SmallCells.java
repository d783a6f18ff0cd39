package org.throughcare.followup.figures;

import java.util.Arrays;

/**
 * Small-cell suppression for lines that split a published total. A count of 1 to 4 is shown as "&lt;5"
 * (SMALL); then further lines are hidden ("–", HIDDEN) until no hidden line can be worked out from the total:
 * an attacker knows the hidden lines add up to the total less the shown ones, that each "&lt;5" is 1–4 and —
 * knowing this rule — that each "–" is 5 or more (the smallest remaining lines are hidden first, so the
 * protection costs as little as possible). When even hiding every line with people leaves one determined,
 * every line is hidden without its "&lt;5" (ALL_HIDDEN), which leaves only the total.
 */
public final class SmallCells {

    public enum Shown { VALUE, SMALL, HIDDEN }

    private SmallCells() {
    }

    public static boolean small(long count) {
        return count >= 1 && count <= 4;
    }

    public static Shown[] protect(long[] counts) {
        Shown[] shown = new Shown[counts.length];
        Arrays.fill(shown, Shown.VALUE);
        boolean anySmall = false;
        for (int i = 0; i < counts.length; i++) {
            if (small(counts[i])) {
                shown[i] = Shown.SMALL;
                anySmall = true;
            }
        }
        if (!anySmall) {
            return shown;
        }
        while (hiddenCount(shown) < 2 || anyDetermined(counts, shown)) {
            int next = -1;
            for (int i = 0; i < counts.length; i++) {
                if (shown[i] == Shown.VALUE && counts[i] > 0 && (next < 0 || counts[i] < counts[next])) {
                    next = i;
                }
            }
            if (next < 0) {
                Arrays.fill(shown, Shown.HIDDEN);
                return shown;
            }
            shown[next] = Shown.HIDDEN;
        }
        return shown;
    }

    /**
     * Whether an attacker who sees the shown lines and the total can pin down a hidden one: with the hidden
     * lines' sum and each one's bounds ("&lt;5": 1–4; "–": at least 5), a line whose lowest and highest
     * possible values meet is determined.
     */
    public static boolean anyDetermined(long[] counts, Shown[] shown) {
        long hiddenSum = 0;
        for (int i = 0; i < counts.length; i++) {
            if (shown[i] != Shown.VALUE) {
                hiddenSum += counts[i];
            }
        }
        for (int i = 0; i < counts.length; i++) {
            if (shown[i] == Shown.VALUE) {
                continue;
            }
            long othersLow = 0;
            long othersHigh = 0;
            for (int j = 0; j < counts.length; j++) {
                if (j != i && shown[j] != Shown.VALUE) {
                    othersLow += low(shown[j]);
                    othersHigh += high(shown[j], hiddenSum);
                }
            }
            long lowest = Math.max(low(shown[i]), hiddenSum - othersHigh);
            long highest = Math.min(high(shown[i], hiddenSum), hiddenSum - othersLow);
            if (lowest >= highest) {
                return true;
            }
        }
        return false;
    }

    private static long low(Shown shown) {
        return shown == Shown.SMALL ? 1 : 5;
    }

    private static long high(Shown shown, long hiddenSum) {
        return shown == Shown.SMALL ? 4 : hiddenSum;
    }

    private static int hiddenCount(Shown[] shown) {
        return (int) Arrays.stream(shown).filter(s -> s != Shown.VALUE).count();
    }
}
