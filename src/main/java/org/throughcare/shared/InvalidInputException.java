package org.throughcare.shared;

import java.util.List;

/**
 * Input that passed the form's own checks but breaks rules only the service can see (a duplicate, dates
 * out of order). Carries message keys and fields, so pages show each at its field and the API names them.
 */
public class InvalidInputException extends RuntimeException {

    /** One refused field: the message key and its arguments. */
    public record Problem(String field, String messageKey, Object... arguments) {
    }

    private final transient List<Problem> problems;

    public InvalidInputException(String field, String messageKey, Object... arguments) {
        this(List.of(new Problem(field, messageKey, arguments)));
    }

    public InvalidInputException(List<Problem> problems) {
        super(problems.stream().map(p -> p.messageKey() + " on " + p.field()).toList().toString());
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    /** Throws when any problems were collected; lets a service report every broken rule at once. */
    public static void throwIfAny(List<Problem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /** The same problems, with the fields a form names differently renamed ({@code from} → {@code to}). */
    public InvalidInputException renamed(java.util.Map<String, String> fields) {
        return new InvalidInputException(problems.stream().map(p -> new Problem(
                fields.getOrDefault(p.field(), p.field()), p.messageKey(), p.arguments())).toList());
    }

    /**
     * Shows each problem at its field of a form that is being re-displayed; a problem with something that is
     * not a field of the form (an uploaded file, say) becomes an error of the form as a whole.
     */
    public void rejectIn(org.springframework.validation.Errors errors) {
        for (Problem p : problems) {
            try {
                errors.getFieldValue(p.field());
                errors.rejectValue(p.field(), p.messageKey(), p.arguments(), null);
            } catch (org.springframework.beans.NotReadablePropertyException e) {
                errors.reject(p.messageKey(), p.arguments(), null);
            }
        }
    }
}
