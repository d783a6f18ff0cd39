package org.throughcare.notification.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.throughcare.client.ClientAccessFacts;
import org.throughcare.shared.AccessGate;
import org.throughcare.shared.AccessGate.Action;
import org.throughcare.shared.Actor;
import org.throughcare.shared.ClientId;
import org.throughcare.shared.DataCategory;
import org.throughcare.shared.Role;
import org.throughcare.shared.contribution.WorkItem;
import org.throughcare.shared.contribution.WorkItems;

/**
 * The notices' part of the start page of those who manage cases (the coordinator, the office manager): notices
 * still not acknowledged a day after they were sent, and clients' notices still to be passed on to the client.
 * Each line is a client the reader manages, and what it shows is audited as a list read.
 */
@Component
class NotificationWorkItems implements WorkItems {

    /** How long those told have to acknowledge before the coordinator sees who has not. */
    static final Duration ACKNOWLEDGE_WITHIN = Duration.ofHours(24);
    /** How far back unacknowledged notices are followed up. */
    static final Duration FOLLOWED_FOR = Duration.ofDays(60);

    private final NoticeFollowUps followUps;
    private final AccessGate gate;
    private final ClientAccessFacts clients;
    private final Clock clock;

    NotificationWorkItems(NoticeFollowUps followUps, AccessGate gate, ClientAccessFacts clients, Clock clock) {
        this.followUps = followUps;
        this.gate = gate;
        this.clients = clients;
        this.clock = clock;
    }

    @Override
    @Transactional
    public List<WorkItem> itemsFor(Actor actor) {
        if ((actor.role() != Role.COORDINATOR && actor.role() != Role.MANAGER) || actor.unitId() == null) {
            return List.of();
        }
        Set<UUID> offices = Set.of(actor.unitId().value());
        Instant now = clock.instant();
        List<NoticeFollowUps.Waiting> unacknowledged = followUps.unacknowledged(offices, now.minus(FOLLOWED_FOR),
                now.minus(ACKNOWLEDGE_WITHIN));
        List<NoticeFollowUps.Waiting> untold = followUps.untold(offices);
        Map<UUID, Boolean> manages = new HashMap<>();
        unacknowledged = unacknowledged.stream().filter(w -> manages(actor, w.clientId(), manages)).toList();
        untold = untold.stream().filter(w -> manages(actor, w.clientId(), manages)).toList();
        Set<UUID> shown = new LinkedHashSet<>();
        unacknowledged.stream().limit(WorkItem.LINES_SHOWN).forEach(w -> shown.add(w.clientId()));
        untold.stream().limit(WorkItem.LINES_SHOWN).forEach(w -> shown.add(w.clientId()));
        Map<UUID, String> names = new HashMap<>();
        shown.forEach(c -> clients.addressing(new ClientId(c)).ifPresent(a -> names.put(c, a.fullName())));
        gate.listed(actor, shown.stream().map(ClientId::new).toList(), DataCategory.BASIC_AND_CUSTODY, "start page");
        List<WorkItem> items = new ArrayList<>();
        if (!unacknowledged.isEmpty()) {
            items.add(WorkItem.of("notices-unacknowledged", 15, "work.noticesUnacknowledged", unacknowledged.size(),
                    lines(unacknowledged, names, "work.noticeNotAcknowledged"), "/notifications?show=unacknowledged"));
        }
        if (!untold.isEmpty()) {
            items.add(WorkItem.of("notices-tell-client", 16, "work.noticesToTellClient", untold.size(),
                    lines(untold, names, "work.noticeToTell"), "/notifications"));
        }
        return items;
    }

    private boolean manages(Actor actor, UUID client, Map<UUID, Boolean> known) {
        return known.computeIfAbsent(client, c -> gate.may(actor, new ClientId(c), DataCategory.BASIC_AND_CUSTODY,
                Action.READ_RESERVED));
    }

    private static List<WorkItem.Line> lines(List<NoticeFollowUps.Waiting> waiting, Map<UUID, String> names, String detailKey) {
        return waiting.stream().limit(WorkItem.LINES_SHOWN).map(w -> WorkItem.Line.of(names.get(w.clientId()),
                "/notifications/events/" + w.eventId(), detailKey, w.count())).toList();
    }
}
