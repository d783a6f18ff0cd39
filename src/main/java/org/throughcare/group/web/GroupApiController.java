package org.throughcare.group.web;

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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.throughcare.group.AddMember;
import org.throughcare.group.EndMembership;
import org.throughcare.group.GroupManagement;
import org.throughcare.group.RosterView;
import org.throughcare.shared.Actor;
import org.throughcare.shared.ClientId;

@RestController
@RequestMapping("/api/v1/clients/{id}/group")
@Tag(name = "Reintegration group", description = "Who works with a client, from which agency, since when")
class GroupApiController {

    private final GroupManagement groups;

    GroupApiController(GroupManagement groups) {
        this.groups = groups;
    }

    @GetMapping
    @Operation(summary = "The group: coordinator, current members, everyone who ever was, coordinator handovers")
    RosterView roster(@PathVariable ClientId id, Actor actor) {
        return groups.roster(id, actor);
    }

    @PostMapping("/members")
    @Operation(summary = "Add a user (userId) or a directory contact (contactId) to the group")
    ResponseEntity<RosterView> addMember(@PathVariable ClientId id, @Valid @RequestBody AddMember add, Actor actor) {
        UUID member = groups.addMember(id, add, actor);
        return ResponseEntity.created(URI.create("/api/v1/clients/" + id + "/group/members/" + member))
                .body(groups.roster(id, actor));
    }

    @PostMapping("/members/{memberId}/end")
    @Operation(summary = "End a membership on a date, with a reason; it stays in the history")
    RosterView endMembership(@PathVariable ClientId id, @PathVariable UUID memberId,
                             @Valid @RequestBody EndMembership end, Actor actor) {
        groups.endMembership(id, memberId, end, actor);
        return groups.roster(id, actor);
    }
}
