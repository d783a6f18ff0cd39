package org.throughcare.meeting;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.throughcare.meeting.internal.HeldMeetingFacts;
import org.throughcare.shared.AccessGate;
import org.throughcare.shared.AccessGate.Action;
import org.throughcare.shared.AccessGate.Ground;
import org.throughcare.shared.AccessRefusedException;
import org.throughcare.shared.Actor;
import org.throughcare.shared.ClientId;
import org.throughcare.shared.DataCategory;
import org.throughcare.shared.Role;

/**
 * {@link MeetingFigures} for a client (read under the custody facts, as the meetings are) and for a probation office
 * (counts only, no client named: for the office's manager and coordinators and for national analysts).
 */
@NamedInterface("api")
@Service
public class MeetingFigureQueries {

    private final HeldMeetingFacts facts;
    private final AccessGate gate;

    MeetingFigureQueries(HeldMeetingFacts facts, AccessGate gate) {
        this.facts = facts;
        this.gate = gate;
    }

    @Transactional(readOnly = true)
    public MeetingFigures ofClient(ClientId client, Actor actor) {
        Ground ground = gate.check(actor, client, DataCategory.BASIC_AND_CUSTODY, Action.READ, "meeting figures");
        if (!ground.allows()) {
            throw new AccessRefusedException(ground);
        }
        List<HeldMeetingFacts.Fact> held = facts.ofClient(client.value());
        return figures(held, held.stream().map(f -> new MeetingFigures.HeldMeeting(f.meetingId(), f.meetingOn(),
                MeetingPhase.valueOf(f.phase()), f.clientAttended(), f.agenciesPresent())).toList());
    }

    @Transactional(readOnly = true)
    public MeetingFigures ofOffice(UUID office, Actor actor) {
        boolean ownOffice = actor.unitId() != null && actor.unitId().value().equals(office)
                && (actor.role() == Role.MANAGER || actor.role() == Role.COORDINATOR);
        if (!ownOffice && actor.role() != Role.NATIONAL_ANALYST) {
            throw new AccessRefusedException(Ground.NO_CLIENT_DATA_FOR_ROLE);
        }
        return figures(facts.ofOffice(office), List.of());
    }

    /**
     * The lead time of a client's first meeting is counted to the release date known when that meeting was booked
     * or last moved (the date the group planned against).
     */
    static MeetingFigures figures(List<HeldMeetingFacts.Fact> held, List<MeetingFigures.HeldMeeting> perMeeting) {
        Map<UUID, List<HeldMeetingFacts.Fact>> byClient = held.stream()
                .collect(Collectors.groupingBy(HeldMeetingFacts.Fact::clientId));
        int inCustody = (int) held.stream().filter(f -> MeetingPhase.IN_CUSTODY.name().equals(f.phase())).count();
        List<Long> leads = byClient.values().stream().map(meetings -> meetings.stream()
                        .filter(f -> MeetingPhase.IN_CUSTODY.name().equals(f.phase()) && f.releaseOn() != null)
                        .min(java.util.Comparator.comparing(HeldMeetingFacts.Fact::meetingOn))
                        .map(f -> ChronoUnit.DAYS.between(f.meetingOn(), f.releaseOn())).orElse(null))
                .filter(java.util.Objects::nonNull).toList();
        return new MeetingFigures(byClient.size(), held.size(), inCustody, held.size() - inCustody,
                leads.isEmpty() ? null : leads.stream().mapToLong(Long::longValue).average().orElseThrow(),
                held.isEmpty() ? null : held.stream().filter(HeldMeetingFacts.Fact::clientAttended).count()
                        / (double) held.size(),
                held.isEmpty() ? null : held.stream().mapToInt(HeldMeetingFacts.Fact::agenciesPresent).average()
                        .orElseThrow(), perMeeting);
    }
}
