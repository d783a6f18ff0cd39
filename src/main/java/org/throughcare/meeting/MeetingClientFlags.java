package org.throughcare.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.throughcare.client.ClientAccessFacts;
import org.throughcare.client.ClientQueries;
import org.throughcare.meeting.internal.Meetings;
import org.throughcare.shared.Actor;
import org.throughcare.shared.ClientId;
import org.throughcare.shared.contribution.ClientFlags;

/** Gives caseload lines and the start page the meeting flags of {@link MeetingRules}, for those responsible. */
@Component
class MeetingClientFlags implements ClientFlags {

    private final Meetings meetings;
    private final ClientQueries clients;
    private final ClientAccessFacts accessFacts;
    private final Clock clock;

    MeetingClientFlags(Meetings meetings, ClientQueries clients, ClientAccessFacts accessFacts, Clock clock) {
        this.meetings = meetings;
        this.clients = clients;
        this.accessFacts = accessFacts;
        this.clock = clock;
    }

    @Override
    public Set<String> kinds() {
        return Arrays.stream(MeetingRules.Flag.values()).map(Enum::name).collect(Collectors.toSet());
    }

    @Override
    public Map<UUID, List<String>> flagsFor(Collection<UUID> ids, Actor actor) {
        Map<UUID, List<String>> flags = new LinkedHashMap<>();
        Map<UUID, LocalDate> releases = clients.releaseDates(ids, actor, "caseload flags");
        if (releases.isEmpty()) {
            return flags;
        }
        Map<UUID, List<Meetings.Row>> rows = meetings.ofClients(releases.keySet());
        LocalDate today = LocalDate.now(clock);
        releases.forEach((id, release) -> {
            List<Meetings.Row> of = rows.getOrDefault(id, List.of());
            UUID heldAt = of.stream().anyMatch(r -> PlaceKind.INSTITUTION.name().equals(r.placeKind()))
                    ? accessFacts.of(new ClientId(id)).map(ClientAccessFacts.Facts::custodyInstitutionId).orElse(null)
                    : null;
            Set<MeetingRules.Flag> raised = MeetingRules.flags(today, release, heldAt, MeetingQueries.forRules(of));
            if (!raised.isEmpty()) {
                flags.put(id, raised.stream().map(Enum::name).toList());
            }
        });
        return flags;
    }

    @Override
    public String hrefFor(String kind, UUID client) {
        return "/clients/" + client + "/meetings";
    }
}
