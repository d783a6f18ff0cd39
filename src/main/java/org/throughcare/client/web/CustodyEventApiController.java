package org.throughcare.client.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.throughcare.client.ConflictingCustodyEventException;
import org.throughcare.client.CustodyEventView;
import org.throughcare.client.CustodyEvents;
import org.throughcare.client.PostCustodyEvent;
import org.throughcare.shared.Actor;
import org.throughcare.shared.ClientId;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Custody events", description = "Transfers, early release, release, return to custody, release dates "
        + "and responsible municipality, from agencies' systems, with their history")
class CustodyEventApiController {

    private final CustodyEvents events;
    private final MessageSource messages;

    CustodyEventApiController(CustodyEvents events, MessageSource messages) {
        this.events = events;
        this.messages = messages;
    }

    @PostMapping("/custody-events")
    @Operation(summary = "Record a custody event under the sender's own event id: sent again, the same answer; "
            + "the same id with other content is 409; an event older than one already received for the same fact "
            + "is kept as history (applied=false) and changes nothing. For the client's coordinator, the office "
            + "manager and staff of the institution holding the client")
    @ApiResponse(responseCode = "201", description = "Recorded (or the same event sent again)")
    @ApiResponse(responseCode = "400", description = "Bad input, named at its field: an unknown institution, a "
            + "transfer to the same institution, an early release after the conditional release date, a future "
            + "release, a client not in custody",
            content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "403", description = "The sender may not record events for this client",
            content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "The event id was used before for another event",
            content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<CustodyEventView> post(@Valid @RequestBody PostCustodyEvent event, Actor actor) {
        CustodyEventView recorded = events.post(event, actor);
        return ResponseEntity.created(URI.create("/api/v1/clients/" + event.clientId() + "/custody-events"))
                .body(recorded);
    }

    @GetMapping("/clients/{id}/custody-events")
    @Operation(summary = "A client's custody events, newest first, with who recorded each and from what source; "
            + "reasons only for readers of criminal history")
    @ApiResponse(responseCode = "200", description = "The history")
    @ApiResponse(responseCode = "403", description = "The caller may not read this client's custody facts",
            content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "400", description = "The id is not a client id",
            content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(implementation = ProblemDetail.class)))
    List<CustodyEventView> history(@PathVariable ClientId id, Actor actor) {
        return events.history(id, actor);
    }

    /** An event id used before for another event, or sent for two clients at once: the sender must look. */
    @ExceptionHandler({ConflictingCustodyEventException.class, DuplicateKeyException.class})
    ResponseEntity<ProblemDetail> conflict(RuntimeException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                messages.getMessage("error.custodyEvent.conflict", null, LocaleContextHolder.getLocale()));
        problem.setProperty("errors", List.of(java.util.Map.of("field", "eventId", "message", problem.getDetail())));
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }
}
