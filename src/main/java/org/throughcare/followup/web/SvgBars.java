package org.throughcare.followup.web;

import java.util.List;
import java.util.Locale;
import org.springframework.web.util.HtmlUtils;
import org.throughcare.followup.FigureCell;
import org.throughcare.followup.FigureView;

/**
 * A figure as a horizontal bar chart in SVG, drawn on the server: no script, no library, nothing fetched from
 * elsewhere. A funnel draws how many reached each stage; other figures their lines. A suppressed line has no bar,
 * only its "&lt;5" or "–". The table beside the chart carries the same numbers for screen readers and copying,
 * so the chart is one image with the figure's title as its name.
 */
final class SvgBars {

    private static final int WIDTH = 540;
    private static final int LABEL = 230;
    private static final int VALUE = 50;
    private static final int ROW = 24;
    private static final int BAR = 16;

    private SvgBars() {
    }

    static String render(FigureView figure) {
        boolean funnel = "FUNNEL".equals(figure.kind());
        List<FigureCell> cells = figure.cells();
        long max = 1;
        for (FigureCell cell : cells) {
            Long value = funnel ? cell.reached() : cell.count();
            if (value != null) {
                max = Math.max(max, value);
            }
        }
        int height = cells.size() * ROW + 8;
        int room = WIDTH - LABEL - VALUE;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" "
                + "viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\"><title>%s</title>", WIDTH, height, WIDTH, height,
                escape(figure.title())));
        for (int i = 0; i < cells.size(); i++) {
            FigureCell cell = cells.get(i);
            Long value = funnel ? cell.reached() : cell.count();
            String shown = funnel ? cell.reachedShown() : cell.shown();
            int y = 4 + i * ROW;
            svg.append(String.format(Locale.ROOT,
                    "<text x=\"%d\" y=\"%d\" text-anchor=\"end\" class=\"chart-label\">%s</text>", LABEL - 8,
                    y + BAR - 3, escape(clip(cell.label()))));
            int length = value == null ? 0 : (int) Math.round((double) room * value / max);
            if (length > 0) {
                svg.append(String.format(Locale.ROOT,
                        "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" class=\"chart-bar\"/>", LABEL, y, length,
                        BAR));
            }
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" class=\"chart-value\">%s</text>",
                    LABEL + length + 6, y + BAR - 3, escape(shown)));
        }
        return svg.append("</svg>").toString();
    }

    private static String clip(String label) {
        // About 7 pixels a character at 12 px: longer labels are cut; the table beside the chart has them whole.
        return label.length() <= 30 ? label : label.substring(0, 29) + "…";
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text == null ? "" : text, "UTF-8");
    }
}
