package org.throughcare.shared;

import java.util.UUID;

public record OrganisationId(UUID value) implements java.io.Serializable {
    public OrganisationId {
        if (value == null) throw new IllegalArgumentException("organisation id is required");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
