package org.throughcare.workspace;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.throughcare.shared.NotFoundException;

/**
 * A missing record, or an address with a malformed id, shows the not-found page rather than an error; a
 * malformed value in the query, the page saying the address cannot be read.
 * It goes through the error page dispatch so the page keeps its header and navigation.
 * Ordered after {@link ApiExceptionHandler}, which answers the API's controllers in JSON.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageExceptionHandler {

    @ExceptionHandler(NotFoundException.class)
    void notFound(HttpServletResponse response) throws IOException {
        response.sendError(HttpStatus.NOT_FOUND.value());
    }

    /**
     * A malformed id in the path names no record: not found. A malformed value in the query ({@code ?page=abc})
     * is on a page that exists, so "not found" would be the wrong reason: the address cannot be read.
     */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    void unreadable(MethodArgumentTypeMismatchException e, HttpServletResponse response) throws IOException {
        response.sendError(e.getParameter().hasParameterAnnotation(PathVariable.class)
                ? HttpStatus.NOT_FOUND.value() : HttpStatus.BAD_REQUEST.value());
    }
}
