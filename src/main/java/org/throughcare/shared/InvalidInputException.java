package org.throughcare.shared;

/**
 * Input that passed the form's own checks but breaks a rule only the service can see (a duplicate, say).
 * Carries a message key and the field, so pages show it at the field and the API names the field.
 */
public class InvalidInputException extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final transient Object[] arguments;

    public InvalidInputException(String field, String messageKey, Object... arguments) {
        super(messageKey + " on " + field);
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
