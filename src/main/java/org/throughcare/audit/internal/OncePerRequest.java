package org.throughcare.audit.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.throughcare.audit.AuditEvent;

/**
 * One page or API answer records each (subject, action, outcome, category) once, however often the code
 * behind it asks the gate again: a custody save checks the change, saves, and reads the case back. The
 * filter marks each request; decisions outside a request (jobs, tests calling the gate) are all recorded.
 */
@Component
public class OncePerRequest extends OncePerRequestFilter {

    private static final String RECORDED = OncePerRequest.class.getName() + ".recorded";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        request.setAttribute(RECORDED, new HashSet<String>());
        chain.doFilter(request, response);
    }

    /** The events this request has not recorded yet; remembers them as recorded. */
    @SuppressWarnings("unchecked")
    public static List<AuditEvent> notYetRecorded(List<AuditEvent> events) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        Object recorded = request == null ? null : request.getAttribute(RECORDED, RequestAttributes.SCOPE_REQUEST);
        if (!(recorded instanceof Set<?>)) {
            return events;
        }
        Set<String> seen = (Set<String>) recorded;
        return events.stream().filter(e -> seen.add(String.join("\u001f", e.subjectType(), e.subjectId(), e.action(),
                e.outcome().name(), String.valueOf(e.details())))).toList();
    }
}
