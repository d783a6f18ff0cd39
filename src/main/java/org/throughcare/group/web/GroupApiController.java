package org.throughcare.group.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.throughcare.client.ClientManagement;
import org.throughcare.client.CoordinatorHandover;
import org.throughcare.group.AddMember;
import org.throughcare.group.EndMembership;
import org.throughcare.group.GroupManagement;
import org.throughcare.group.Roster;
import org.throughcare.identity.CurrentUser;
import org.throughcare.shared.Actor;
import org.throughcare.shared.ClientId;

@RestController
@RequestMapping("/api/v1/clients/{id}/group")
@Tag(name = "Reintegration group", description = "Who works with a client, from which agency, since when; handovers")
class GroupApiController {

    private final GroupManagement groups;
    private final ClientManagement clients;
    private final CurrentUser currentUser;

    GroupApiController(GroupManagement groups, ClientManagement clients, CurrentUser currentUser) {
        this.groups = groups;
        this.clients = clients;
        this.currentUser = currentUser;
    }

    @GetMapping
    @Operation(summary = "The group: coordinator, current members, everyone who ever was, coordinator handovers")
    Roster roster(@PathVariable UUID id) {
        return groups.roster(new ClientId(id), actor());
    }

    @PostMapping("/members")
    @Operation(summary = "Add a user (userId) or a directory contact (contactId) to the group")
    ResponseEntity<Roster> addMember(@PathVariable UUID id, @Valid @RequestBody AddMember add) {
        UUID member = groups.addMember(new ClientId(id), add, actor());
        return ResponseEntity.created(URI.create("/api/v1/clients/" + id + "/group/members/" + member))
                .body(groups.roster(new ClientId(id), actor()));
    }

    @PostMapping("/members/{memberId}/end")
    @Operation(summary = "End a membership on a date, with a reason; it stays in the history")
    Roster endMembership(@PathVariable UUID id, @PathVariable UUID memberId, @Valid @RequestBody EndMembership end) {
        groups.endMembership(new ClientId(id), memberId, end, actor());
        return groups.roster(new ClientId(id), actor());
    }

    /** 204: the one who handed over may no longer see the case, so there is nothing to show them. */
    @PostMapping("/handover")
    @Operation(summary = "Hand the coordinator role to another coordinator at the client's office (204)")
    ResponseEntity<Void> handOver(@PathVariable UUID id, @Valid @RequestBody CoordinatorHandover handover) {
        clients.handOver(new ClientId(id), handover, actor());
        return ResponseEntity.noContent().build();
    }

    private Actor actor() {
        return currentUser.current().orElseThrow(() -> new AccessDeniedException("not signed in"));
    }
}
