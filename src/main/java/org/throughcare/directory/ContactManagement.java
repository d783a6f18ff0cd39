package org.throughcare.directory;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.throughcare.audit.AuditEvent;
import org.throughcare.audit.AuditLog;
import org.throughcare.directory.internal.Contact;
import org.throughcare.directory.internal.Contacts;
import org.throughcare.directory.internal.DirectoryQueries;
import org.throughcare.directory.internal.Organisations;
import org.throughcare.directory.internal.Unit;
import org.throughcare.directory.internal.Units;
import org.throughcare.shared.InvalidInputException;
import org.throughcare.shared.NotFoundException;
import org.throughcare.shared.StaleEditException;

/** The offices and named contacts of an organisation. */
@NamedInterface("api")
@Service
public class ContactManagement {

    private final Organisations organisations;
    private final Units units;
    private final Contacts contacts;
    private final DirectoryQueries queries;
    private final AuditLog audit;

    ContactManagement(Organisations organisations, Units units, Contacts contacts, DirectoryQueries queries,
                      AuditLog audit) {
        this.organisations = organisations;
        this.units = units;
        this.contacts = contacts;
        this.queries = queries;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public ContactView contact(UUID id) {
        return queries.contact(id).orElseThrow(() -> new NotFoundException("contact"));
    }

    @Transactional(readOnly = true)
    public List<ContactView> contactsOf(UUID organisationId) {
        requireOrganisation(organisationId);
        return queries.contactsOf(organisationId);
    }

    /** Every contact in the directory, by name. */
    @Transactional(readOnly = true)
    public List<ContactView> allContacts() {
        return queries.allContacts();
    }

    @Transactional
    public UUID addContact(UUID organisationId, SaveContact form) {
        requireOrganisation(organisationId);
        checkUnitBelongsTo(form.unitId(), organisationId);
        Contact contact = contacts.save(Contact.create(organisationId, form));
        audit.record(AuditEvent.change("CONTACT_CREATED", "contact", contact.id(), contact.fullName()));
        return contact.id();
    }

    @Transactional
    public void updateContact(UUID id, SaveContact form) {
        Contact contact = contacts.findById(id).orElseThrow(() -> new NotFoundException("contact"));
        if (!Objects.equals(form.version(), contact.version())) {
            throw new StaleEditException("contact");
        }
        checkUnitBelongsTo(form.unitId(), contact.organisationId());
        contact.apply(form);
        Saving.orStale(() -> contacts.save(contact), "contact");
        audit.record(AuditEvent.change("CONTACT_CHANGED", "contact", id, contact.fullName()));
    }

    @Transactional(readOnly = true)
    public UnitView unit(UUID id) {
        return queries.unit(id).orElseThrow(() -> new NotFoundException("unit"));
    }

    @Transactional(readOnly = true)
    public List<UnitView> unitsOf(UUID organisationId) {
        requireOrganisation(organisationId);
        return queries.unitsOf(organisationId);
    }

    @Transactional
    public UUID addUnit(UUID organisationId, SaveUnit form) {
        requireOrganisation(organisationId);
        checkMunicipalityExists(form.municipalityCode());
        Unit unit = units.save(Unit.create(organisationId, form));
        audit.record(AuditEvent.change("UNIT_CREATED", "unit", unit.id(), unit.name()));
        return unit.id();
    }

    @Transactional
    public void updateUnit(UUID id, SaveUnit form) {
        Unit unit = units.findById(id).orElseThrow(() -> new NotFoundException("unit"));
        if (!Objects.equals(form.version(), unit.version())) {
            throw new StaleEditException("unit");
        }
        checkMunicipalityExists(form.municipalityCode());
        unit.apply(form);
        Saving.orStale(() -> units.save(unit), "unit");
        audit.record(AuditEvent.change("UNIT_CHANGED", "unit", id, unit.name()));
    }

    private void requireOrganisation(UUID organisationId) {
        if (!organisations.existsById(organisationId)) {
            throw new NotFoundException("organisation");
        }
    }

    private void checkUnitBelongsTo(UUID unitId, UUID organisationId) {
        if (unitId != null && units.findById(unitId).filter(u -> u.organisationId().equals(organisationId)).isEmpty()) {
            throw new InvalidInputException("unitId", "validation.unit.notInOrganisation");
        }
    }

    private void checkMunicipalityExists(String code) {
        if (code != null && !code.isBlank() && !queries.municipalityExists(code.strip())) {
            throw new InvalidInputException("municipalityCode", "validation.municipality.unknown", code);
        }
    }
}
