package org.throughcare.shared;

import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.validation.Errors;

/**
 * The one way a page saves a form: only when the form itself is valid, and when the service refuses
 * (a rule it checks, or someone else's edit in between), the reasons go onto the form to show again.
 */
public final class FormSubmission {

    private FormSubmission() {
    }

    /** @return what the change returned (a new id, say), or empty when the form is to be shown again */
    public static <T> Optional<T> save(Errors errors, Supplier<T> change) {
        if (errors.hasErrors()) {
            return Optional.empty();
        }
        try {
            return Optional.of(change.get());
        } catch (InvalidInputException e) {
            e.rejectIn(errors);
        } catch (StaleEditException e) {
            errors.reject("error.staleEdit");
        }
        return Optional.empty();
    }

    /** For changes that return nothing: whether it was saved. */
    public static boolean save(Errors errors, Runnable change) {
        return save(errors, () -> {
            change.run();
            return Boolean.TRUE;
        }).isPresent();
    }
}
