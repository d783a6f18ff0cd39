package org.throughcare.followup;

import java.util.List;

/**
 * One figure as the page and the API show it, with its definition. {@code kind}: PARTITION (the lines split the
 * total between them), FUNNEL (a partition by the furthest stage reached) or COUNTS (each line counts clients
 * on its own; lines may overlap and do not add up to the total).
 */
public record FigureView(String key, String section, String kind, String title, String definition, Long total,
                         String totalShown, List<FigureCell> cells, List<FigureStatistic> statistics) {

    public boolean hasSuppressedCells() {
        return cells.stream().anyMatch(c -> c.count() == null);
    }
}
