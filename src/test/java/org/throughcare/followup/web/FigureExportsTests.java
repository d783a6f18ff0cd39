package org.throughcare.followup.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.throughcare.followup.Cohort;
import org.throughcare.followup.CohortBasis;
import org.throughcare.followup.FigureCell;
import org.throughcare.followup.FigureView;
import org.throughcare.followup.FiguresView;
import org.throughcare.followup.XlsxText;
import org.throughcare.shared.InvalidInputException;

/** The exports' table: cohort and time first, formula-safe CSV, a readable workbook, the row limit. */
class FigureExportsTests {

    private static final StaticMessageSource MESSAGES = new StaticMessageSource();

    static {
        MESSAGES.setUseCodeAsDefaultMessage(true);
    }

    private static FiguresView figures(String municipalityName) {
        FigureView byMunicipality = new FigureView("municipalities", "clients", "PARTITION", "Clients per municipality",
                "Clients by their responsible municipality.", 12L, "12",
                List.of(new FigureCell(municipalityName, 7L, "7", null, null),
                        new FigureCell("Umeå", 5L, "5", null, null)), List.of());
        return new FiguresView(new Cohort(CohortBasis.REFERRAL, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30),
                List.of(), List.of()), "Clients referred from 2026-01-01 to 2026-06-30", LocalDate.of(2026, 6, 30),
                Instant.parse("2026-11-29T08:00:00Z"), true, List.of(byMunicipality));
    }

    @Test
    void cellsASpreadsheetWouldRunAsAFormulaAreWrittenAsText() {
        assertThat(FigureTable.csvCell("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        for (String dangerous : List.of("+1", "-1", "@SUM(A1)", "\tx", "\rx")) {
            assertThat(FigureTable.csvCell(dangerous)).startsWith("\"'");
        }
        assertThat(FigureTable.csvCell("Umeå")).isEqualTo("\"Umeå\"");
        assertThat(FigureTable.csvCell("<5")).isEqualTo("\"<5\"");
    }

    @Test
    void theCsvStartsWithTheCohortAndTheTimeAndEscapesANameThatLooksLikeAFormula() {
        String csv = FigureTable.csv(FigureTable.rows(figures("=cmd|' /C calc'!A0"), MESSAGES, Locale.ENGLISH, 100));
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).isEqualTo("\"followup.export.cohort\",\"Clients referred from 2026-01-01 to 2026-06-30\"");
        assertThat(lines.get(2)).isEqualTo("\"followup.export.generatedAt\",\"2026-11-29T08:00:00Z\"");
        assertThat(csv).contains("\"'=cmd|' /C calc'!A0\",\"7\"").doesNotContain(",\"=cmd");
    }

    @Test
    void theWorkbookHoldsTheSameTable() throws Exception {
        byte[] workbook = FigureTable.xlsx(FigureTable.rows(figures("Vännäs"), MESSAGES, Locale.ENGLISH, 100), "Follow-up");
        String text = XlsxText.of(workbook);
        assertThat(text).contains("Clients referred from 2026-01-01 to 2026-06-30", "Vännäs",
                "Clients by their responsible municipality.", "2026-11-29T08:00:00Z");
    }

    @Test
    void anExportOverTheRowLimitIsRefusedAtItsField() {
        assertThatThrownBy(() -> FigureTable.rows(figures("Vännäs"), MESSAGES, Locale.ENGLISH, 1))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.Problem::field).containsExactly("rows"));
        assertThat(FigureTable.rows(figures("Vännäs"), MESSAGES, Locale.ENGLISH, 2)).hasSize(8);
    }
}
