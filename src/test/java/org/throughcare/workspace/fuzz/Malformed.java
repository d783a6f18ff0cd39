package org.throughcare.workspace.fuzz;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The malformed values sent for each kind of field. */
final class Malformed {

    static final String TOO_LONG = "x".repeat(5000);
    static final String CONTROL = "Fuzz\u0000nul\u0001\u0007\u001b\u007f\u0085end";
    static final List<String> INDEXES = List.of("2", "-1", "abc", "256");

    private Malformed() {
    }

    /** Form and query values for a field of this type. */
    static List<String> textFor(Class<?> type) {
        if (type == LocalDate.class) {
            return List.of("28/11/2026", "+999999999-01-01");
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
