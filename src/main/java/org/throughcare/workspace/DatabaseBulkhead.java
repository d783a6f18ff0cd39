package org.throughcare.workspace;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * Lets at most {@code maxConcurrent} requests reach the database at once. Virtual threads let any number of
 * requests in and the connection pool does not grow with them; past this bound a request waits a moment
 * for its turn and otherwise gets a fast 503 with {@code Retry-After}, instead of stalling on the pool.
 * It runs before the session filter, because loading and saving the session use the database too.
 * Static assets and the health probe need no database and pass straight through.
 */
class DatabaseBulkhead extends OncePerRequestFilter {

    private static final String[] WITHOUT_DATABASE = {"/css/", "/js/", "/webjars/", "/favicon.ico", "/actuator/health"};

    private final Semaphore permits;
    private final Duration wait;
    private final MessageSource messages;
    private final LocaleResolver locales;
    private final JsonMapper json;

    DatabaseBulkhead(int maxConcurrent, Duration wait, MessageSource messages, LocaleResolver locales, JsonMapper json) {
        this.permits = new Semaphore(maxConcurrent, true);
        this.wait = wait;
        this.messages = messages;
        this.locales = locales;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        for (String prefix : WITHOUT_DATABASE) {
            if (path.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /** The error page is rendered in a dispatch of its own, after the request has given its permit back. */
    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean admitted;
        try {
            admitted = permits.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            admitted = false;
        }
        if (!admitted) {
            busy(request, response);
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            permits.release();
        }
    }

    private void busy(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = locales.resolveLocale(request);
        String detail = messages.getMessage("error.busy", null, locale);
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, "1");
        response.setCharacterEncoding("UTF-8");
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            json.writeValue(response.getOutputStream(),
                    ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, detail));
            return;
        }
        // A page of its own, not the error page: that one needs the session, and so the database.
        String title = HtmlUtils.htmlEscape(messages.getMessage("error.busy.title", null, locale));
        response.setContentType(MediaType.TEXT_HTML_VALUE);
        response.getWriter().write("<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"utf-8\">"
                + "<title>" + title + "</title><link rel=\"stylesheet\" href=\"" + request.getContextPath()
                + "/css/app.css\"></head><body><main><h1>" + title + "</h1><p>" + HtmlUtils.htmlEscape(detail)
                + "</p></main></body></html>");
    }
}
