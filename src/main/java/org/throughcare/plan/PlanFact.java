package org.throughcare.plan;

import java.util.Map;

/**
 * One part of a plan change: a field and its value, or its value before and after for a change. Areas, types,
 * phases, statuses and release-day items are codes with a message prefix, so pages show them as words in the
 * reader's language; descriptions, names, reasons and dates are shown as written. Null means "not set".
 */
public record PlanFact(String field, String before, String after) {

    private static final Map<String, String> CODES = Map.of("area", "area.", "type", "measureType.",
            "phase", "phase.", "status", "measureStatus.", "item", "releaseDayItem.", "checked", "recheck.");

    /** A fact with one value, as when something is added. */
    public static PlanFact of(String field, Object value) {
        return new PlanFact(field, null, value == null ? null : value.toString());
    }

    /** A change of the field from one value to another. */
    public static PlanFact changed(String field, Object before, Object after) {
        return new PlanFact(field, before == null ? "" : before.toString(), after == null ? null : after.toString());
    }

    /** Whether this fact is a change (it has a value before, possibly "not set"). */
    public boolean isChange() {
        return before != null;
    }

    /** The message prefix of this fact's values when they are codes, else null; not part of the JSON. */
    public String messagePrefix() {
        return CODES.get(field);
    }
}
