package org.throughcare.followup.figures;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.throughcare.followup.FigureCell;
import org.throughcare.followup.FigureStatistic;
import org.throughcare.followup.FigureView;
import org.throughcare.followup.figures.RawFigure.Kind;
import org.throughcare.followup.figures.SmallCells.Shown;

/**
 * Puts a computed figure into words in the reader's language and, where the reader must not see small counts,
 * suppresses them ({@link SmallCells}): a partition's lines against its total; each line of a count figure
 * against the clients it leaves out; a funnel's "reached" numbers whenever a line they add up is hidden; a
 * mean, median or share whenever a line it could give away is hidden.
 */
public final class FigureComposer {

    public static final String SMALL = "<5";
    public static final String HIDDEN = "–";

    private final MessageSource messages;
    private final Locale locale;

    public FigureComposer(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    public FigureView compose(RawFigure raw, boolean suppress) {
        int n = raw.cells().size();
        long[] counts = raw.cells().stream().mapToLong(RawFigure.Cell::count).toArray();
        Shown[] shown = new Shown[n];
        boolean totalSmall = suppress && SmallCells.small(raw.total());
        for (int i = 0; i < n; i++) {
            shown[i] = Shown.VALUE;
        }
        if (totalSmall) {
            java.util.Arrays.fill(shown, Shown.HIDDEN);
        } else if (suppress && raw.kind() == Kind.COUNTS) {
            for (int i = 0; i < n; i++) {
                shown[i] = SmallCells.protect(new long[] {counts[i], raw.total() - counts[i]})[0];
            }
        } else if (suppress) {
            shown = SmallCells.protect(counts);
        }
        List<FigureCell> cells = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Long reached = null;
            String reachedShown = null;
            if (raw.kind() == Kind.FUNNEL) {
                long sum = 0;
                boolean visible = !totalSmall;
                for (int j = i; j < n; j++) {
                    sum += counts[j];
                    visible &= shown[j] == Shown.VALUE || (i == 0 && !totalSmall);
                }
                reached = visible ? sum : null;
                reachedShown = visible ? String.valueOf(sum) : totalSmall ? SMALL : HIDDEN;
            }
            boolean visible = shown[i] == Shown.VALUE;
            cells.add(new FigureCell(label(raw.cells().get(i).label()), visible ? counts[i] : null,
                    visible ? String.valueOf(counts[i]) : shown[i] == Shown.SMALL ? SMALL : HIDDEN, reached,
                    reachedShown));
        }
        List<FigureStatistic> statistics = new ArrayList<>();
        for (RawFigure.Statistic statistic : raw.statistics()) {
            boolean hidden = statistic.value() == null || totalSmall || (statistic.guardedBy() < 0
                    ? java.util.Arrays.stream(shown).anyMatch(s -> s != Shown.VALUE)
                    : shown[statistic.guardedBy()] != Shown.VALUE);
            statistics.add(new FigureStatistic(text(statistic.labelKey()), hidden ? null : statistic.value(),
                    hidden ? HIDDEN : decimal(statistic.value())));
        }
        return new FigureView(raw.key(), raw.section(), raw.kind().name(), title(raw.key()), definition(raw.key()),
                totalSmall ? null : raw.total(), totalSmall ? SMALL : String.valueOf(raw.total()), List.copyOf(cells),
                List.copyOf(statistics));
    }

    private String title(String key) {
        return key.startsWith("needs.") ? text("area." + key.substring(6)) : text("followup.figure." + key + ".title");
    }

    private String definition(String key) {
        return text("followup.figure." + (key.startsWith("needs.") ? "needs" : key) + ".definition");
    }

    private String label(RawFigure.Label label) {
        return label.literal() != null ? label.literal()
                : label.keys().stream().map(this::text).collect(Collectors.joining(" – "));
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, locale);
    }

    private String decimal(double value) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(1);
        format.setMinimumFractionDigits(1);
        return format.format(value);
    }
}
