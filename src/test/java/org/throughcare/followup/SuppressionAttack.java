package org.throughcare.followup;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * An attacker who has a published figure and tries to work out its hidden lines: every vector of counts that
 * agrees with what was published — the shown numbers, the total, "&lt;5" meaning 1 to 4, "–" meaning 5 or more
 * (or anything, when every line is "–"), and for a funnel the "reached" numbers, each the sum of the lines from its
 * stage on — is a candidate. A hidden line is recovered when all candidates agree on it.
 */
public final class SuppressionAttack {

    private SuppressionAttack() {
    }

    /** For each line, the values it takes among the candidates (one value: recovered, if it was hidden). */
    public static List<Set<Long>> candidates(List<String> shown, List<String> reached, long total) {
        int n = shown.size();
        boolean allHidden = shown.stream().allMatch("–"::equals);
        long[] low = new long[n];
        long[] high = new long[n];
        for (int i = 0; i < n; i++) {
            String s = shown.get(i);
            if (s.equals("<5")) {
                low[i] = 1;
                high[i] = 4;
            } else if (s.equals("–")) {
                low[i] = allHidden ? 0 : 5;
                high[i] = total;
            } else {
                low[i] = high[i] = Long.parseLong(s);
            }
        }
        List<Set<Long>> values = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            values.add(new TreeSet<>());
        }
        enumerate(new long[n], 0, total, low, high, reached, values);
        return values;
    }

    private static void enumerate(long[] vector, int index, long left, long[] low, long[] high, List<String> reached,
                                  List<Set<Long>> values) {
        int n = vector.length;
        if (index == n - 1) {
            if (left < low[index] || left > high[index]) {
                return;
            }
            vector[index] = left;
            if (reached != null) {
                for (int stage = 0; stage < n; stage++) {
                    String r = reached.get(stage);
                    if (r.matches("\\d+")) {
                        long sum = 0;
                        for (int j = stage; j < n; j++) {
                            sum += vector[j];
                        }
                        if (sum != Long.parseLong(r)) {
                            return;
                        }
                    }
                }
            }
            for (int i = 0; i < n; i++) {
                values.get(i).add(vector[i]);
            }
            return;
        }
        for (long v = low[index]; v <= Math.min(high[index], left); v++) {
            vector[index] = v;
            enumerate(vector, index + 1, left - v, low, high, reached, values);
        }
    }
}
