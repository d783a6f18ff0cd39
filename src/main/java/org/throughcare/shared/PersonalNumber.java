package org.throughcare.shared;

import java.io.Serial;
import java.io.Serializable;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person's identity number as their country issues it. Swedish and Norwegian numbers are checked and
 * normalised, so that the same person typed two ways is still found as a duplicate; numbers from other
 * countries are kept as typed, because we cannot check them.
 *
 * @param kind        which sort of number this is
 * @param country     ISO 3166 alpha-2 code, upper case
 * @param value       the normalised form: SE 12 digits, NO 11 digits, otherwise upper case without whitespace
 * @param dateOfBirth the birth date the number encodes, or null for {@link Kind#OTHER}
 */
public record PersonalNumber(Kind kind, String country, String value, LocalDate dateOfBirth) implements Serializable {

    public enum Kind { SE_PERSONNUMMER, SE_SAMORDNINGSNUMMER, NO_FODSELSNUMMER, NO_D_NUMMER, OTHER }

    /** Why a number was refused; the name is used as a message key suffix, e.g. "validation.personalNumber.CHECK_DIGIT". */
    public enum Problem { EMPTY, FORMAT, DATE, CHECK_DIGIT, COUNTRY, TOO_LONG }

    /** Thrown by {@link #parse}; its message is the message key for the problem. */
    public static final class Invalid extends IllegalArgumentException {

        @Serial
        private static final long serialVersionUID = 1L;

        private final Problem problem;

        public Invalid(Problem problem) {
            super("validation.personalNumber." + problem.name());
            this.problem = problem;
        }

        public Problem problem() {
            return problem;
        }
    }

    private static final int MAX_LENGTH = 40;
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    // '+' is only meaningful without the century: it stands in for the missing "19" or "18" of a centenarian.
    private static final Pattern SE_SHORT = Pattern.compile("(\\d{6})([-+]?)(\\d{4})");
    private static final Pattern SE_LONG = Pattern.compile("(\\d{8})-?(\\d{4})");
    private static final Pattern WHITESPACE = Pattern.compile("(?U)\\s+");
    private static final int[] NO_K1_WEIGHTS = {3, 7, 6, 1, 8, 9, 4, 5, 2};
    private static final int[] NO_K2_WEIGHTS = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};

    public PersonalNumber {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(value, "value");
    }

    /** Parses what a user typed, placing 10-digit Swedish numbers in a century relative to today. */
    public static PersonalNumber parse(String country, String text) {
        return parse(country, text, LocalDate.now());
    }

    /**
     * Parses what a user typed. For SE it accepts personnummer and samordningsnummer, for NO fødselsnummer and
     * D-number; for any other country the text is kept as typed. Today's date is needed to place a 10-digit
     * Swedish number in its century.
     *
     * @throws Invalid on anything wrong, naming the problem
     */
    public static PersonalNumber parse(String country, String text, LocalDate today) {
        String code = country == null ? "" : country.strip().toUpperCase(Locale.ROOT);
        if (!COUNTRY.matcher(code).matches()) {
            throw new Invalid(Problem.COUNTRY);
        }
        String typed = text == null ? "" : text.strip();
        if (typed.isEmpty()) {
            throw new Invalid(Problem.EMPTY);
        }
        if (typed.length() > MAX_LENGTH) {
            throw new Invalid(Problem.TOO_LONG);
        }
        return switch (code) {
            case "SE" -> swedish(typed, today);
            case "NO" -> norwegian(WHITESPACE.matcher(typed).replaceAll(""), today);
            default -> new PersonalNumber(Kind.OTHER, code,
                    WHITESPACE.matcher(typed).replaceAll("").toUpperCase(Locale.ROOT), null);
        };
    }

    /** For display: SE as YYYYMMDD-NNNN, NO as the 11 digits, OTHER as its normalised value. */
    @Override
    public String toString() {
        return switch (kind) {
            case SE_PERSONNUMMER, SE_SAMORDNINGSNUMMER -> value.substring(0, 8) + "-" + value.substring(8);
            case NO_FODSELSNUMMER, NO_D_NUMMER, OTHER -> value;
        };
    }

    private static PersonalNumber swedish(String text, LocalDate today) {
        Matcher longForm = SE_LONG.matcher(text);
        Matcher shortForm = SE_SHORT.matcher(text);
        boolean withCentury = longForm.matches();
        if (!withCentury && !shortForm.matches()) {
            throw new Invalid(Problem.FORMAT);
        }
        String tenDigits = withCentury
                ? longForm.group(1).substring(2) + longForm.group(2)
                : shortForm.group(1) + shortForm.group(3);
        int month = Integer.parseInt(tenDigits.substring(2, 4));
        int day = Integer.parseInt(tenDigits.substring(4, 6));
        boolean coordination = day > 60;
        int birthDay = coordination ? day - 60 : day;
        int year = withCentury
                ? Integer.parseInt(longForm.group(1).substring(0, 4))
                : swedishYear(Integer.parseInt(tenDigits.substring(0, 2)), month, birthDay, today)
                        - ("+".equals(shortForm.group(2)) ? 100 : 0);
        LocalDate born = birthDate(year, month, birthDay, today);
        if (!luhnValid(tenDigits)) {
            throw new Invalid(Problem.CHECK_DIGIT);
        }
        Kind kind = coordination ? Kind.SE_SAMORDNINGSNUMMER : Kind.SE_PERSONNUMMER;
        return new PersonalNumber(kind, "SE", String.format("%04d", year) + tenDigits.substring(2), born);
    }

    /** The latest year ending in yy whose month and day are not after today. */
    private static int swedishYear(int yy, int month, int day, LocalDate today) {
        int year = today.getYear() - Math.floorMod(today.getYear() - yy, 100);
        if (year == today.getYear() && month * 100 + day > today.getMonthValue() * 100 + today.getDayOfMonth()) {
            year -= 100;
        }
        return year;
    }

    private static boolean luhnValid(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int product = (digits.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += product / 10 + product % 10;
        }
        return sum % 10 == 0;
    }

    private static PersonalNumber norwegian(String digits, LocalDate today) {
        if (!digits.matches("\\d{11}")) {
            throw new Invalid(Problem.FORMAT);
        }
        int[] d = digits.chars().map(c -> c - '0').toArray();
        boolean dNumber = d[0] >= 4;
        int day = (dNumber ? d[0] - 4 : d[0]) * 10 + d[1];
        int month = d[2] * 10 + d[3];
        int yy = d[4] * 10 + d[5];
        int individual = d[6] * 100 + d[7] * 10 + d[8];
        LocalDate born = birthDate(norwegianCentury(individual, yy) + yy, month, day, today);
        // A remainder that asks for check digit 10 has no digit, so such numbers are never issued; the
        // comparison with a single digit then fails by itself.
        if (mod11(d, NO_K1_WEIGHTS) != d[9] || mod11(d, NO_K2_WEIGHTS) != d[10]) {
            throw new Invalid(Problem.CHECK_DIGIT);
        }
        return new PersonalNumber(dNumber ? Kind.NO_D_NUMMER : Kind.NO_FODSELSNUMMER, "NO", digits, born);
    }

    /** The birth century is coded in the individual number; some combinations are not issued at all. */
    private static int norwegianCentury(int individual, int yy) {
        if (individual <= 499) {
            return 1900;
        }
        if (individual <= 749 && yy >= 54) {
            return 1800;
        }
        if (yy <= 39) {
            return 2000;
        }
        if (individual >= 900) {
            return 1900;
        }
        throw new Invalid(Problem.DATE);
    }

    private static int mod11(int[] digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += digits[i] * weights[i];
        }
        int check = 11 - sum % 11;
        return check == 11 ? 0 : check;
    }

    private static LocalDate birthDate(int year, int month, int day, LocalDate today) {
        LocalDate date;
        try {
            date = LocalDate.of(year, month, day);
        } catch (DateTimeException notACalendarDate) {
            throw new Invalid(Problem.DATE);
        }
        if (date.isAfter(today)) {
            throw new Invalid(Problem.DATE);
        }
        return date;
    }
}
