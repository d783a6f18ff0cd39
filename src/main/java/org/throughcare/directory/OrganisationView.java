package org.throughcare.directory;

import java.util.List;
import java.util.UUID;

/** An organisation with everything the directory knows about it. */
public record OrganisationView(UUID id, long version, String name, AgencyType agencyType, String description,
                                  String website, String phone, String email, List<Municipality> municipalities,
                                  List<UnitView> units, List<ContactView> contacts) {

    public SaveOrganisation toForm() {
        return new SaveOrganisation(name, agencyType, description, website, phone, email,
                municipalities.stream().map(Municipality::code).toList(), version);
    }
}
