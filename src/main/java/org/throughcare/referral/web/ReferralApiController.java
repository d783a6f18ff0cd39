package org.throughcare.referral.web;

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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.throughcare.group.MemberProposals;
import org.throughcare.referral.ClientReferralsView;
import org.throughcare.referral.MoveReferral;
import org.throughcare.referral.ReferralManagement;
import org.throughcare.referral.ReferralQueries;
import org.throughcare.referral.ReferralTransitions;
import org.throughcare.referral.ReferralView;
import org.throughcare.referral.SendReferral;
import org.throughcare.shared.Actor;
import org.throughcare.shared.ClientId;

@RestController
@Tag(name = "Referrals", description = "Referrals from a client's group to a service, their states "
        + "(with the FHIR R4 Task.status of the Gravity SDOH referral guide), history and outcome")
class ReferralApiController {

    private final ReferralQueries queries;
    private final ReferralManagement management;
    private final MemberProposals proposals;

    ReferralApiController(ReferralQueries queries, ReferralManagement management, MemberProposals proposals) {
        this.queries = queries;
        this.management = management;
        this.proposals = proposals;
    }

    @GetMapping("/api/v1/clients/{id}/referrals")
    @Operation(summary = "A client's referrals in the areas consent lets you read, newest first")
    ClientReferralsView referrals(@PathVariable ClientId id, Actor actor) {
        return queries.ofClient(id, actor);
    }

    @PostMapping("/api/v1/clients/{id}/referrals")
    @Operation(summary = "Refer the client to an active service whose organisation consent covers for the area; "
            + "a service outside the client's municipality needs outsideAreaReason")
    ResponseEntity<ReferralView> send(@PathVariable ClientId id, @Valid @RequestBody SendReferral referral, Actor actor) {
        UUID referralId = management.send(id, referral, actor);
        return ResponseEntity.created(URI.create("/api/v1/referrals/" + referralId))
                .body(queries.referral(id, referralId, actor));
    }

    @GetMapping("/api/v1/referrals/transitions")
    @Operation(summary = "The table of allowed changes of state: from, to, the side that makes it, what it must carry")
    List<ReferralTransitions.Transition> transitions() {
        return ReferralTransitions.TABLE;
    }

    @GetMapping("/api/v1/referrals/{referralId}")
    @Operation(summary = "One referral with its goals, outcome, history and the changes you may make")
    ReferralView referral(@PathVariable UUID referralId, Actor actor) {
        return queries.referral(queries.clientOf(referralId), referralId, actor);
    }

    @PostMapping("/api/v1/referrals/{referralId}/transitions")
    @Operation(summary = "Move a referral (version: the one you saw; 409 when it changed meanwhile); a change not "
            + "in the table, or without what it must carry, is refused; 204 when, declined, it is no longer yours to read")
    ResponseEntity<ReferralView> move(@PathVariable UUID referralId, @Valid @RequestBody MoveReferral move,
                                      Actor actor) {
        ClientId client = queries.clientOf(referralId);
        management.move(client, referralId, move, actor);
        return queries.mayRead(client, referralId, actor)
                ? ResponseEntity.ok(queries.referral(client, referralId, actor)) : ResponseEntity.noContent().build();
    }

    @PostMapping("/api/v1/referrals/{referralId}/proposed-members/{proposalId}/confirm")
    @Operation(summary = "The coordinator confirms the worker the service proposed as a member of the group")
    ReferralView confirmMember(@PathVariable UUID referralId, @PathVariable UUID proposalId, Actor actor) {
        ClientId client = queries.clientOf(referralId);
        proposals.confirm(client, proposalId, actor);
        return queries.referral(client, referralId, actor);
    }

    @PostMapping("/api/v1/referrals/{referralId}/proposed-members/{proposalId}/decline")
    @Operation(summary = "The coordinator declines the worker the service proposed")
    ReferralView declineMember(@PathVariable UUID referralId, @PathVariable UUID proposalId, Actor actor) {
        ClientId client = queries.clientOf(referralId);
        proposals.decline(client, proposalId, actor);
        return queries.referral(client, referralId, actor);
    }
}
