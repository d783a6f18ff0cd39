package org.throughcare.audit;

import java.util.Objects;
import org.springframework.modulith.NamedInterface;
import org.throughcare.shared.Actor;

/**
 * Something to write to the audit log. The actor is normally the signed-in user; it is given explicitly
 * only where nobody is signed in yet (a failed login names the username that was tried).
 */
@NamedInterface("api")
public record AuditEvent(String action, Outcome outcome, String subjectType, String subjectId, String purpose,
                         String details, Actor actor, String attemptedUsername) {

    public enum Outcome { SUCCEEDED, FAILED, ALLOWED, DENIED }

    public AuditEvent {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(outcome, "outcome");
    }

    /** A change the signed-in user made to a subject, such as an organisation. */
    public static AuditEvent change(String action, String subjectType, Object subjectId, String details) {
        return new AuditEvent(action, Outcome.SUCCEEDED, subjectType, String.valueOf(subjectId), "administration",
                details, null, null);
    }

    /** A read or change of client data, allowed or denied by the access gate, with the category and the ground. */
    public static AuditEvent access(Actor actor, Object clientId, String action, boolean allowed, String category,
                                    String ground, String purpose) {
        return new AuditEvent(action, allowed ? Outcome.ALLOWED : Outcome.DENIED, "client", String.valueOf(clientId),
                purpose, "category=" + category + "; ground=" + ground, actor, null);
    }

    public static AuditEvent loginSucceeded(Actor actor) {
        return new AuditEvent("LOGIN", Outcome.SUCCEEDED, "user", actor.userId().toString(), "sign-in", null, actor,
                actor.username());
    }

    /**
     * A failed login names the username tried, cleaned: people type passwords into that field, and control
     * characters in it could forge lines of the log where it is shown. Clipped to the longest username there is.
     */
    public static AuditEvent loginFailed(String attemptedUsername, String reason) {
        return new AuditEvent("LOGIN", Outcome.FAILED, "user", null, "sign-in", reason, null,
                cleanedUsername(attemptedUsername));
    }

    /** An administrator read the audit log, or checked its chain: who looks at the log is in it too. */
    public static AuditEvent review(String action, String details) {
        return new AuditEvent(action, Outcome.SUCCEEDED, "audit", null, "audit review", details, null, null);
    }

    static final int MAX_USERNAME = 60;

    static String cleanedUsername(String username) {
        if (username == null) {
            return null;
        }
        String cleaned = username.replaceAll("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}]", "").strip();
        return cleaned.length() <= MAX_USERNAME ? cleaned
                : cleaned.substring(0, Character.isHighSurrogate(cleaned.charAt(MAX_USERNAME - 1))
                ? MAX_USERNAME - 1 : MAX_USERNAME);
    }
}
