package org.throughcare.directory;

import java.util.UUID;
import org.springframework.modulith.NamedInterface;

@NamedInterface("api")
public record ContactView(UUID id, long version, UUID organisationId, String organisationName,
                          AgencyType agencyType, UUID unitId, String unitName, String fullName, String roleTitle,
                          String phone, String email) {

    public SaveContact toForm() {
        return new SaveContact(fullName, roleTitle, phone, email, unitId, version);
    }
}
