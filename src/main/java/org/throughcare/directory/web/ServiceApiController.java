package org.throughcare.directory.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
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
import org.throughcare.directory.SaveCapacity;
import org.throughcare.directory.SaveService;
import org.throughcare.directory.ServiceManagement;
import org.throughcare.directory.ServiceSearch;
import org.throughcare.directory.ServiceStatus;
import org.throughcare.directory.ServiceView;
import org.throughcare.shared.Actor;
import org.throughcare.shared.NeedArea;
import org.throughcare.shared.PageRequest;
import org.throughcare.shared.ResultPage;

@RestController
@RequestMapping("/api/v1/services")
@Tag(name = "Services", description = "The services organisations offer: what a referral is sent to")
class ServiceApiController {

    private final ServiceManagement services;

    ServiceApiController(ServiceManagement services) {
        this.services = services;
    }

    @GetMapping
    @Operation(summary = "Find services; every filter narrows the list (AND); paged from 0")
    ResultPage<ServiceView> search(@RequestParam(required = false) String q,
                                   @RequestParam(required = false) NeedArea needArea,
                                   @RequestParam(required = false) String municipality,
                                   @RequestParam(required = false) Boolean accredited,
                                   @RequestParam(defaultValue = "false") boolean capacityAvailable,
                                   @RequestParam(required = false) UUID organisation,
                                   @RequestParam(required = false) ServiceStatus status,
                                   @RequestParam(required = false) String sort,
                                   @RequestParam(required = false) String dir,
                                   @RequestParam(required = false) Integer page,
                                   @RequestParam(required = false) Integer size) {
        return services.search(new ServiceSearch(q, needArea, municipality, accredited, capacityAvailable,
                organisation, status, ServiceSearch.sortOf(sort), "desc".equalsIgnoreCase(dir)),
                PageRequest.of(page, size));
    }

    @GetMapping("/{id}")
    @Operation(summary = "A service with its need areas, municipalities, languages and capacity")
    ServiceView service(@PathVariable UUID id) {
        return services.service(id);
    }

    @PostMapping
    @Operation(summary = "Create a service (the administrator, or staff of the organisation it belongs to)")
    ResponseEntity<ServiceView> create(@Valid @RequestBody SaveService form, Actor actor) {
        UUID id = services.createService(actor, form);
        return ResponseEntity.created(URI.create("/api/v1/services/" + id)).body(services.service(id));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change a service (the administrator, or its organisation's staff); send the version you read, or get 409")
    ServiceView update(@PathVariable UUID id, @Valid @RequestBody SaveService form, Actor actor) {
        services.updateService(actor, id, form);
        return services.service(id);
    }

    @PutMapping("/{id}/capacity")
    @Operation(summary = "Tell a service's capacity (free places, maximum, unit) — its organisation's staff or the administrator; send the version you read, or get 409")
    ServiceView updateCapacity(@PathVariable UUID id, @Valid @RequestBody SaveCapacity form, Actor actor) {
        services.updateCapacity(actor, id, form);
        return services.service(id);
    }
}
