package org.throughcare.meeting.web;

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
import org.springframework.web.bind.annotation.RestController;
import org.throughcare.meeting.BookMeeting;
import org.throughcare.meeting.CancelMeeting;
import org.throughcare.meeting.ClientMeetingsView;
import org.throughcare.meeting.MeetingLineView;
import org.throughcare.meeting.MeetingManagement;
import org.throughcare.meeting.MeetingQueries;
import org.throughcare.meeting.MeetingSchedule;
import org.throughcare.meeting.MeetingView;
import org.throughcare.shared.Actor;
import org.throughcare.shared.ClientId;

@RestController
@Tag(name = "Meetings", description = "Collaboration meetings of a client's group: booking, moving, cancelling")
class MeetingApiController {

    private final MeetingQueries queries;
    private final MeetingManagement management;

    MeetingApiController(MeetingQueries queries, MeetingManagement management) {
        this.queries = queries;
        this.management = management;
    }

    @GetMapping("/api/v1/clients/{id}/meetings")
    @Operation(summary = "A client's meetings: those to come and those past or cancelled")
    ClientMeetingsView meetings(@PathVariable ClientId id, Actor actor) {
        return queries.meetings(id, actor);
    }

    @GetMapping("/api/v1/clients/{id}/meetings/schedule")
    @Operation(summary = "The proposed schedule counted from the conditional-release date, booked or not, and the flags")
    MeetingSchedule schedule(@PathVariable ClientId id, Actor actor) {
        return queries.schedule(id, actor);
    }

    @PostMapping("/api/v1/clients/{id}/meetings")
    @Operation(summary = "Book a meeting; invitees are people of the group (user:<id>, contact:<id>), or one outside contact")
    ResponseEntity<MeetingView> book(@PathVariable ClientId id, @Valid @RequestBody BookMeeting meeting, Actor actor) {
        UUID meetingId = management.book(id, meeting, actor);
        return ResponseEntity.created(URI.create("/api/v1/clients/" + id + "/meetings/" + meetingId))
                .body(queries.meeting(id, meetingId, actor));
    }

    @GetMapping("/api/v1/clients/{id}/meetings/{meetingId}")
    @Operation(summary = "One meeting with its history; the agenda only with meeting-minutes consent")
    MeetingView meeting(@PathVariable ClientId id, @PathVariable UUID meetingId, Actor actor) {
        return queries.meeting(id, meetingId, actor);
    }

    @PutMapping("/api/v1/clients/{id}/meetings/{meetingId}")
    @Operation(summary = "Move or change a meeting (version: the one you saw); the old time and place stay in its history")
    MeetingView reschedule(@PathVariable ClientId id, @PathVariable UUID meetingId,
                           @Valid @RequestBody BookMeeting meeting, Actor actor) {
        management.reschedule(id, meetingId, meeting, actor);
        return queries.meeting(id, meetingId, actor);
    }

    @PostMapping("/api/v1/clients/{id}/meetings/{meetingId}/cancel")
    @Operation(summary = "Cancel a meeting with a reason (version: the one you saw)")
    MeetingView cancel(@PathVariable ClientId id, @PathVariable UUID meetingId,
                       @Valid @RequestBody CancelMeeting cancel, Actor actor) {
        management.cancel(id, meetingId, cancel, actor);
        return queries.meeting(id, meetingId, actor);
    }

    @GetMapping("/api/v1/meetings")
    @Operation(summary = "The meetings you are invited to from today, soonest first")
    List<MeetingLineView> mine(Actor actor) {
        return queries.mine(actor);
    }
}
