package org.throughcare.shared;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Where users reach the application ({@code throughcare.public-base-url}, e.g. https://throughcare.example.org):
 * links in mail and logs and every redirect are built from it, never from the request's Host header, which
 * any caller can forge. Without it (development) redirects stay relative and links use the request's address
 * or, outside a request, localhost.
 */
@Component
public class PublicAddress {

    private final String base;
    private final int port;

    PublicAddress(@Value("${throughcare.public-base-url:}") String base, @Value("${server.port:8080}") int port) {
        String trimmed = base == null ? "" : base.strip();
        while (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        if (!trimmed.isEmpty() && !trimmed.matches("https?://[^/?#\\s]+(/[^?#\\s]*)?")) {
            throw new IllegalStateException("throughcare.public-base-url must be an http(s) address such as "
                    + "https://throughcare.example.org, not '" + base + "'");
        }
        this.base = trimmed;
        this.port = port;
    }

    /** The configured base address without a trailing slash, or empty when none is configured. */
    public String base() {
        return base;
    }

    public boolean configured() {
        return !base.isEmpty();
    }

    /** An absolute address of a path of this application (a path starting with {@code /}). */
    public String link(String path) {
        if (configured()) {
            return base + path;
        }
        if (RequestContextHolder.getRequestAttributes() != null) {
            return ServletUriComponentsBuilder.fromCurrentContextPath().path(path).toUriString();
        }
        return "http://localhost:" + port + path;
    }
}
