package org.throughcare.followup.lessons;

import java.util.Locale;
import org.throughcare.shared.InvalidInputException;

/** What the log shows: entries with these words (title, text, responsible, tags), a tag, a kind, and the order. */
public record LessonFilter(String query, String tag, LessonKind kind, Sort sort, boolean descending) {

    public enum Sort { DATE, KIND, TITLE }

    public LessonFilter {
        query = query == null || query.isBlank() ? null : query.strip();
        tag = tag == null || tag.isBlank() ? null : tag.strip().toLowerCase(Locale.ROOT);
        sort = sort == null ? Sort.DATE : sort;
    }

    /** From the address; an unknown kind, order or direction is refused at its field. */
    public static LessonFilter of(String query, String tag, String kind, String sort, String dir) {
        LessonKind k = parse("kind", kind, LessonKind.class);
        Sort s = parse("sort", sort, Sort.class);
        boolean descending = s == null || s == Sort.DATE;
        if (dir != null && !dir.isBlank()) {
            switch (dir.strip().toLowerCase(Locale.ROOT)) {
                case "asc" -> descending = false;
                case "desc" -> descending = true;
                default -> throw new InvalidInputException("dir", "validation.filter.unknown", dir);
            }
        }
        return new LessonFilter(query, tag, k, s, descending);
    }

    private static <E extends Enum<E>> E parse(String field, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, "validation.filter.unknown", value);
        }
    }
}
