package org.throughcare.notification;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.throughcare.shared.DocumentLocale;
import org.throughcare.shared.InvalidInputException;
import org.throughcare.shared.InvalidInputException.Problem;

/**
 * The settings form and the API body as sent: text, so that anything a browser or a client sends is refused at
 * its field with a message rather than failing to bind.
 */
public record SaveMailChoice(String frequency, String language, String version) {

    MailChoice parsed() {
        List<Problem> problems = new ArrayList<>();
        MailChoice.Frequency chosen = null;
        try {
            chosen = MailChoice.Frequency.valueOf(frequency == null ? "" : frequency.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(new Problem("frequency", "validation.mailChoice.frequency"));
        }
        String lang = language == null ? "" : language.strip().toLowerCase(Locale.ROOT);
        if (!DocumentLocale.LANGUAGES.contains(lang)) {
            problems.add(new Problem("language", "validation.mailChoice.language"));
        }
        long expected = -1;
        try {
            expected = Long.parseLong(version == null ? "" : version.strip());
        } catch (NumberFormatException e) {
            // below
        }
        if (expected < 0) {
            problems.add(new Problem("version", "validation.mailChoice.version"));
        }
        InvalidInputException.throwIfAny(problems);
        return new MailChoice(chosen, lang, expected);
    }
}
