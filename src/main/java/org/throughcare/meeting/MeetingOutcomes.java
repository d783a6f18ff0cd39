package org.throughcare.meeting;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.throughcare.directory.DirectoryManagement;
import org.throughcare.identity.IdentityManagement;
import org.throughcare.meeting.internal.MeetingRecords;
import org.throughcare.meeting.internal.Meetings;
import org.throughcare.shared.AccessGate;
import org.throughcare.shared.AccessGate.Action;
import org.throughcare.shared.AccessGate.Ground;
import org.throughcare.shared.AccessRefusedException;
import org.throughcare.shared.Actor;
import org.throughcare.shared.ClientId;
import org.throughcare.shared.DataCategory;
import org.throughcare.shared.NotFoundException;

/** What became of a meeting (see {@link MeetingOutcomeView} for what the gate decides). */
@NamedInterface("api")
@Service
public class MeetingOutcomes {

    private final Meetings meetings;
    private final MeetingRecords records;
    private final MeetingQueries queries;
    private final AccessGate gate;
    private final DirectoryManagement directory;
    private final IdentityManagement identity;
    private final java.time.Clock clock;

    MeetingOutcomes(Meetings meetings, MeetingRecords records, MeetingQueries queries, AccessGate gate,
                    DirectoryManagement directory, IdentityManagement identity, java.time.Clock clock) {
        this.clock = clock;
        this.meetings = meetings;
        this.records = records;
        this.queries = queries;
        this.gate = gate;
        this.directory = directory;
        this.identity = identity;
    }

    @Transactional(readOnly = true)
    public MeetingOutcomeView outcome(ClientId client, UUID meetingId, Actor actor) {
        Meetings.Row row = meetings.find(client.value(), meetingId).orElseThrow(() -> new NotFoundException("meeting"));
        Map<DataCategory, Ground> grounds = gate.checkEach(actor, client, EnumSet.of(DataCategory.BASIC_AND_CUSTODY,
                DataCategory.MEETING_MINUTES, DataCategory.HEALTH_AND_SUBSTANCE_USE), Action.READ, "meeting outcome");
        Ground basic = grounds.get(DataCategory.BASIC_AND_CUSTODY);
        if (!basic.allows()) {
            throw new AccessRefusedException(basic);
        }
        boolean minutes = grounds.get(DataCategory.MEETING_MINUTES).allows();
        List<Meetings.Invitee> invitees = meetings.invitees(meetingId);
        Set<UUID> organisations = new HashSet<>();
        invitees.forEach(i -> organisations.add(i.organisationId()));
        List<InviteeView> shown = queries.invitees(client, invitees, directory.names(organisations),
                grounds.get(DataCategory.HEALTH_AND_SUBSTANCE_USE).allows(), actor);
        List<MeetingRecords.Record> revisions = records.records(meetingId);
        List<MeetingRecords.Decision> decisions = minutes ? records.decisions(meetingId) : List.of();
        Set<UUID> people = new HashSet<>();
        revisions.forEach(r -> people.add(r.recordedBy()));
        decisions.forEach(d -> people.add(d.decidedBy()));
        Map<UUID, String> names = identity.displayNames(people);
        List<MeetingOutcomeView.Record> shownRecords = revisions.stream().map(r -> new MeetingOutcomeView.Record(
                r.revision(), r.clientAttended(), records.attendance(r.id()).stream()
                .filter(a -> a.position() < shown.size())
                .map(a -> new MeetingOutcomeView.Attended(shown.get(a.position()), Attendance.valueOf(a.attendance()),
                        a.absenceReason() == null ? null : AbsenceReason.valueOf(a.absenceReason()))).toList(),
                minutes ? r.minutes() : null, minutes ? r.correction() : null, names.getOrDefault(r.recordedBy(), "?"),
                r.recordedAt())).toList();
        Optional<Meetings.Row> next = next(row);
        return new MeetingOutcomeView(meetingId, MeetingStatus.valueOf(row.status()), minutes,
                shownRecords.isEmpty() ? null : shownRecords.get(0),
                shownRecords.size() > 1 ? shownRecords.subList(1, shownRecords.size()) : List.of(),
                decisions.stream().map(d -> new MeetingOutcomeView.Decision(d.id(), d.text(), d.measureId(),
                        d.measureNew(), names.getOrDefault(d.decidedBy(), "?"), d.decidedAt())).toList(),
                (basic == Ground.CLIENT_COORDINATOR || basic == Ground.OFFICE_MANAGER)
                        && MeetingStatus.valueOf(row.status()) != MeetingStatus.CANCELLED
                        && !LocalDateTime.of(row.startsOn(), row.startsAt()).isAfter(LocalDateTime.now(clock)),
                next.map(Meetings.Row::id).orElse(null), next.map(Meetings.Row::startsOn).orElse(null));
    }

    /** The client's first meeting still to come after this one. */
    private Optional<Meetings.Row> next(Meetings.Row row) {
        LocalDateTime after = LocalDateTime.of(row.startsOn(), row.startsAt());
        List<Meetings.Row> later = new ArrayList<>(meetings.ofClient(row.clientId()).stream()
                .filter(m -> MeetingStatus.valueOf(m.status()).open())
                .filter(m -> LocalDateTime.of(m.startsOn(), m.startsAt()).isAfter(after)).toList());
        later.sort(Comparator.comparing(Meetings.Row::startsOn).thenComparing(Meetings.Row::startsAt));
        return later.stream().findFirst();
    }
}
