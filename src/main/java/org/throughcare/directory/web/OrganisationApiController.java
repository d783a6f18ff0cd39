package org.throughcare.directory.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.throughcare.directory.AddMunicipality;
import org.throughcare.directory.AgencyType;
import org.throughcare.directory.DirectoryManagement;
import org.throughcare.directory.Municipality;
import org.throughcare.directory.OrganisationSearch;
import org.throughcare.directory.OrganisationSummaryView;
import org.throughcare.directory.OrganisationView;
import org.throughcare.directory.SaveOrganisation;
import org.throughcare.shared.PageRequest;
import org.throughcare.shared.ResultPage;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Directory", description = "Collaborating agencies, the municipalities they serve, their units and contacts")
class OrganisationApiController {

    private final DirectoryManagement directory;

    OrganisationApiController(DirectoryManagement directory) {
        this.directory = directory;
    }

    @GetMapping("/organisations")
    @Operation(summary = "Search organisations by name (or contact name), type and municipality; paged from 0")
    ResultPage<OrganisationSummaryView> search(@RequestParam(required = false) String q,
                                           @RequestParam(required = false) AgencyType type,
                                           @RequestParam(required = false) String municipality,
                                           @RequestParam(required = false) String sort,
                                           @RequestParam(required = false) String dir,
                                           @RequestParam(required = false) Integer page,
                                           @RequestParam(required = false) Integer size) {
        return directory.search(OrganisationSearch.of(q, type, municipality, sort, dir), PageRequest.of(page, size));
    }

    @GetMapping("/organisations/{id}")
    @Operation(summary = "An organisation with its municipalities, units and contacts")
    OrganisationView organisation(@PathVariable UUID id) {
        return directory.organisation(id);
    }

    @PostMapping("/organisations")
    @Operation(summary = "Create an organisation (administrators)")
    ResponseEntity<OrganisationView> create(@Valid @RequestBody SaveOrganisation form) {
        UUID id = directory.createOrganisation(form);
        return ResponseEntity.created(URI.create("/api/v1/organisations/" + id)).body(directory.organisation(id));
    }

    @PutMapping("/organisations/{id}")
    @Operation(summary = "Change an organisation (administrators); send the version you read, or get 409")
    OrganisationView update(@PathVariable UUID id, @Valid @RequestBody SaveOrganisation form) {
        directory.updateOrganisation(id, form);
        return directory.organisation(id);
    }

    @GetMapping("/municipalities")
    @Operation(summary = "All municipalities known to the directory")
    List<Municipality> municipalities() {
        return directory.municipalities();
    }

    @PostMapping("/municipalities")
    @Operation(summary = "Add a municipality (administrators)")
    ResponseEntity<Municipality> addMunicipality(@Valid @RequestBody AddMunicipality form) {
        Municipality municipality = directory.addMunicipality(form);
        return ResponseEntity.created(URI.create("/api/v1/municipalities")).body(municipality);
    }
}
