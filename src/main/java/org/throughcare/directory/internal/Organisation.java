package org.throughcare.directory.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;
import org.throughcare.directory.AgencyType;
import org.throughcare.directory.SaveOrganisation;

/** Aggregate root: an agency in the directory and the municipalities it serves. */
@Table("organisation")
public class Organisation {

    @Id
    private final UUID id;
    @Version
    private Long version;
    private String name;
    private AgencyType agencyType;
    private String description;
    private String website;
    private String phone;
    private String email;
    @MappedCollection(idColumn = "organisation_id")
    private Set<ServedMunicipality> municipalities;

    @PersistenceCreator
    Organisation(UUID id, Long version, String name, AgencyType agencyType, String description, String website,
                 String phone, String email, Set<ServedMunicipality> municipalities) {
        this.id = id;
        this.version = version;
        this.name = name;
        this.agencyType = agencyType;
        this.description = description;
        this.website = website;
        this.phone = phone;
        this.email = email;
        this.municipalities = new HashSet<>(municipalities);
    }

    public static Organisation create(SaveOrganisation form) {
        Organisation organisation = new Organisation(UUID.randomUUID(), null, null, null, null, null, null, null,
                Set.of());
        organisation.apply(form);
        return organisation;
    }

    public void apply(SaveOrganisation form) {
        name = form.name().strip();
        agencyType = form.agencyType();
        description = Text.orNull(form.description());
        website = Text.orNull(form.website());
        phone = Text.orNull(form.phone());
        email = Text.orNull(form.email());
        municipalities = new HashSet<>();
        form.municipalityCodes().forEach(code -> municipalities.add(new ServedMunicipality(code)));
    }

    public UUID id() {
        return id;
    }

    public long version() {
        return version == null ? 0 : version;
    }

    public String name() {
        return name;
    }

    public AgencyType agencyType() {
        return agencyType;
    }

    public String description() {
        return description;
    }

    public String website() {
        return website;
    }

    public String phone() {
        return phone;
    }

    public String email() {
        return email;
    }

    public List<String> municipalityCodes() {
        return municipalities.stream().map(ServedMunicipality::municipalityCode).sorted().toList();
    }
}
