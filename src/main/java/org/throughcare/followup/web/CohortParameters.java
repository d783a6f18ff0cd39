package org.throughcare.followup.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.throughcare.followup.Cohort;
import org.throughcare.followup.CohortBasis;
import org.throughcare.shared.InvalidInputException;
import org.throughcare.shared.RecordDates;

/**
 * A cohort from the page's and the API's query: {@code basis}, {@code from}, {@code to} (YYYY-MM-DD),
 * {@code office} (ids) and {@code municipality} (codes), each repeatable. A date left out is taken from the
 * reader's default cohort, a date sent empty is refused; what cannot be read is refused at its field, every field at once.
 */
final class CohortParameters {

    private CohortParameters() {
    }

    static Cohort parse(String basis, String from, String to, List<String> offices, List<String> municipalities,
                        Cohort defaults) {
        List<InvalidInputException.Problem> problems = new ArrayList<>();
        CohortBasis parsedBasis = defaults.basis();
        if (basis != null && !basis.isBlank()) {
            try {
                parsedBasis = CohortBasis.valueOf(basis.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(new InvalidInputException.Problem("basis", "followup.error.basis"));
            }
        }
        LocalDate parsedFrom = date(from, defaults.from(), "from", problems);
        LocalDate parsedTo = date(to, defaults.to(), "to", problems);
        List<UUID> parsedOffices = new ArrayList<>();
        for (String office : offices == null ? List.<String>of() : offices) {
            if (office == null || office.isBlank()) {
                continue;
            }
            try {
                parsedOffices.add(UUID.fromString(office.strip()));
            } catch (IllegalArgumentException e) {
                problems.add(new InvalidInputException.Problem("office", "followup.error.unknownOffice"));
                break;
            }
        }
        List<String> parsedMunicipalities = new ArrayList<>();
        for (String code : municipalities == null ? List.<String>of() : municipalities) {
            if (code != null && !code.isBlank()) {
                parsedMunicipalities.add(code.strip());
            }
        }
        InvalidInputException.throwIfAny(problems);
        return new Cohort(parsedBasis, parsedFrom, parsedTo, parsedOffices.stream().distinct().toList(),
                parsedMunicipalities.stream().distinct().toList());
    }

    private static LocalDate date(String value, LocalDate fallback, String field,
                                  List<InvalidInputException.Problem> problems) {
        if (value == null) {
            return fallback;
        }
        if (value.isBlank()) {
            problems.add(new InvalidInputException.Problem(field, "followup.error.required"));
            return fallback;
        }
        try {
            LocalDate date = LocalDate.parse(value.strip());
            // ISO also reads +999999999-01-01: a cohort period is searched like any period, in four-digit years.
            if (RecordDates.searchable(date)) {
                return date;
            }
        } catch (DateTimeParseException e) {
            // Reported below, as every other date that cannot be read.
        }
        problems.add(new InvalidInputException.Problem(field, "followup.error.date"));
        return fallback;
    }
}
