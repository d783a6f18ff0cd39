package org.throughcare.shared.contribution;

import java.util.List;

/**
 * One item of a start page: a title (a message key with arguments), how many things it counts, the first of
 * them as lines, and where the whole list is. {@code order} places it among the other modules' items.
 */
public record WorkItem(String key, int order, String titleKey, List<Object> titleArguments, long count,
                       List<Line> lines, String href) {

    /** One thing to do: a text (or a message key with arguments), where it is done, an optional detail. */
    public record Line(String text, String href, String detailKey, List<Object> detailArguments) {

        public static Line of(String text, String href) {
            return new Line(text, href, null, List.of());
        }

        public static Line of(String text, String href, String detailKey, Object... detailArguments) {
            return new Line(text, href, detailKey, List.of(detailArguments));
        }
    }

    /** How many lines a start-page item shows; the rest is behind its link. */
    public static final int LINES_SHOWN = 5;

    public static WorkItem of(String key, int order, String titleKey, long count, List<Line> lines, String href) {
        return new WorkItem(key, order, titleKey, List.of(), count,
                lines.size() > LINES_SHOWN ? lines.subList(0, LINES_SHOWN) : lines, href);
    }
}
