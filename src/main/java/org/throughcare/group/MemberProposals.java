package org.throughcare.group;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.throughcare.audit.AuditEvent;
import org.throughcare.audit.AuditLog;
import org.throughcare.group.internal.MemberProposalRows;
import org.throughcare.identity.IdentityManagement;
import org.throughcare.shared.AccessGate;
import org.throughcare.shared.Actor;
import org.throughcare.shared.ClientId;
import org.throughcare.shared.InvalidInputException;
import org.throughcare.shared.NotFoundException;
import org.throughcare.shared.StaleEditException;

/**
 * Proposed members: another module proposes a person for the group (a referral accepted proposes the service's
 * worker), and the coordinator confirms — only then are they a member, added as any member is — or declines. The
 * proposer is trusted to have passed the gate for its own change; the decision is the case manager's.
 */
@NamedInterface("api")
@Service
public class MemberProposals {

    private final MemberProposalRows rows;
    private final GroupManagement groups;
    private final AccessGate gate;
    private final IdentityManagement identity;
    private final AuditLog audit;
    private final Clock clock;

    MemberProposals(MemberProposalRows rows, GroupManagement groups, AccessGate gate, IdentityManagement identity,
                    AuditLog audit, Clock clock) {
        this.rows = rows;
        this.groups = groups;
        this.gate = gate;
        this.identity = identity;
        this.audit = audit;
        this.clock = clock;
    }

    /** Proposes a user of {@code organisationId}; {@code source} says where from (e.g. {@code referral:<id>}). */
    @Transactional
    public UUID propose(ClientId client, UUID userId, UUID organisationId, GroupRole role, String source, Actor by) {
        UUID id = UUID.randomUUID();
        rows.insert(new MemberProposalRows.Row(id, client.value(), userId, organisationId, role, source,
                by.userId().value(), clock.instant(), null, null));
        audit.record(AuditEvent.change("GROUP_MEMBER_PROPOSED", "client", client, role + " " + organisationId));
        return id;
    }

    /** The proposals made from one source, open or decided, unaudited: the caller has passed the gate. */
    @Transactional(readOnly = true)
    public List<MemberProposal> fromSource(ClientId client, String source) {
        List<MemberProposalRows.Row> found = rows.bySource(client.value(), source);
        Map<UUID, String> names = identity.displayNames(found.stream().map(MemberProposalRows.Row::userId).toList());
        return found.stream().map(r -> new MemberProposal(r.id(), r.userId(), names.get(r.userId()), r.organisationId(),
                r.role(), r.source(), r.proposedAt(), r.decision(), r.memberId())).toList();
    }

    /** The coordinator confirms: the person joins the group from today, as one added by hand would. */
    @Transactional
    public UUID confirm(ClientId client, UUID proposalId, Actor actor) {
        gate.requireChange(actor, client, "confirm proposed member");
        MemberProposalRows.Row row = open(client, proposalId);
        UUID member = groups.addMember(client, new AddMember(row.userId(), null, row.role(), LocalDate.now(clock),
                null), actor);
        if (!rows.decide(proposalId, "CONFIRMED", member, actor.userId().value(), clock.instant())) {
            throw new StaleEditException("proposed member");
        }
        return member;
    }

    @Transactional
    public void decline(ClientId client, UUID proposalId, Actor actor) {
        gate.requireChange(actor, client, "decline proposed member");
        open(client, proposalId);
        if (!rows.decide(proposalId, "DECLINED", null, actor.userId().value(), clock.instant())) {
            throw new StaleEditException("proposed member");
        }
        audit.record(AuditEvent.change("GROUP_MEMBER_PROPOSAL_DECLINED", "client", client, proposalId.toString()));
    }

    private MemberProposalRows.Row open(ClientId client, UUID proposalId) {
        MemberProposalRows.Row row = rows.find(proposalId).filter(r -> r.clientId().equals(client.value()))
                .orElseThrow(() -> new NotFoundException("proposed member"));
        if (row.decision() != null) {
            throw new InvalidInputException("proposal", "validation.group.proposalDecided");
        }
        return row;
    }
}
