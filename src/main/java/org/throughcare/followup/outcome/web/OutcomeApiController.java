package org.throughcare.followup.outcome.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.throughcare.followup.outcome.ClientOutcomesView;
import org.throughcare.followup.outcome.OutcomeManagement;
import org.throughcare.followup.outcome.RecordOutcome;
import org.throughcare.shared.Actor;
import org.throughcare.shared.ClientId;

@RestController
@Tag(name = "Outcomes", description = "Follow-up forms at release, 6 and 12 months after, per client")
class OutcomeApiController {

    private final OutcomeManagement outcomes;

    OutcomeApiController(OutcomeManagement outcomes) {
        this.outcomes = outcomes;
    }

    @GetMapping("/api/v1/clients/{id}/outcomes")
    @Operation(summary = "The client's follow-up points since the latest release, each with its form; answers the "
            + "reader's consent does not cover are null and their categories listed as withheld")
    ClientOutcomesView outcomes(@PathVariable ClientId id, Actor actor) {
        return outcomes.outcomes(id, actor);
    }

    @PostMapping("/api/v1/clients/{id}/outcomes")
    @Operation(summary = "Record a follow-up form; a past date is accepted and marked as entered afterwards. Refused "
            + "at the field for a client not released, a date before the release or in the future, or a point "
            + "already answered")
    ResponseEntity<ClientOutcomesView> record(@PathVariable ClientId id, @Valid @RequestBody RecordOutcome form,
                                              Actor actor) {
        outcomes.record(id, form, actor);
        return ResponseEntity.created(URI.create("/api/v1/clients/" + id + "/outcomes")).body(outcomes.outcomes(id, actor));
    }
}
