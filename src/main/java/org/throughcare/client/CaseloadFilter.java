package org.throughcare.client;

import java.util.UUID;

/**
 * What a caseload shows: only the user's own clients or their whole office, a stage, a name or identity
 * number, and the order. Unknown sort keys fall back to the release date.
 */
public record CaseloadFilter(boolean onlyMine, Stage stage, UUID officeId, String query, Sort sort, boolean descending) {

    public enum Sort { RELEASE, NAME, STAGE }

    public CaseloadFilter {
        query = query == null || query.isBlank() ? null : query.strip();
        sort = sort == null ? Sort.RELEASE : sort;
    }

    public static Sort sortOf(String key) {
        for (Sort s : Sort.values()) {
            if (s.name().equalsIgnoreCase(key)) {
                return s;
            }
        }
        return Sort.RELEASE;
    }
}
