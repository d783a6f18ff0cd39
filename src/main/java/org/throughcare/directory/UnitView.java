package org.throughcare.directory;

import java.util.UUID;
import org.springframework.modulith.NamedInterface;

@NamedInterface("api")
public record UnitView(UUID id, long version, UUID organisationId, String name, String municipalityCode,
                       String municipalityName, String address, String phone, String email) {

    public SaveUnit toForm() {
        return new SaveUnit(name, municipalityCode, address, phone, email, version);
    }
}
