package org.throughcare.audit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.modulith.NamedInterface;

/**
 * Reads an entry's details as facts. New entries write {@code name=value; name=value} (lists comma-separated);
 * entries written before that kept some details in shapes of their own ({@code SCREENED->ENROLLED},
 * {@code CASE_WORKER <organisation>}, {@code page 2}), which are read here too so that old entries show as
 * words like new ones. Whatever matches no known shape is kept whole as a note.
 */
@NamedInterface("api")
public final class AuditFacts {

    private static final Pattern UUID_TEXT = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-"
            + "[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern PAIRS = Pattern.compile("[a-zA-Z]+=[^;]*(; [a-zA-Z]+=[^;]*)*");
    private static final Pattern OLD_CONSENT = Pattern.compile("([A-Z]+) \\[([A-Z_, ]*)] \\[([0-9a-fA-F, -]*)]");

    private AuditFacts() {
    }

    /** Joins facts into the details an entry stores. */
    public static String write(AuditFact... facts) {
        return String.join("; ", Arrays.stream(facts)
                .map(f -> f.name() + "=" + String.join(",", f.values())).toList());
    }

    public static List<AuditFact> of(String action, String details) {
        if (details == null || details.isBlank()) {
            return List.of();
        }
        if (PAIRS.matcher(details).matches()) {
            return pairs(details);
        }
        List<AuditFact> legacy = legacy(action == null ? "" : action, details.strip());
        return legacy != null ? legacy : List.of(new AuditFact("note", details));
    }

    private static List<AuditFact> pairs(String details) {
        List<AuditFact> facts = new ArrayList<>();
        for (String pair : details.split("; ")) {
            int at = pair.indexOf('=');
            String name = pair.substring(0, at);
            String value = pair.substring(at + 1).strip();
            if (value.isEmpty() || "null".equals(value)) {
                continue;
            }
            List<String> values = name.equals("categories") || name.equals("municipalities")
                    || name.equals("organisations") ? Arrays.stream(value.split(",")).map(String::strip).toList()
                    : List.of(value);
            facts.add(new AuditFact(name, values));
        }
        return facts;
    }

    /** The shapes details had before they were written as facts; null when none fits. */
    private static List<AuditFact> legacy(String action, String details) {
        switch (action) {
            case "CLIENT_STAGE_CHANGED" -> {
                String[] stages = details.split("->");
                return stages.length == 2 ? List.of(new AuditFact("from", stages[0].strip()),
                        new AuditFact("to", stages[1].strip())) : null;
            }
            case "CLIENT_SCREENED" -> {
                return List.of(new AuditFact("decision", details));
            }
            case "GROUP_MEMBER_ADDED", "GROUP_MEMBER_ENDED" -> {
                String[] parts = details.split(" ");
                return parts.length == 2 ? List.of(new AuditFact("groupRole", parts[0]),
                        new AuditFact("organisation", parts[1])) : null;
            }
            case "CONSENT_RECORDED" -> {
                Matcher m = OLD_CONSENT.matcher(details);
                return m.matches() ? List.of(new AuditFact("form", m.group(1)),
                        new AuditFact("categories", listOf(m.group(2))),
                        new AuditFact("organisations", listOf(m.group(3)))) : null;
            }
            case "CONSENT_WITHDRAWN" -> {
                return List.of(new AuditFact("consent", details));
            }
            case "ASSESSMENT_RECORDED" -> {
                return details.startsWith("version ") ? List.of(new AuditFact("version", details.substring(8))) : null;
            }
            case "AUDIT_LOG_READ" -> {
                return details.startsWith("page ") ? List.of(new AuditFact("page", details.substring(5))) : null;
            }
            case "AUDIT_CHAIN_VERIFIED" -> {
                return details.startsWith("broken at ") ? List.of(new AuditFact("check", "broken"),
                        new AuditFact("brokenAt", details.substring(10))) : List.of(new AuditFact("check", details));
            }
            case "USER_SETUP_LINK_ISSUED", "PASSWORD_SET" -> {
                return List.of(new AuditFact("link", details));
            }
            case "USER_CREATED" -> {
                return "bootstrap administrator".equals(details) ? List.of(new AuditFact("origin", "bootstrap")) : null;
            }
            case "LOGIN" -> {
                return List.of(new AuditFact("reason", details));
            }
            case "RELEASE_DAY_CHANGED" -> {
                return List.of(new AuditFact("item", details));
            }
            default -> {
                // A plan change names the goal or measure it changed.
                return UUID_TEXT.matcher(details).matches() ? List.of(new AuditFact("subject", details)) : null;
            }
        }
    }

    private static List<String> listOf(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
