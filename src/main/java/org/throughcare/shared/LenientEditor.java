package org.throughcare.shared;

import java.beans.PropertyEditorSupport;
import java.util.function.Function;

/**
 * For form fields chosen from a list (an enum, an id). Forms are records built through their constructor;
 * a value that cannot be converted would leave no record at all and the user would lose what they typed.
 * A value that is not one of the options becomes "nothing chosen", so the form comes back with the field's
 * own message ("Choose a value") and the other fields are still validated.
 */
public final class LenientEditor<T> extends PropertyEditorSupport {

    private final Function<String, T> parse;

    public LenientEditor(Function<String, T> parse) {
        this.parse = parse;
    }

    @Override
    public void setAsText(String text) {
        try {
            setValue(text == null || text.isBlank() ? null : parse.apply(text.strip()));
        } catch (RuntimeException e) {
            setValue(null);
        }
    }

    @Override
    public String getAsText() {
        return getValue() == null ? "" : getValue().toString();
    }
}
