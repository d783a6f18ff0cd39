package org.throughcare.audit;

import java.util.List;
import java.util.Map;
import org.springframework.modulith.NamedInterface;

/**
 * One part of an audit entry's details, such as the category read or the stage a case moved to. Values that
 * are codes have a message prefix, so that pages show them as words in the reader's language; the others
 * (a name, a number) are shown as written.
 */
@NamedInterface("api")
public record AuditFact(String name, List<String> values) {

    /** Which facts hold codes, and under which message keys their words are. */
    private static final Map<String, String> CODES = Map.ofEntries(
            Map.entry("category", "category."), Map.entry("categories", "category."),
            Map.entry("ground", "ground."), Map.entry("from", "stage."), Map.entry("to", "stage."),
            Map.entry("decision", "eligibility."), Map.entry("groupRole", "groupRole."), Map.entry("role", "role."),
            Map.entry("type", "agencyType."), Map.entry("form", "consentForm."), Map.entry("check", "audit.check."),
            Map.entry("link", "audit.link."), Map.entry("origin", "audit.origin."),
            Map.entry("reason", "audit.loginFailure."), Map.entry("item", "releaseDayItem."));

    public AuditFact {
        values = List.copyOf(values);
    }

    public AuditFact(String name, String value) {
        this(name, List.of(value));
    }

    /** The message prefix of this fact's values when they are codes, else null (shown as written). */
    public String messagePrefix() {
        return CODES.get(name);
    }
}
