package org.throughcare.meeting.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.throughcare.meeting.EnterMeetingAfterwards;
import org.throughcare.meeting.HoldMeeting;
import org.throughcare.meeting.MeetingFigureQueries;
import org.throughcare.meeting.MeetingFigures;
import org.throughcare.meeting.MeetingHolding;
import org.throughcare.meeting.MeetingLists;
import org.throughcare.meeting.MeetingOutcomeView;
import org.throughcare.meeting.MeetingOutcomes;
import org.throughcare.meeting.RecordDecision;
import org.throughcare.shared.Actor;
import org.throughcare.shared.ClientId;

@RestController
@Tag(name = "Meetings", description = "Collaboration meetings of a client's group: booking, moving, cancelling")
class MeetingHoldingApiController {

    private final MeetingHolding holding;
    private final MeetingOutcomes outcomes;
    private final MeetingFigureQueries figures;
    private final MeetingLists lists;

    MeetingHoldingApiController(MeetingHolding holding, MeetingOutcomes outcomes, MeetingFigureQueries figures,
                                MeetingLists lists) {
        this.lists = lists;
        this.holding = holding;
        this.outcomes = outcomes;
        this.figures = figures;
    }

    @GetMapping("/api/v1/clients/{id}/meetings/{meetingId}/outcome")
    @Operation(summary = "What became of a meeting: attendance for every reader of the meeting; minutes, decisions and "
            + "reasons for corrections only with meeting-minutes consent")
    MeetingOutcomeView outcome(@PathVariable ClientId id, @PathVariable UUID meetingId, Actor actor) {
        return outcomes.outcome(id, meetingId, actor);
    }

    @PostMapping("/api/v1/clients/{id}/meetings/{meetingId}/held")
    @Operation(summary = "Record a meeting that has taken place as held (attendance, whether the client attended, "
            + "minutes), or correct the record with a reason; earlier records are kept (version: the meeting's)")
    MeetingOutcomeView hold(@PathVariable ClientId id, @PathVariable UUID meetingId,
                            @Valid @RequestBody HoldMeeting record, Actor actor) {
        holding.hold(id, meetingId, record, actor);
        return outcomes.outcome(id, meetingId, actor);
    }

    @PostMapping("/api/v1/clients/{id}/meetings/{meetingId}/decisions")
    @Operation(summary = "Record a decision of a held meeting; with a measure it creates one in the plan, or with "
            + "measureId changes that measure, and the measure records the meeting")
    ResponseEntity<MeetingOutcomeView> decide(@PathVariable ClientId id, @PathVariable UUID meetingId,
                                              @Valid @RequestBody RecordDecision decision, Actor actor) {
        UUID decisionId = holding.decide(id, meetingId, decision, actor);
        return ResponseEntity.created(URI.create("/api/v1/clients/" + id + "/meetings/" + meetingId + "/outcome#"
                + decisionId)).body(outcomes.outcome(id, meetingId, actor));
    }

    @PostMapping("/api/v1/clients/{id}/meetings/entered-afterwards")
    @Operation(summary = "Enter a meeting that has already taken place, with its attendance, marked as entered afterwards")
    ResponseEntity<MeetingOutcomeView> enterAfterwards(@PathVariable ClientId id,
                                                       @Valid @RequestBody EnterMeetingAfterwards entry, Actor actor) {
        UUID meetingId = holding.enterAfterwards(id, entry, actor);
        return ResponseEntity.created(URI.create("/api/v1/clients/" + id + "/meetings/" + meetingId))
                .body(outcomes.outcome(id, meetingId, actor));
    }

    @GetMapping("/api/v1/clients/{id}/meetings/figures")
    @Operation(summary = "A client's meeting figures: held in custody and after release, first meeting's lead time, "
            + "client attendance rate, agencies present per meeting")
    MeetingFigures clientFigures(@PathVariable ClientId id, Actor actor) {
        return figures.ofClient(id, actor);
    }

    @GetMapping("/api/v1/meetings/past")
    @Operation(summary = "The meetings you were invited to before today, most recent first, 50 a page (page from 0)")
    MeetingLists.MeetingPage past(@RequestParam(defaultValue = "0") int page, Actor actor) {
        return lists.past(actor, page);
    }

    @GetMapping("/api/v1/meetings/coordinated")
    @Operation(summary = "The meetings from today of the clients you coordinate, soonest first, invited or not")
    java.util.List<org.throughcare.meeting.MeetingLineView> coordinated(Actor actor) {
        return lists.coordinated(actor);
    }

    @GetMapping("/api/v1/meetings/figures")
    @Operation(summary = "A probation office's meeting figures (counts only), for its manager and coordinators and "
            + "national analysts")
    MeetingFigures officeFigures(@RequestParam UUID office, Actor actor) {
        return figures.ofOffice(office, actor);
    }
}
