package org.throughcare.shared;

import java.util.UUID;

public record ClientId(UUID value) implements java.io.Serializable {
    public ClientId {
        if (value == null) throw new IllegalArgumentException("client id is required");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
