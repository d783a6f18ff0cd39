package org.throughcare.shared;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * A document printed in someone else's language (the client's plan in Norwegian for a Swedish-speaking
 * coordinator, say): the page is rendered in that language for this one request, without changing the
 * language the user has chosen for themselves. The page's own controls stay in the reader's language through
 * the messages {@link #use} returns.
 */
public final class DocumentLocale {

    static final String ATTRIBUTE = DocumentLocale.class.getName();

    /** The languages a document can be printed in. */
    public static final List<String> LANGUAGES = List.of("sv", "en", "nb");

    private DocumentLocale() {
    }

    /** Renders this request in {@code document}; returns the reader's own language's messages, for the controls. */
    public static LocalizedMessages use(HttpServletRequest request, Locale document, MessageSource messages) {
        Locale reader = RequestContextUtils.getLocale(request);
        request.setAttribute(ATTRIBUTE, document);
        return new LocalizedMessages(messages, reader);
    }

    /**
     * The document language a request asks for, or {@code fallback} when it names none or one documents are not
     * printed in (an unknown value is not an error: the document still has a language to be printed in).
     */
    public static Locale chosen(String language, Locale fallback) {
        return language != null && LANGUAGES.contains(language) ? Locale.forLanguageTag(language) : fallback;
    }

    /** The language recorded for a client (free text: "svenska", "Norwegian", "nb"…), among the document languages. */
    public static Locale ofClient(String preferred) {
        String language = preferred == null ? "" : preferred.strip().toLowerCase(Locale.ROOT);
        if (language.startsWith("sv") || language.startsWith("swe")) {
            return Locale.forLanguageTag("sv");
        }
        if (language.startsWith("nb") || language.startsWith("no") || language.startsWith("nor")) {
            return Locale.forLanguageTag("nb");
        }
        return Locale.ENGLISH;
    }
}
