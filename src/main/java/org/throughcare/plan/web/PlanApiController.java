package org.throughcare.plan.web;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.throughcare.plan.AddGoal;
import org.throughcare.plan.ArrangeReleaseDay;
import org.throughcare.plan.AssignMeasure;
import org.throughcare.plan.DateDecision;
import org.throughcare.plan.DeclineMeasure;
import org.throughcare.plan.EditGoal;
import org.throughcare.plan.MeasureView;
import org.throughcare.plan.MeasureWork;
import org.throughcare.plan.OwnedMeasureView;
import org.throughcare.plan.PlanChangeView;
import org.throughcare.plan.PlanFlag;
import org.throughcare.plan.PlanManagement;
import org.throughcare.plan.PlanQueries;
import org.throughcare.plan.PlanView;
import org.throughcare.plan.RecordFollowUp;
import org.throughcare.plan.ReleaseDayArrangements;
import org.throughcare.plan.ReleaseDayItem;
import org.throughcare.plan.ReplanView;
import org.throughcare.plan.Replanning;
import org.throughcare.plan.ReportProgress;
import org.throughcare.shared.Actor;
import org.throughcare.shared.ClientId;

@RestController
@Tag(name = "Individual plan", description = "Goals, measures with owning organisations, no-owner flags, release day")
class PlanApiController {

    private final PlanQueries plans;
    private final PlanManagement management;
    private final MeasureWork work;
    private final ReleaseDayArrangements releaseDay;
    private final Replanning replanning;

    PlanApiController(PlanQueries plans, PlanManagement management, MeasureWork work,
                      ReleaseDayArrangements releaseDay, Replanning replanning) {
        this.plans = plans;
        this.management = management;
        this.work = work;
        this.releaseDay = releaseDay;
        this.replanning = replanning;
    }

    @GetMapping("/api/v1/clients/{id}/plan")
    @Operation(summary = "The plan by need area, with its flags and the release-day arrangements, as consent lets you see it")
    PlanView plan(@PathVariable ClientId id, Actor actor) {
        return plans.plan(id, actor);
    }

    @GetMapping("/api/v1/clients/{id}/plan/flags")
    @Operation(summary = "Needs without an owner and custody measures without a continuation after release")
    List<PlanFlag> flags(@PathVariable ClientId id, Actor actor) {
        return plans.plan(id, actor).flags();
    }

    @PostMapping("/api/v1/clients/{id}/plan/goals")
    @Operation(summary = "Add a goal for a need area")
    ResponseEntity<PlanView> addGoal(@PathVariable ClientId id, @Valid @RequestBody AddGoal goal, Actor actor) {
        UUID goalId = management.addGoal(id, goal, actor);
        return ResponseEntity.created(URI.create("/api/v1/clients/" + id + "/plan/goals/" + goalId))
                .body(plans.plan(id, actor));
    }

    @PutMapping("/api/v1/clients/{id}/plan/goals/{goalId}")
    @Operation(summary = "Change a goal's words (version: the one you saw)")
    PlanView editGoal(@PathVariable ClientId id, @PathVariable UUID goalId, @Valid @RequestBody EditGoal goal,
                      Actor actor) {
        management.editGoal(id, goalId, goal, actor);
        return plans.plan(id, actor);
    }

    @PostMapping("/api/v1/clients/{id}/plan/measures")
    @Operation(summary = "Add a measure; given to another organisation, it waits for that organisation to accept it")
    ResponseEntity<MeasureView> addMeasure(@PathVariable ClientId id, @Valid @RequestBody AssignMeasure measure,
                                           Actor actor) {
        UUID measureId = management.addMeasure(id, measure, actor);
        return ResponseEntity.created(URI.create("/api/v1/clients/" + id + "/plan/measures/" + measureId))
                .body(plans.measure(id, measureId, actor));
    }

    @GetMapping("/api/v1/clients/{id}/plan/measures/{measureId}")
    @Operation(summary = "One measure with its follow-up notes")
    MeasureView measure(@PathVariable ClientId id, @PathVariable UUID measureId, Actor actor) {
        return plans.measure(id, measureId, actor);
    }

