package org.throughcare.notification;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.throughcare.client.ClientAccessFacts;
import org.throughcare.directory.DirectoryManagement;
import org.throughcare.notification.internal.NoticeFollowUps;
import org.throughcare.notification.internal.Notices;
import org.throughcare.shared.AccessGate;
import org.throughcare.shared.AccessGate.Action;
import org.throughcare.shared.AccessGate.Ground;
import org.throughcare.shared.AccessRefusedException;
import org.throughcare.shared.Actor;
import org.throughcare.shared.ClientId;
import org.throughcare.shared.DataCategory;
import org.throughcare.shared.NotFoundException;

/**
 * The coordinator's side of notices: who was told of an event on their client, who read and acknowledged it,
 * who was not told and why, and the client's notice to pass on. Who is in the group, and whose consent does not
 * cover custody facts, is for those who manage the case, so reading it is the reserved read of the gate.
 */
@Service
public class NoticeFollowUp {

    private final Notices notices;
    private final AccessGate gate;
    private final NoticeFollowUps followUps;
    private final ClientAccessFacts clients;
    private final DirectoryManagement directory;
    private final java.time.Clock clock;

    NoticeFollowUp(Notices notices, NoticeFollowUps followUps, AccessGate gate, ClientAccessFacts clients, DirectoryManagement directory,
                   java.time.Clock clock) {
        this.notices = notices;
        this.followUps = followUps;
        this.gate = gate;
        this.clients = clients;
        this.directory = directory;
        this.clock = clock;
    }

    @Transactional
    public EventStatus status(UUID eventId, Actor actor) {
        Notices.Event event = notices.event(eventId).orElseThrow(() -> new NotFoundException("notice event"));
        ClientId client = new ClientId(event.clientId());
        requireManages(actor, client, "notice status");
        List<NoticeFollowUps.Outcome> outcomes = followUps.outcomes(eventId);
        Map<UUID, String> organisations = directory.names(outcomes.stream().map(NoticeFollowUps.Outcome::organisationId)
                .distinct().toList());
        List<EventStatus.Member> members = outcomes.stream().map(o -> new EventStatus.Member(o.personId(),
                o.personName(), organisations.get(o.organisationId()), o.outcome(), o.readAt(), o.acknowledgedAt()))
                .toList();
        EventStatus.ClientNotice clientNotice = followUps.clientNotice(eventId)
                .map(c -> new EventStatus.ClientNotice(c.language(), c.text(), c.toldAt())).orElse(null);
        String name = clients.addressing(client).map(ClientAccessFacts.Addressing::fullName).orElse(null);
        return new EventStatus(event.id(), event.kind(), event.clientId(), name, event.previousDate(), event.newDate(),
                event.createdAt(), members, clientNotice);
    }

    /** The client's notices, newest first. */
    @Transactional
    public List<EventStatus.Summary> ofClient(ClientId client, Actor actor) {
        requireManages(actor, client, "client notices");
        return followUps.eventsOfClient(client.value());
    }

    /** The coordinator has told the client what their notice says; kept with who and when. */
    @Transactional
    public void told(UUID eventId, Actor actor) {
        Notices.Event event = notices.event(eventId).orElseThrow(() -> new NotFoundException("notice event"));
        gate.requireChange(actor, new ClientId(event.clientId()), "client told of notice");
        followUps.clientNotice(eventId).orElseThrow(() -> new NotFoundException("client notice"));
        followUps.told(eventId, actor.userId().value(), clock.instant());
    }

    /** Whether this reader manages the case, without reading anything: to offer the client's notices. */
    @Transactional(readOnly = true)
    public boolean mayFollow(ClientId client, Actor actor) {
        return gate.may(actor, client, DataCategory.BASIC_AND_CUSTODY, Action.READ_RESERVED);
    }

    private void requireManages(Actor actor, ClientId client, String purpose) {
        Ground ground = gate.check(actor, client, DataCategory.BASIC_AND_CUSTODY, Action.READ_RESERVED, purpose);
        if (!ground.allows()) {
            throw new AccessRefusedException(ground, "error.noticeStatusReserved");
        }
    }
}
