package org.throughcare.workspace;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingPathVariableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.throughcare.shared.InvalidInputException;
import org.throughcare.shared.NotFoundException;
import org.throughcare.shared.StaleEditException;
import tools.jackson.databind.DatabindException;

/**
 * Turns everything a caller can get wrong into an RFC 9457 problem in the caller's language, with the
 * offending fields named under {@code errors}, so bad input never becomes a 500.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    record FieldProblem(String field, String message) {
    }

    private final MessageSource messages;

    ApiExceptionHandler(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        List<FieldProblem> errors = e.getBindingResult().getFieldErrors().stream()
                .map(error -> new FieldProblem(error.getField(), messages.getMessage(error, locale)))
                .toList();
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "error.api.invalid", errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = List.of();
        if (e.getCause() instanceof DatabindException databind && !databind.getPath().isEmpty()) {
            String field = databind.getPath().stream()
                    .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                    .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b).orElse("");
            errors = List.of(new FieldProblem(field, text("error.api.wrongType")));
        }
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "error.api.unreadable", errors));
    }

    /** An id in the address that is only blanks ({@code /measures/%20}) converts to nothing: a wrong value there. */
    @Override
    protected ResponseEntity<Object> handleMissingPathVariable(MissingPathVariableException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        if (!e.isMissingAfterConversion()) {
            return super.handleMissingPathVariable(e, headers, status, request);
        }
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "error.api.invalid",
                List.of(new FieldProblem(e.getVariableName(), text("error.api.wrongType")))));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "error.api.invalid",
                List.of(new FieldProblem(e.getParameterName(),
                        text("jakarta.validation.constraints.NotBlank.message")))));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "error.api.invalid",
                List.of(new FieldProblem(e.getName(), text("error.api.wrongType")))));
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidInputException e) {
        Locale locale = LocaleContextHolder.getLocale();
        List<FieldProblem> errors = e.problems().stream()
                .map(p -> new FieldProblem(p.field(), messages.getMessage(p.messageKey(), p.arguments(), locale)))
                .toList();
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "error.api.invalid", errors));
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NotFoundException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem(HttpStatus.NOT_FOUND, "error.notFound", null));
    }

    @ExceptionHandler({StaleEditException.class, OptimisticLockingFailureException.class})
    ResponseEntity<ProblemDetail> stale(RuntimeException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem(HttpStatus.CONFLICT, "error.staleEdit", null));
    }

    private ProblemDetail problem(HttpStatus status, String key, List<FieldProblem> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, text(key));
        if (errors != null && !errors.isEmpty()) {
            problem.setProperties(Map.of("errors", errors));
        }
        return problem;
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
