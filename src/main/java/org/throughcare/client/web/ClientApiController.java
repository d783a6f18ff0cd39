package org.throughcare.client.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.throughcare.client.CaseloadFilter;
import org.throughcare.client.CaseloadLineView;
import org.throughcare.client.ChangeStage;
import org.throughcare.client.ClientLifecycle;
import org.throughcare.client.ClientManagement;
import org.throughcare.client.ClientQueries;
import org.throughcare.client.OfficeFigures;
import org.throughcare.client.ClientView;
import org.throughcare.client.DuplicateClientException;
import org.throughcare.client.HandOverCase;
import org.throughcare.client.RecordCustody;
import org.throughcare.client.RecordScreening;
import org.throughcare.client.RegisterClient;
import org.throughcare.client.TargetPoolView;
import org.throughcare.client.TimelineEntryView;
import org.throughcare.shared.Actor;
import org.throughcare.shared.ClientId;
import org.throughcare.shared.PageRequest;
import org.throughcare.shared.ResultPage;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Clients", description = "Client cases: registration, custody and key dates, screening, stages, caseload, target pool")
class ClientApiController {

    private final ClientQueries queries;
    private final ClientManagement management;
    private final ClientLifecycle lifecycle;
    private final MessageSource messages;
    private final OfficeFigures figures;

    ClientApiController(ClientQueries queries, ClientManagement management, ClientLifecycle lifecycle,
                        MessageSource messages, OfficeFigures figures) {
        this.figures = figures;
        this.queries = queries;
        this.management = management;
        this.lifecycle = lifecycle;
        this.messages = messages;
    }

    @GetMapping("/clients")
    @Operation(summary = "The caller's caseload: their own clients (mine=true) or their office's; stage is active "
            + "(the default), ended, all or one stage; sort release (the default), name or stage; paged from 0")
    ResultPage<CaseloadLineView> caseload(@RequestParam(defaultValue = "false") boolean mine,
                                       @RequestParam(required = false) String stage,
                                       @RequestParam(required = false) String q,
                                       @RequestParam(required = false) String sort,
                                       @RequestParam(required = false) String dir,
                                       @RequestParam(required = false) Integer page,
                                       @RequestParam(required = false) Integer size, Actor actor) {
        CaseloadFilter filter = CaseloadFilter.of(mine, CaseloadFilter.stagesOf(stage), q, CaseloadFilter.sortOf(sort),
                CaseloadFilter.descending(dir));
        return queries.caseload(filter, PageRequest.of(page, size), actor);
    }

    @PostMapping("/clients")
    @Operation(summary = "Register a client referred to the programme (coordinators and managers, into their office)")
    ResponseEntity<ClientView> register(@Valid @RequestBody RegisterClient form, Actor actor) {
        ClientId id = management.register(form, actor);
        return ResponseEntity.created(URI.create("/api/v1/clients/" + id)).body(queries.client(id, actor));
    }

    @GetMapping("/clients/{id}")
    @Operation(summary = "A client's case with the current custody episode")
    ClientView client(@PathVariable ClientId id, Actor actor) {
        return queries.client(id, actor);
    }

    @PutMapping("/clients/{id}/custody")
    @Operation(summary = "Record the current custody episode; a changed key date needs a reason and is kept in history")
    ClientView recordCustody(@PathVariable ClientId id, @Valid @RequestBody RecordCustody form, Actor actor) {
        management.recordCustody(id, form, actor);
        return queries.client(id, actor);
    }

    @PostMapping("/clients/{id}/handover")
    @Operation(summary = "Hand the coordinator role to another coordinator or manager at the client's office")
    ResponseEntity<Void> handOver(@PathVariable ClientId id, @Valid @RequestBody HandOverCase handover, Actor actor) {
        management.handOver(id, handover, actor);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/clients/{id}/screening")
    @Operation(summary = "A screening pre-filled from the record, to confirm and send back")
    RecordScreening prefilledScreening(@PathVariable ClientId id, Actor actor) {
        return lifecycle.prefilledScreening(id, actor);
    }

    @PostMapping("/clients/{id}/screenings")
    @Operation(summary = "Record an eligibility screening and decision")
    ClientView screen(@PathVariable ClientId id, @Valid @RequestBody RecordScreening form, Actor actor) {
        lifecycle.screen(id, form, actor);
        return queries.client(id, actor);
    }

    @PostMapping("/clients/{id}/transitions")
    @Operation(summary = "Move the client to another stage; refused with the possible stages if not allowed")
    ClientView changeStage(@PathVariable ClientId id, @Valid @RequestBody ChangeStage change, Actor actor) {
        lifecycle.changeStage(id, change, actor);
        return queries.client(id, actor);
    }

    @GetMapping("/clients/{id}/timeline")
    @Operation(summary = "Every stage change, key-date change and screening, newest first")
    List<TimelineEntryView> timeline(@PathVariable ClientId id, Actor actor) {
        return queries.timeline(id, actor);
    }

    @GetMapping("/target-pool")
    @Operation(summary = "Not yet screened and eligible-not-enrolled people released within the next months")
    TargetPoolView targetPool(@RequestParam(defaultValue = "12") int months, Actor actor) {
        return figures.targetPool(months, actor);
    }

    /**
     * A second registration of the same person: 409, with the address of the existing case when it is in the
     * registrant's office; otherwise only that it cannot be registered here and which office to contact.
     */
    @ExceptionHandler(DuplicateClientException.class)
    ResponseEntity<ProblemDetail> duplicate(DuplicateClientException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.existingInOwnOffice().isPresent()
                ? messages.getMessage("validation.client.duplicate", null, LocaleContextHolder.getLocale())
                : messages.getMessage("validation.client.duplicateElsewhere", new Object[] {e.owningOffice()},
                        LocaleContextHolder.getLocale()));
        e.existingInOwnOffice().ifPresent(existing -> problem.setProperty("existing", "/api/v1/clients/" + existing));
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }
}
