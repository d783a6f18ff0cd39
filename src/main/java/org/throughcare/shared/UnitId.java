package org.throughcare.shared;

import java.util.UUID;

/** An office or unit inside an organisation, such as a probation office. */
public record UnitId(UUID value) implements java.io.Serializable {
    public UnitId {
        if (value == null) throw new IllegalArgumentException("unit id is required");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
