package org.throughcare.followup.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.throughcare.followup.FigureCell;
import org.throughcare.followup.FigureStatistic;
import org.throughcare.followup.FigureView;
import org.throughcare.followup.FiguresView;
import org.throughcare.shared.InvalidInputException;

/**
 * The figures as one table for the CSV and XLSX exports: first the cohort's definition, the generation time and
 * whether small cells were suppressed, then a header and a row per line and per statistic of every figure,
 * each with the figure's definition beside it. Refused when it would exceed the configured row limit.
 */
final class FigureTable {

    private FigureTable() {
    }

    static List<List<String>> rows(FiguresView figures, MessageSource messages, Locale locale, int rowLimit) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(text(messages, "followup.export.cohort", locale), figures.cohortDescription()));
        rows.add(List.of(text(messages, "followup.export.referenceDate", locale), figures.referenceDate().toString()));
        rows.add(List.of(text(messages, "followup.export.generatedAt", locale), figures.generatedAt().toString()));
        rows.add(List.of(text(messages, "followup.export.suppressed", locale),
                text(messages, figures.suppressed() ? "followup.export.yes" : "followup.export.no", locale)));
        rows.add(List.of());
        rows.add(List.of(text(messages, "followup.export.section", locale),
                text(messages, "followup.export.figure", locale), text(messages, "followup.export.definition", locale),
                text(messages, "followup.export.line", locale), text(messages, "followup.export.count", locale),
                text(messages, "followup.export.reached", locale), text(messages, "followup.export.total", locale)));
        int header = rows.size();
        for (FigureView figure : figures.figures()) {
            String section = text(messages, "followup.section." + figure.section(), locale);
            for (FigureCell cell : figure.cells()) {
                rows.add(List.of(section, figure.title(), figure.definition(), cell.label(), cell.shown(),
                        cell.reachedShown() == null ? "" : cell.reachedShown(), figure.totalShown()));
            }
            for (FigureStatistic statistic : figure.statistics()) {
                rows.add(List.of(section, figure.title(), figure.definition(), statistic.label(), statistic.shown(),
                        "", figure.totalShown()));
            }
        }
        if (rows.size() - header > rowLimit) {
            throw new InvalidInputException("rows", "followup.error.tooManyRows", rows.size() - header, rowLimit);
        }
        return rows;
    }

    private static String text(MessageSource messages, String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    /**
     * A cell as CSV: quoted, and a value a spreadsheet would run as a formula (starting with = + - @, a tab or a
     * carriage return) made text with a leading apostrophe. A negative number is never shown, so nothing is lost.
     */
    static String csvCell(String value) {
        String safe = value;
        if (!safe.isEmpty() && "=+-@\t\r".indexOf(safe.charAt(0)) >= 0) {
            safe = "'" + safe;
        }
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }

    static String csv(List<List<String>> rows) {
        StringBuilder out = new StringBuilder();
        for (List<String> row : rows) {
            out.append(String.join(",", row.stream().map(FigureTable::csvCell).toList())).append("\r\n");
        }
        return out.toString();
    }

    static byte[] xlsx(List<List<String>> rows, String sheetName) throws java.io.IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        org.dhatim.fastexcel.Workbook workbook = new org.dhatim.fastexcel.Workbook(bytes, "Throughcare", "1.0");
        org.dhatim.fastexcel.Worksheet sheet = workbook.newWorksheet(sheetName);
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            for (int c = 0; c < row.size(); c++) {
                String value = row.get(c);
                // Counts as numbers, so a spreadsheet can add them; "<5" and "–" stay text, as written.
                if (r > 5 && c == 4 && value.matches("\\d{1,15}")) {
                    sheet.value(r, c, Long.parseLong(value));
                } else {
                    sheet.value(r, c, value);
                }
            }
        }
        workbook.finish();
        return bytes.toByteArray();
    }
}
