package org.throughcare.directory;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.throughcare.audit.AuditEvent;
import org.throughcare.audit.AuditLog;
import org.throughcare.directory.internal.DirectoryQueries;
import org.throughcare.directory.internal.Organisation;
import org.throughcare.directory.internal.Organisations;
import org.throughcare.shared.InvalidInputException;
import org.throughcare.shared.NotFoundException;
import org.throughcare.shared.OrganisationId;
import org.throughcare.shared.PageRequest;
import org.throughcare.shared.ResultPage;
import org.throughcare.shared.StaleEditException;
import org.throughcare.shared.UnitId;

/** Organisations and municipalities: finding them, and the administrator's changes to them. */
@NamedInterface("api")
@Service
public class DirectoryManagement {

    private final Organisations organisations;
    private final DirectoryQueries queries;
    private final AuditLog audit;

    DirectoryManagement(Organisations organisations, DirectoryQueries queries, AuditLog audit) {
        this.organisations = organisations;
        this.queries = queries;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public ResultPage<OrganisationSummaryView> search(OrganisationSearch search, PageRequest page) {
        return queries.search(search, page);
    }

    @Transactional(readOnly = true)
    public OrganisationView organisation(UUID id) {
        Organisation o = organisations.findById(id).orElseThrow(() -> new NotFoundException("organisation"));
        return new OrganisationView(o.id(), o.version(), o.name(), o.agencyType(), o.description(), o.website(),
                o.phone(), o.email(), queries.municipalities(o.municipalityCodes()), queries.unitsOf(id),
                queries.contactsOf(id));
    }

    @Transactional(readOnly = true)
    public Optional<String> organisationName(OrganisationId id) {
        return queries.organisationName(id.value());
    }

    @Transactional(readOnly = true)
    public Optional<String> unitName(UnitId id) {
        return queries.unitName(id.value());
    }

    /** Names of units and organisations by id, for lists that show where something belongs. */
    @Transactional(readOnly = true)
    public Map<UUID, String> names(Collection<UUID> ids) {
        return queries.names(ids);
    }

    @Transactional(readOnly = true)
    public Optional<AgencyType> agencyTypeOf(UUID organisationId) {
        return organisations.findById(organisationId).map(Organisation::agencyType);
    }

    /** The offices of every organisation of a type, e.g. all probation offices. */
    @Transactional(readOnly = true)
    public List<UnitView> unitsOfType(AgencyType type) {
        return queries.unitsOfType(type);
    }

    @Transactional(readOnly = true)
    public List<OrganisationSummaryView> organisationsOfType(AgencyType type) {
        return queries.search(new OrganisationSearch(null, type, null, null, false), new PageRequest(0, 100)).items();
    }

    @Transactional(readOnly = true)
    public Optional<Municipality> municipality(String code) {
        return queries.municipalities(List.of(code)).stream().findFirst();
    }

    @Transactional
    public UUID createOrganisation(SaveOrganisation form) {
        checkMunicipalitiesExist(form);
        checkNotDuplicate(form, null);
        Organisation organisation = organisations.save(Organisation.create(form));
        audit.record(AuditEvent.change("ORGANISATION_CREATED", "organisation", organisation.id(), describe(form)));
        return organisation.id();
    }

    @Transactional
    public void updateOrganisation(UUID id, SaveOrganisation form) {
        Organisation organisation = organisations.findById(id).orElseThrow(() -> new NotFoundException("organisation"));
        if (form.version() == null || form.version() != organisation.version()) {
            throw new StaleEditException("organisation");
        }
        checkMunicipalitiesExist(form);
        checkNotDuplicate(form, id);
        organisation.apply(form);
        Saving.orStale(() -> organisations.save(organisation), "organisation");
        audit.record(AuditEvent.change("ORGANISATION_CHANGED", "organisation", id, describe(form)));
    }

    @Transactional(readOnly = true)
    public List<Municipality> municipalities() {
        return queries.municipalities();
    }

    @Transactional
    public Municipality addMunicipality(AddMunicipality form) {
        String code = form.code().strip();
        if (queries.municipalityExists(code)) {
            throw new InvalidInputException("code", "validation.municipality.duplicate", code);
        }
        Municipality municipality = new Municipality(code, form.name().strip(), form.country());
        try {
            queries.insertMunicipality(municipality);
        } catch (DuplicateKeyException e) {
            // Someone added the same code between the check above and this insert.
            throw new InvalidInputException("code", "validation.municipality.duplicate", code);
        }
        audit.record(AuditEvent.change("MUNICIPALITY_CREATED", "municipality", code, municipality.name()));
        return municipality;
    }

    private void checkMunicipalitiesExist(SaveOrganisation form) {
        for (String code : form.municipalityCodes()) {
            if (!queries.municipalityExists(code)) {
                throw new InvalidInputException("municipalityCodes", "validation.municipality.unknown", code);
            }
        }
    }

    private void checkNotDuplicate(SaveOrganisation form, UUID except) {
        if (queries.duplicateExists(form.name(), form.agencyType(), form.municipalityCodes(), except)) {
            throw new InvalidInputException("name", "validation.organisation.duplicate");
        }
    }

    private static String describe(SaveOrganisation form) {
        return "name=" + form.name().strip() + "; type=" + form.agencyType() + "; municipalities="
                + String.join(",", form.municipalityCodes());
    }
}
