package org.throughcare.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.throughcare.shared.PersonalNumber.Invalid;
import org.throughcare.shared.PersonalNumber.Kind;
import org.throughcare.shared.PersonalNumber.Problem;

/**
 * Check digits in these vectors were computed by a separate script (Luhn for SE, the two mod-11 weight rows
 * for NO), not by the class under test; the NO script was itself checked against published numbers.
 */
class PersonalNumberTests {

    static final LocalDate TODAY = LocalDate.of(2025, 6, 15);

    static PersonalNumber parse(String country, String text) {
        return PersonalNumber.parse(country, text, TODAY);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            811218-9876     | SE_PERSONNUMMER      | 198112189876 | 1981-12-18
            ' 8112189876 '  | SE_PERSONNUMMER      | 198112189876 | 1981-12-18
            19811218-9876   | SE_PERSONNUMMER      | 198112189876 | 1981-12-18
            198112189876    | SE_PERSONNUMMER      | 198112189876 | 1981-12-18
            701063-2391     | SE_SAMORDNINGSNUMMER | 197010632391 | 1970-10-03
            121212-1212     | SE_PERSONNUMMER      | 201212121212 | 2012-12-12
            121212+1212     | SE_PERSONNUMMER      | 191212121212 | 1912-12-12
            050101-1233     | SE_PERSONNUMMER      | 200501011233 | 2005-01-01
            250701-1233     | SE_PERSONNUMMER      | 192507011233 | 1925-07-01
            000229-1235     | SE_PERSONNUMMER      | 200002291235 | 2000-02-29
            """)
    void acceptsSwedishNumbers(String text, Kind kind, String value, LocalDate born) {
        PersonalNumber number = parse("SE", text);

        assertThat(number.kind()).isEqualTo(kind);
        assertThat(number.country()).isEqualTo("SE");
        assertThat(number.value()).isEqualTo(value);
        assertThat(number.dateOfBirth()).isEqualTo(born);
        assertThat(number.toString()).isEqualTo(value.substring(0, 8) + "-" + value.substring(8));
    }

    @Test
    void spellingsOfTheSameSwedishNumberAreEqual() {
        PersonalNumber reference = parse("SE", "811218-9876");

        assertThat(parse("se", "8112189876")).isEqualTo(reference);
        assertThat(parse("SE", "19811218-9876")).isEqualTo(reference);
        assertThat(parse("SE", "198112189876")).isEqualTo(reference).hasToString("19811218-9876");
    }

    @Test
    void aSixDigitDateTodayIsThisCenturyAndTomorrowIsTheLast() {
        assertThat(parse("SE", "250615-1238").dateOfBirth()).isEqualTo(LocalDate.of(2025, 6, 15));
        assertThat(parse("SE", "250616-1237").dateOfBirth()).isEqualTo(LocalDate.of(1925, 6, 16));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            811218-9875    | CHECK_DIGIT
            19810230-1234  | DATE
            810230-1234    | DATE
            810292-1239    | DATE
            000229+1235    | DATE
            20300101-1232  | DATE
            81121A-9876    | FORMAT
            811218-987     | FORMAT
            8112189-876    | FORMAT
            19121212+1212  | FORMAT
            '   '          | EMPTY
            """)
    void refusesSwedishNumbers(String text, Problem problem) {
        assertProblem("SE", text, problem);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            15038512363    | NO_FODSELSNUMMER | 1985-03-15
            150385 123 63  | NO_FODSELSNUMMER | 1985-03-15
            55038512357    | NO_D_NUMMER      | 1985-03-15
            01010551265    | NO_FODSELSNUMMER | 2005-01-01
            17067061276    | NO_FODSELSNUMMER | 1870-06-17
            24124591216    | NO_FODSELSNUMMER | 1945-12-24
            15108695088    | NO_FODSELSNUMMER | 1986-10-15
            23072388054    | NO_FODSELSNUMMER | 2023-07-23
            """)
    void acceptsNorwegianNumbers(String text, Kind kind, LocalDate born) {
        PersonalNumber number = parse("NO", text);

        String digits = text.replace(" ", "");
        assertThat(number.kind()).isEqualTo(kind);
        assertThat(number.country()).isEqualTo("NO");
        assertThat(number.value()).isEqualTo(digits);
        assertThat(number.dateOfBirth()).isEqualTo(born);
        assertThat(number).hasToString(digits);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            15038512373    | CHECK_DIGIT
            15038512364    | CHECK_DIGIT
            15108695077    | CHECK_DIGIT
            15038510600    | CHECK_DIGIT
            15038510601    | CHECK_DIGIT
            30028512410    | DATE
            31048512359    | DATE
            01014575053    | DATE
            01013050038    | DATE
            15038512A63    | FORMAT
            1503851236     | FORMAT
            150385123630   | FORMAT
            150385-12363   | FORMAT
            ''             | EMPTY
            """)
    void refusesNorwegianNumbers(String text, Problem problem) {
        assertProblem("NO", text, problem);
    }

    @Test
    void keepsOtherCountriesAsTyped() {
        PersonalNumber number = parse("de", "  t22 0001 293 ");

        assertThat(number.kind()).isEqualTo(Kind.OTHER);
        assertThat(number.country()).isEqualTo("DE");
        assertThat(number.value()).isEqualTo("T220001293");
        assertThat(number.dateOfBirth()).isNull();
        assertThat(parse("DE", "T22 0001293")).isEqualTo(number);
        assertThat(parse("FI", "x".repeat(40)).value()).isEqualTo("X".repeat(40));
    }

    @Test
    void refusesTooLongTextAndBadCountries() {
        assertProblem("FI", "x".repeat(41), Problem.TOO_LONG);
        assertProblem("SE", "8".repeat(41), Problem.TOO_LONG);
        assertProblem("FI", null, Problem.EMPTY);
        assertProblem("SWE", "811218-9876", Problem.COUNTRY);
        assertProblem("S1", "811218-9876", Problem.COUNTRY);
        assertProblem("", "811218-9876", Problem.COUNTRY);
        assertProblem(null, "811218-9876", Problem.COUNTRY);
    }

    @Test
    void theProblemNamesItsMessageKey() {
        assertThatThrownBy(() -> parse("SE", "811218-9875"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("validation.personalNumber.CHECK_DIGIT");
    }

    @Test
    void withoutADateTheClockIsUsed() {
        assertThat(PersonalNumber.parse("SE", "811218-9876").dateOfBirth()).isEqualTo(LocalDate.of(1981, 12, 18));
    }

    static void assertProblem(String country, String text, Problem problem) {
        assertThatThrownBy(() -> parse(country, text))
                .isInstanceOfSatisfying(Invalid.class, invalid -> assertThat(invalid.problem()).isEqualTo(problem));
    }
}
