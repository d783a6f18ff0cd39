package org.throughcare.audit;

import java.time.Instant;
import java.util.UUID;
import org.springframework.modulith.NamedInterface;

/**
 * Narrows a subject's entries: by who acted, the outcome, the data category an access decision was about, and
 * a period ({@code from} inclusive, {@code until} exclusive). Null parts do not narrow.
 */
@NamedInterface("api")
public record AuditFilter(UUID actor, AuditEvent.Outcome outcome, String category, Instant from, Instant until) {

    public static final AuditFilter NONE = new AuditFilter(null, null, null, null, null);

    public AuditFilter {
        if (category != null && !category.matches("[A-Z_]{1,40}")) {
            // Matched against the stored details with LIKE: only a code can be one.
            throw new IllegalArgumentException("category must be a code");
        }
    }
}
