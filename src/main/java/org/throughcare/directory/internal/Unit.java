package org.throughcare.directory.internal;

import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import org.throughcare.directory.SaveUnit;

/** Aggregate root: an office or unit of an organisation. Its own aggregate because users and clients refer to it. */
@Table("unit")
public class Unit {

    @Id
    private final UUID id;
    @Version
    private Long version;
    private final UUID organisationId;
    private String name;
    private String municipalityCode;
    private String address;
    private String phone;
    private String email;

    @PersistenceCreator
    Unit(UUID id, Long version, UUID organisationId, String name, String municipalityCode, String address,
         String phone, String email) {
        this.id = id;
        this.version = version;
        this.organisationId = organisationId;
        this.name = name;
        this.municipalityCode = municipalityCode;
        this.address = address;
        this.phone = phone;
        this.email = email;
    }

    public static Unit create(UUID organisationId, SaveUnit form) {
        Unit unit = new Unit(UUID.randomUUID(), null, organisationId, null, null, null, null, null);
        unit.apply(form);
        return unit;
    }

    public void apply(SaveUnit form) {
        name = form.name().strip();
        municipalityCode = Text.orNull(form.municipalityCode());
        address = Text.orNull(form.address());
        phone = Text.orNull(form.phone());
        email = Text.orNull(form.email());
    }

    public UUID id() {
        return id;
    }

    public long version() {
        return version == null ? 0 : version;
    }

    public UUID organisationId() {
        return organisationId;
    }

    public String name() {
        return name;
    }
}
