package org.throughcare.directory.internal;

/** Empty form fields are stored as absent, not as empty strings, so "not given" has one meaning. */
final class Text {

    private Text() {
    }

    static String orNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
