package org.throughcare.group;

import java.util.Set;
import java.util.UUID;
import org.springframework.modulith.NamedInterface;
import org.throughcare.shared.DataCategory;

/** For one organisation in a client's group: what consent in force covers today (empty: nothing, flagged). */
@NamedInterface("api")
public record ConsentCoverageView(UUID organisationId, String organisationName, Set<DataCategory> categories) {

    public boolean covered() {
        return !categories.isEmpty();
    }
}
