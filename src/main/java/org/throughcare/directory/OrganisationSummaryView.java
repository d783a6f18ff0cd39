package org.throughcare.directory;

import java.util.List;
import java.util.UUID;

/** An organisation as it appears in a list. */
public record OrganisationSummaryView(UUID id, String name, AgencyType agencyType, List<String> municipalityNames,
                                  int contactCount) {
}
