package org.throughcare.shared;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;

/**
 * A document printed in someone else's language (the client's plan in Swedish for a Norwegian-speaking
 * coordinator, say): the page is rendered in that language for this one request, without changing the
 * language the user has chosen for themselves.
 */
public final class DocumentLocale {

    static final String ATTRIBUTE = DocumentLocale.class.getName();

    private DocumentLocale() {
    }

    public static void use(HttpServletRequest request, Locale locale) {
        request.setAttribute(ATTRIBUTE, locale);
    }
}
