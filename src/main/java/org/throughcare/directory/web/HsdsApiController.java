package org.throughcare.directory.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Arrays;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.throughcare.directory.AgencyType;
import org.throughcare.directory.DirectoryManagement;
import org.throughcare.directory.OrganisationSearch;
import org.throughcare.directory.ServiceManagement;
import org.throughcare.directory.ServiceSearch;
import org.throughcare.directory.ServiceStatus;
import org.throughcare.directory.ServiceView;
import org.throughcare.shared.InvalidInputException;
import org.throughcare.shared.NeedArea;
import org.throughcare.shared.PageRequest;

/**
 * A read-only Open Referral HSDS 3.1 API, so municipal and national service catalogues can read our
 * services and ours can be compared with theirs. Public, like the catalogues it feeds: it carries directory
 * data about organisations only — never a client, a contact person, or a person's phone or e-mail.
 */
@RestController
@RequestMapping("/hsds")
@Tag(name = "HSDS 3.1", description = "Open Referral Human Services Data Specification 3.1, read-only and public")
class HsdsApiController {

    private final ServiceManagement services;
    private final DirectoryManagement directory;

    HsdsApiController(ServiceManagement services, DirectoryManagement directory) {
        this.services = services;
        this.directory = directory;
    }

    @GetMapping({"", "/"})
    @Operation(summary = "Which HSDS version this API serves and where its OpenAPI document is")
    HsdsDocuments.Root root() {
        return new HsdsDocuments.Root("3.1", "/v3/api-docs");
    }

    @GetMapping("/services")
    @Operation(summary = "Services, paged from 1 as HSDS does; every filter narrows the list (AND)")
    HsdsDocuments.Page<HsdsDocuments.Service> services(
            @Parameter(description = "Words in the service's or organisation's name") @RequestParam(required = false) String search,
            @Parameter(description = "A need area: its taxonomy term id or code, e.g. SUBSTANCE_USE")
            @RequestParam(name = "taxonomy_term_id", required = false) String taxonomyTermId,
            @RequestParam(name = "organization_id", required = false) UUID organizationId,
            @Parameter(description = "Extension: a municipality code the service serves")
            @RequestParam(required = false) String municipality,
            @Parameter(description = "Extension: accredited programmes only (true) or none of them (false)")
            @RequestParam(required = false) Boolean accredited,
            @Parameter(description = "Extension: only services with places available now")
            @RequestParam(name = "capacity_available", defaultValue = "false") boolean capacityAvailable,
            @Parameter(description = "Extension: active, inactive, defunct or temporarily closed")
            @RequestParam(required = false) String status,
            @RequestParam(required = false) Integer page,
            @RequestParam(name = "per_page", required = false) Integer perPage) {
        ServiceSearch filters = new ServiceSearch(search, needArea(taxonomyTermId), municipality, accredited,
                capacityAvailable, organizationId, status(status), ServiceSearch.Sort.NAME, false);
        return HsdsDocuments.Page.of(services.search(filters, pageOf(page, perPage))
                .map(s -> HsdsDocuments.Service.of(s, null)));
    }

    @GetMapping("/services/{id}")
    @Operation(summary = "One service in full, with its organisation")
    HsdsDocuments.Service service(@PathVariable UUID id) {
        ServiceView service = services.service(id);
        return HsdsDocuments.Service.of(service,
                HsdsDocuments.Organization.of(directory.organisation(service.organisationId())));
    }

    @GetMapping("/organizations")
    @Operation(summary = "Organisations, paged from 1 as HSDS does; no text search, because ours also matches"
            + " contact people's names, which this public API never reveals")
    HsdsDocuments.Page<HsdsDocuments.Organization> organizations(
            @Parameter(description = "Extension: a municipality code the organisation serves")
            @RequestParam(required = false) String municipality,
            @RequestParam(required = false) Integer page,
            @RequestParam(name = "per_page", required = false) Integer perPage) {
        return HsdsDocuments.Page.of(directory.search(new OrganisationSearch(null, (AgencyType) null, municipality,
                        OrganisationSearch.Sort.NAME, false), pageOf(page, perPage))
                .map(o -> HsdsDocuments.Organization.of(directory.organisation(o.id()))));
    }

    /** HSDS pages count from 1; ours from 0. */
    private static PageRequest pageOf(Integer page, Integer perPage) {
        return PageRequest.of(page == null ? 0 : page - 1, perPage);
    }

    private static NeedArea needArea(String term) {
        if (term == null || term.isBlank()) {
            return null;
        }
        return Arrays.stream(NeedArea.values())
                .filter(a -> a.name().equalsIgnoreCase(term.strip()) || HsdsDocuments.termId(a).equals(term.strip()))
                .findFirst()
                .orElseThrow(() -> new InvalidInputException("taxonomy_term_id", "validation.hsds.taxonomyTerm"));
    }

    private static ServiceStatus status(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return Arrays.stream(ServiceStatus.values()).filter(s -> s.hsds().equalsIgnoreCase(value.strip()))
                .findFirst()
                .orElseThrow(() -> new InvalidInputException("status", "validation.hsds.status"));
    }
}