    @PutMapping("/api/v1/clients/{id}/plan/measures/{measureId}")
    @Operation(summary = "Change a measure (version: the one you saw); a new owner must accept it again")
    MeasureView editMeasure(@PathVariable ClientId id, @PathVariable UUID measureId,
                            @Valid @RequestBody AssignMeasure measure, Actor actor) {
        management.editMeasure(id, measureId, measure, actor);
        return plans.measure(id, measureId, actor);
    }

    @GetMapping("/api/v1/clients/{id}/plan/measures/{measureId}/history")
    @Operation(summary = "Every change to the measure, newest first, with who and when")
    List<PlanChangeView> history(@PathVariable ClientId id, @PathVariable UUID measureId, Actor actor) {
        return plans.history(id, measureId, actor);
    }

    @PostMapping("/api/v1/clients/{id}/plan/measures/{measureId}/accept")
    @Operation(summary = "The owning organisation accepts the measure (version: the one you read, optional)")
    MeasureView accept(@PathVariable ClientId id, @PathVariable UUID measureId,
                       @RequestParam(required = false) Long version, Actor actor) {
        work.accept(id, measureId, version, actor);
        return plans.measure(id, measureId, actor);
    }

    @PostMapping("/api/v1/clients/{id}/plan/measures/{measureId}/decline")
    @Operation(summary = "The owning organisation declines the measure, with a reason")
    MeasureView decline(@PathVariable ClientId id, @PathVariable UUID measureId,
                        @Valid @RequestBody DeclineMeasure decline, Actor actor) {
        work.decline(id, measureId, decline, actor);
        return plans.measure(id, measureId, actor);
    }

    @PostMapping("/api/v1/clients/{id}/plan/measures/{measureId}/progress")
    @Operation(summary = "Record progress or outcome: in progress, done, not achieved (with a note), cancelled (coordinator)")
    MeasureView progress(@PathVariable ClientId id, @PathVariable UUID measureId,
                         @Valid @RequestBody ReportProgress report, Actor actor) {
        work.report(id, measureId, report, actor);
        return plans.measure(id, measureId, actor);
    }

    @PostMapping("/api/v1/clients/{id}/plan/measures/{measureId}/notes")
    @Operation(summary = "Add a dated follow-up note")
    MeasureView note(@PathVariable ClientId id, @PathVariable UUID measureId,
                     @Valid @RequestBody RecordFollowUp note, Actor actor) {
        work.addNote(id, measureId, note, actor);
        return plans.measure(id, measureId, actor);
    }

    @PutMapping("/api/v1/clients/{id}/plan/release-day")
    @Operation(summary = "Save the release-day arrangements; each one arranged needs an owning organisation from the group")
    PlanView releaseDay(@PathVariable ClientId id, @Valid @RequestBody ArrangeReleaseDay plan, Actor actor) {
        releaseDay.save(id, plan, actor);
        return plans.plan(id, actor);
    }

    @GetMapping("/api/v1/clients/{id}/plan/checks")
    @Operation(summary = "What a custody event left to check: release-day arrangements (the release date moved, or "
            + "the client was transferred from an institution they name) and measures at release due on the old date")
    ReplanView checks(@PathVariable ClientId id, Actor actor) {
        return replanning.checks(id, plans.plan(id, actor), actor);
    }

    @PostMapping("/api/v1/clients/{id}/plan/release-day/{item}/confirmation")
    @Operation(summary = "Confirm a release-day arrangement checked after a custody event (its owner, or the "
            + "coordinator)")
    ResponseEntity<Void> confirm(@PathVariable ClientId id, @PathVariable ReleaseDayItem item, Actor actor) {
        replanning.confirm(id, item, actor);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/v1/clients/{id}/plan/measures/{measureId}/release-date")
    @Operation(summary = "Move a measure due on the old release date to the new one, or keep its date (version: "
            + "the measure's, as you saw it)")
    ResponseEntity<Void> decide(@PathVariable ClientId id, @PathVariable UUID measureId,
                                @Valid @RequestBody DateDecision decision, Actor actor) {
        replanning.decide(id, measureId, decision, actor);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/v1/measures")
    @Operation(summary = "The measures your organisation owns, for clients whose plan consent lets you see; unanswered first")
    List<OwnedMeasureView> ownedByMyOrganisation(Actor actor) {
        return plans.ownedByMyOrganisation(actor);
    }
}
