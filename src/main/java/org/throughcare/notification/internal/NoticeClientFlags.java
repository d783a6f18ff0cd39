package org.throughcare.notification.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.throughcare.shared.AccessGate;
import org.throughcare.shared.Actor;
import org.throughcare.shared.ClientId;
import org.throughcare.shared.DataCategory;
import org.throughcare.shared.Role;
import org.throughcare.shared.contribution.ClientFlags;

/**
 * Flags a client with a custody notice that someone told has not acknowledged within 24 hours (the start page's
 * "notices not acknowledged", per client): on caseload lines and on the office's backslide radar.
 */
@Component
class NoticeClientFlags implements ClientFlags {

    static final String NOTICE_UNACKNOWLEDGED = "NOTICE_UNACKNOWLEDGED";

    private final NoticeFollowUps followUps;
    private final AccessGate gate;
    private final Clock clock;

    NoticeClientFlags(NoticeFollowUps followUps, AccessGate gate, Clock clock) {
        this.followUps = followUps;
        this.gate = gate;
        this.clock = clock;
    }

    @Override
    public Set<String> kinds() {
        return Set.of(NOTICE_UNACKNOWLEDGED);
    }

    @Override
    public Map<UUID, List<String>> flagsFor(Collection<UUID> clients, Actor actor) {
        if (clients.isEmpty() || actor.unitId() == null
                || (actor.role() != Role.COORDINATOR && actor.role() != Role.MANAGER)) {
            return Map.of();
        }
        Instant now = clock.instant();
        Set<UUID> asked = Set.copyOf(clients);
        Map<UUID, List<String>> flags = new LinkedHashMap<>();
        followUps.unacknowledged(Set.of(actor.unitId().value()), now.minus(NotificationWorkItems.FOLLOWED_FOR),
                        now.minus(NotificationWorkItems.ACKNOWLEDGE_WITHIN)).stream()
                .map(NoticeFollowUps.Waiting::clientId).filter(asked::contains)
                .forEach(id -> flags.put(id, List.of(NOTICE_UNACKNOWLEDGED)));
        if (!flags.isEmpty()) {
            // That a custody event was told and not yet acknowledged was read for these lines.
            gate.listed(actor, flags.keySet().stream().map(ClientId::new).toList(), DataCategory.BASIC_AND_CUSTODY,
                    "caseload flags");
        }
        return flags;
    }

    @Override
    public String hrefFor(String kind, UUID client) {
        return "/clients/" + client + "/notices";
    }
}
