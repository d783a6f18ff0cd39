package org.throughcare.directory.web;

import java.beans.PropertyEditorSupport;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import org.throughcare.directory.AgencyType;

/**
 * Forms are records, built through their constructor; a value that cannot be converted would leave no
 * record at all, and the user would lose everything they typed. Here a choice that is not one of the
 * offered options becomes "nothing chosen", so the form comes back with the user's input and the
 * field's own message ("Choose a value"), and validation of the other fields still runs.
 */
@ControllerAdvice(assignableTypes = {OrganisationAdminController.class, ContactAdminController.class})
class FormBinding {

    @InitBinder
    void lenientChoices(WebDataBinder binder) {
        binder.registerCustomEditor(AgencyType.class, new Lenient<>(AgencyType::valueOf));
        binder.registerCustomEditor(UUID.class, new Lenient<>(UUID::fromString));
    }

    private static final class Lenient<T> extends PropertyEditorSupport {
        private final Function<String, T> parse;

        Lenient(Function<String, T> parse) {
            this.parse = parse;
        }

        @Override
        public void setAsText(String text) {
            try {
                setValue(text == null || text.isBlank() ? null : parse.apply(text.strip()));
            } catch (IllegalArgumentException e) {
                setValue(null);
            }
        }

        @Override
        public String getAsText() {
            return getValue() == null ? "" : getValue().toString();
        }
    }
}
