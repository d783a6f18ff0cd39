package org.throughcare.shared.contribution;

import java.util.List;

/**
 * One item of a start page: a title (a message key with arguments), how many things it counts, the first of
 * them as lines, and where the whole list is. {@code order} places it among the other modules' items.
 */
public record WorkItem(String key, int order, String titleKey, List<Object> titleArguments, long count,
                       List<Line> lines, String href) {

    /**
     * One thing to do: a text (or a message key with arguments), where it is done, an optional detail, and
     * what is still missing for it (each a flag kind, labelled {@code flag.<kind>}, linking to where it is done).
     */
    public record Line(String text, String href, String detailKey, List<Object> detailArguments,
                       List<Missing> missing) {

        public Line {
            missing = missing == null ? List.of() : List.copyOf(missing);
        }

        public Line(String text, String href, String detailKey, List<Object> detailArguments) {
            this(text, href, detailKey, detailArguments, List.of());
        }

        /** The same line, with what is still missing for it. */
        public Line missing(List<Missing> kinds) {
            return new Line(text, href, detailKey, detailArguments, kinds);
        }

        public static Line of(String text, String href) {
            return new Line(text, href, null, List.of());
        }

        public static Line of(String text, String href, String detailKey, Object... detailArguments) {
            return new Line(text, href, detailKey, List.of(detailArguments));
        }
    }

    /** Something still missing on a line: the kind of flag raised, and where it is put right. */
    public record Missing(String kind, String href) {
    }

    /** How many lines a start-page item shows; the rest is behind its link. */
    public static final int LINES_SHOWN = 5;

    public static WorkItem of(String key, int order, String titleKey, long count, List<Line> lines, String href) {
        return new WorkItem(key, order, titleKey, List.of(), count,
                lines.size() > LINES_SHOWN ? lines.subList(0, LINES_SHOWN) : lines, href);
    }
}
