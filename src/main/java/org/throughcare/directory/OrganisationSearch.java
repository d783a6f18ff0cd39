package org.throughcare.directory;

import java.util.Locale;
import org.springframework.modulith.NamedInterface;

/**
 * Filters and order for the organisation list. Unknown sort keys fall back to the name, so a hand-edited
 * address never breaks the page.
 */
@NamedInterface("api")
public record OrganisationSearch(String query, AgencyType agencyType, String municipalityCode, Sort sort,
                                 boolean descending) {

    public enum Sort { NAME, TYPE }

    public OrganisationSearch {
        query = query == null || query.isBlank() ? null : query.strip();
        municipalityCode = municipalityCode == null || municipalityCode.isBlank() ? null : municipalityCode.strip();
        sort = sort == null ? Sort.NAME : sort;
    }

    public static OrganisationSearch of(String query, AgencyType type, String municipality, String sort, String dir) {
        Sort by = "type".equalsIgnoreCase(sort) ? Sort.TYPE : Sort.NAME;
        return new OrganisationSearch(query, type, municipality, by, "desc".equalsIgnoreCase(dir));
    }

    public String sortKey() {
        return sort.name().toLowerCase(Locale.ROOT);
    }
}
