package org.throughcare.shared;

import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * Messages in one given language, for the part of a page that is not in the page's language: a printed
 * document's controls in the reader's language, or the document itself in the client's.
 */
public record LocalizedMessages(MessageSource messages, Locale locale) {

    public String get(String code, Object... arguments) {
        return messages.getMessage(code, arguments, locale);
    }

    public String language() {
        return locale.getLanguage();
    }
}
