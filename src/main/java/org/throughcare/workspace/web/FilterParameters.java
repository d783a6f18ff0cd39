package org.throughcare.workspace.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.context.MessageSourceResolvable;
import org.throughcare.shared.InvalidInputException;

/**
 * The filters and order of a list page, read one by one: a value the page does not know becomes a message at
 * its field (the page then answers 400), never an error page.
 */
final class FilterParameters {

    private final Map<String, MessageSourceResolvable> errors = new LinkedHashMap<>();

    /** One of the known values, none when absent or blank. */
    Optional<String> choice(String field, String value, Set<String> known) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        if (!known.contains(value)) {
            refuse(field, "validation.filter.unknown", value);
            return Optional.empty();
        }
        return Optional.of(value);
    }

    /** What a parser makes of a value, or the fallback when it refuses it (the refusal kept for its field). */
    <T> T parse(Supplier<T> parser, T fallback) {
        try {
            return parser.get();
        } catch (InvalidInputException e) {
            e.problems().forEach(p -> refuse(p.field(), p.messageKey(), p.arguments()));
            return fallback;
        }
    }

    boolean refused() {
        return !errors.isEmpty();
    }

    Map<String, MessageSourceResolvable> errors() {
        return errors;
    }

    private void refuse(String field, String key, Object... arguments) {
        errors.put(field, new DefaultMessageSourceResolvable(new String[] {key}, arguments, key));
    }
}
