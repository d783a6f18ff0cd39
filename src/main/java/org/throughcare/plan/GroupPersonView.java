package org.throughcare.plan;

import java.util.UUID;
import org.springframework.modulith.NamedInterface;

/** Someone in the client's group who can be responsible for a measure: a user or a directory contact. */
@NamedInterface("api")
public record GroupPersonView(UUID userId, UUID contactId, String name, UUID organisationId, String organisationName) {

    /** One value for a form's choice: {@code user:<id>} or {@code contact:<id>}. */
    public String key() {
        return userId != null ? "user:" + userId : "contact:" + contactId;
    }
}
