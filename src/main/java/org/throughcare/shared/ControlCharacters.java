package org.throughcare.shared;

/**
 * Control characters are never part of what a person writes: PostgreSQL refuses NUL in text while H2 stores
 * it, and the others are invisible on every page and print. Tab and line breaks stay (multi-line texts use
 * them); the rest is removed where input enters the application ({@link InputCleaning}).
 */
public final class ControlCharacters {

    private ControlCharacters() {
    }

    /** The text without control characters other than tab, line feed and carriage return; null stays null. */
    public static String strip(String text) {
        if (text == null || text.chars().noneMatch(ControlCharacters::unwanted)) {
            return text;
        }
        StringBuilder kept = new StringBuilder(text.length());
        text.chars().filter(c -> !unwanted(c)).forEach(c -> kept.append((char) c));
        return kept.toString();
    }

    private static boolean unwanted(int c) {
        return Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r';
    }
}
