package org.throughcare.directory;

import java.util.UUID;

public record ContactView(UUID id, long version, UUID organisationId, String organisationName,
                          AgencyType agencyType, UUID unitId, String unitName, String fullName, String roleTitle,
                          String phone, String email) {

    public SaveContact toForm() {
        return new SaveContact(fullName, roleTitle, phone, email, unitId, version);
    }
}
