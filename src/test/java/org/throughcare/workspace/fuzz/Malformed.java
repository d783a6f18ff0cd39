package org.throughcare.workspace.fuzz;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The malformed values sent for each kind of field. */
final class Malformed {

    static final String TOO_LONG = "x".repeat(5000);
    static final String CONTROL = "Fuzz\u0000nul\u0001\u0007\u001b\u007f\u0085end";
    static final List<String> INDEXES = List.of("2", "-1", "abc", "256");
    /**
     * Dates a calendar reads but no record can hold: PostgreSQL stores neither year 0 nor years past 5874897, H2 stores
     * both, so only a fuzz run on PostgreSQL sees what these do when they get through.
     */
    static final List<String> EXTREME_DATES = List.of("0000-01-01", "9999999-01-01", "+9999999-01-01",
            "-0001-12-31", "9999-12-31", "0001-01-01");
    /** Moments Java reads and PostgreSQL's timestamps cannot hold (4713 BC to 294276 AD), and ones that are no moment. */
    static final List<String> EXTREME_MOMENTS = List.of("+300000-01-01T00:00:00Z", "-5000-01-01T00:00:00Z",
            "0000-01-01T00:00:00Z", "2026-11-28T25:00:00Z", "28/11/2026 08:00");

    private Malformed() {
    }

    /** Form and query values for a field of this type. */
    static List<String> textFor(Class<?> type) {
        if (type == LocalDate.class) {
            return java.util.stream.Stream.concat(java.util.stream.Stream.of("28/11/2026", "+999999999-01-01"),
                    EXTREME_DATES.stream()).toList();
        }
        if (type == Long.class || type == long.class || type == Integer.class || type == int.class) {
            return List.of("abc", "99999999999999999999999");
        }
        if (type.isEnum()) {
            return List.of("NOT_A_VALUE");
        }
        if (type == UUID.class) {
            return List.of("not-a-uuid");
        }
        if (type == boolean.class || type == Boolean.class) {
            return List.of("maybe");
        }
        return List.of(TOO_LONG, CONTROL);
    }
}
