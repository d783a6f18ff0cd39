package org.throughcare.group.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.throughcare.group.AccessLogFilter;
import org.throughcare.group.AccessLogPerson;
import org.throughcare.shared.DataCategory;
import org.throughcare.shared.InvalidInputException;
import org.throughcare.shared.RecordDates;

/**
 * The access log's filters as they come in a request, page and API alike. Every value that is not one of the
 * choices (or not a date) is refused at its own field, all of them at once, so the answer is a 400 that says
 * what to correct, never an error page.
 */
final class AccessLogParameters {

    static final String ALLOWED = "allowed";
    static final String REFUSED = "refused";

    private final List<InvalidInputException.Problem> problems = new ArrayList<>();

    private AccessLogParameters() {
    }

    /** {@code people}: who the log can be narrowed to, the only valid values of {@code who}. */
    static AccessLogFilter parse(String who, String category, String outcome, String from, String to,
                                 List<AccessLogPerson> people) {
        AccessLogParameters p = new AccessLogParameters();
        UUID person = p.choice("who", who, value -> people.stream().map(AccessLogPerson::id)
                .filter(id -> id.toString().equalsIgnoreCase(value)).findFirst().orElse(null));
        DataCategory dataCategory = p.choice("category", category, value -> Arrays.stream(DataCategory.values())
                .filter(c -> c.name().equals(value)).findFirst().orElse(null));
        Boolean allowed = p.choice("outcome", outcome,
                value -> ALLOWED.equals(value) ? Boolean.TRUE : REFUSED.equals(value) ? Boolean.FALSE : null);
        LocalDate first = p.date("from", from);
        LocalDate last = p.date("to", to);
        if (first != null && last != null && last.isBefore(first)) {
            p.problems.add(new InvalidInputException.Problem("to", "validation.filter.periodReversed"));
        }
        InvalidInputException.throwIfAny(p.problems);
        return new AccessLogFilter(person, dataCategory, allowed, first, last);
    }

    private <T> T choice(String field, String value, Function<String, T> known) {
        if (value == null || value.isBlank()) {
            return null;
        }
        T chosen = known.apply(value.strip());
        if (chosen == null) {
            problems.add(new InvalidInputException.Problem(field, "validation.filter.unknown", clipped(value)));
        }
        return chosen;
    }

    private LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value.strip());
            // ISO also reads years such as +999999999, whose start of day is no instant the log can be searched by.
            if (RecordDates.searchable(date)) {
                return date;
            }
        } catch (DateTimeParseException e) {
            // Reported below, as every other date that cannot be read.
        }
        problems.add(new InvalidInputException.Problem(field, "typeMismatch.java.time.LocalDate"));
        return null;
    }

    /** A refused value is quoted back: short, so that a long one does not fill the page. */
    private static String clipped(String value) {
        String clean = value.replaceAll("\\p{Cntrl}", "");
        return clean.length() <= 40 ? clean : clean.substring(0, 40) + "…";
    }
}
