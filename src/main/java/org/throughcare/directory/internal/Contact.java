package org.throughcare.directory.internal;

import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import org.throughcare.directory.SaveContact;

/** Aggregate root: a named person at an organisation. Its own aggregate because group rosters will name it. */
@Table("contact")
public class Contact {

    @Id
    private final UUID id;
    @Version
    private Long version;
    private final UUID organisationId;
    private UUID unitId;
    private String fullName;
    private String roleTitle;
    private String phone;
    private String email;

    @PersistenceCreator
    Contact(UUID id, Long version, UUID organisationId, UUID unitId, String fullName, String roleTitle,
            String phone, String email) {
        this.id = id;
        this.version = version;
        this.organisationId = organisationId;
        this.unitId = unitId;
        this.fullName = fullName;
        this.roleTitle = roleTitle;
        this.phone = phone;
        this.email = email;
    }

    public static Contact create(UUID organisationId, SaveContact form) {
        Contact contact = new Contact(UUID.randomUUID(), null, organisationId, null, null, null, null, null);
        contact.apply(form);
        return contact;
    }

    public void apply(SaveContact form) {
        unitId = form.unitId();
        fullName = form.fullName().strip();
        roleTitle = Text.orNull(form.roleTitle());
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

    public String fullName() {
        return fullName;
    }
}
