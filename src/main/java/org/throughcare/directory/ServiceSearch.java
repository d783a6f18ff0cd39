package org.throughcare.directory;

import java.util.Locale;
import java.util.UUID;
import org.springframework.modulith.NamedInterface;
import org.throughcare.shared.NeedArea;

/**
 * Filters (all combined with AND) and order for finding a service. Unknown sort keys fall back to the name.
 * {@code status} absent means every status.
 */
@NamedInterface("api")
public record ServiceSearch(String query, NeedArea needArea, String municipalityCode, Boolean accredited,
                            boolean capacityAvailable, UUID organisationId, ServiceStatus status, Sort sort,
                            boolean descending) {

    public enum Sort { NAME, ORGANISATION, UPDATED }

    public ServiceSearch {
        query = query == null || query.isBlank() ? null : query.strip();
        municipalityCode = municipalityCode == null || municipalityCode.isBlank() ? null : municipalityCode.strip();
        sort = sort == null ? Sort.NAME : sort;
    }

    public static Sort sortOf(String key) {
        for (Sort s : Sort.values()) {
            if (s.name().equalsIgnoreCase(key)) {
                return s;
            }
        }
        return Sort.NAME;
    }

    public String sortKey() {
        return sort.name().toLowerCase(Locale.ROOT);
    }
}
