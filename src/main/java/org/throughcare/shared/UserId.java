package org.throughcare.shared;

import java.util.UUID;

public record UserId(UUID value) implements java.io.Serializable {
    public UserId {
        if (value == null) throw new IllegalArgumentException("user id is required");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
