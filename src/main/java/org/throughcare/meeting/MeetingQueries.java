package org.throughcare.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.throughcare.client.ClientQueries;
import org.throughcare.client.ClientAccessFacts;
import org.throughcare.client.CustodyView;
import org.throughcare.directory.DirectoryManagement;
import org.throughcare.group.GroupManagement;
import org.throughcare.group.WithheldAgencies;
import org.throughcare.identity.IdentityManagement;
import org.throughcare.meeting.internal.MeetingSettings;
import org.throughcare.meeting.internal.Meetings;
import org.throughcare.shared.AccessGate;
import org.throughcare.shared.AccessGate.Action;
import org.throughcare.shared.AccessGate.Ground;
import org.throughcare.shared.AccessRefusedException;
import org.throughcare.shared.Actor;
import org.throughcare.shared.ClientId;
import org.throughcare.shared.DataCategory;
import org.throughcare.shared.NotFoundException;

/** A client's meetings and one meeting, as the gate lets the reader see them (see package-info); "my meetings". */
@NamedInterface("api")
@Service
public class MeetingQueries {

    static final String OTHER_AGENCY = "meeting.otherAgency";
    static final int MY_MEETINGS_LIMIT = 200;

    private final Meetings meetings;
    private final MeetingSettings settings;
    private final AccessGate gate;
    private final ClientQueries clients;
    private final ClientAccessFacts accessFacts;
    private final GroupManagement groups;
    private final DirectoryManagement directory;
    private final IdentityManagement identity;
    private final MessageSource messages;
    private final Clock clock;

    MeetingQueries(Meetings meetings, MeetingSettings settings, AccessGate gate, ClientQueries clients, ClientAccessFacts accessFacts,
                   GroupManagement groups,
                   DirectoryManagement directory, IdentityManagement identity, MessageSource messages, Clock clock) {
        this.meetings = meetings;
        this.settings = settings;
        this.gate = gate;
        this.clients = clients;
        this.accessFacts = accessFacts;
        this.groups = groups;
        this.directory = directory;
        this.identity = identity;
        this.messages = messages;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public ClientMeetingsView meetings(ClientId client, Actor actor) {
        Ground ground = gate.check(actor, client, DataCategory.BASIC_AND_CUSTODY, Action.READ, "client meetings");
        if (!ground.allows()) {
            throw new AccessRefusedException(ground);
        }
        List<Meetings.Row> rows = meetings.ofClient(client.value());
        Map<UUID, String> places = directory.names(rows.stream().map(Meetings.Row::placeId).filter(p -> p != null)
                .toList());
        LocalDateTime now = LocalDateTime.now(clock);
        List<MeetingLineView> upcoming = new ArrayList<>();
        List<MeetingLineView> past = new ArrayList<>();
        for (Meetings.Row row : rows) {
            MeetingLineView line = line(row, null, places);
            boolean toCome = MeetingStatus.valueOf(row.status()).open()
                    && !LocalDateTime.of(row.startsOn(), row.startsAt()).isBefore(now);
            (toCome ? upcoming : past).add(line);
        }
        past.sort(Comparator.comparing(MeetingLineView::startsOn).thenComparing(MeetingLineView::startsAt).reversed());
        return new ClientMeetingsView(upcoming, past,
                gate.may(actor, client, DataCategory.BASIC_AND_CUSTODY, Action.WRITE));
    }

    /** The proposed schedule with what is booked, and the flags: for those who may see the custody facts. */
    @Transactional(readOnly = true)
    public MeetingSchedule schedule(ClientId client, Actor actor) {
        CustodyView custody = clients.client(client, actor).custody();
        LocalDate today = LocalDate.now(clock);
        if (custody == null || custody.conditionalReleaseDate() == null) {
            return new MeetingSchedule(null, List.of(), List.of());
        }
        List<MeetingRules.Meeting> of = forRules(meetings.ofClient(client.value()));
        LocalDate release = MeetingManagement.releaseOn(custody);
        UUID heldAt = custody.releasedOn() != null ? null : custody.institutionId();
        return new MeetingSchedule(release,
                MeetingRules.proposal(custody.conditionalReleaseDate(), settings.scheduleOffsets(), of),
                MeetingRules.flags(today, release, heldAt, of).stream().map(Enum::name).toList());
    }

    static List<MeetingRules.Meeting> forRules(List<Meetings.Row> rows) {
        return rows.stream().map(r -> new MeetingRules.Meeting(r.id(), r.startsOn(), MeetingStatus.valueOf(r.status()),
                r.releaseOn(), PlaceKind.valueOf(r.placeKind()), r.placeId())).toList();
    }

    /** A meeting found by its id alone (the link in a calendar entry names no client), as {@link #meeting} shows it. */
    @Transactional(readOnly = true)
    public MeetingView meeting(UUID meetingId, Actor actor) {
        Meetings.Row row = meetings.findById(meetingId).orElseThrow(() -> new NotFoundException("meeting"));
        return meeting(new ClientId(row.clientId()), meetingId, actor);
    }

    @Transactional(readOnly = true)
    public MeetingView meeting(ClientId client, UUID meetingId, Actor actor) {
        Meetings.Row row = meetings.find(client.value(), meetingId).orElseThrow(() -> new NotFoundException("meeting"));
        Map<DataCategory, Ground> grounds = gate.checkEach(actor, client, EnumSet.of(DataCategory.BASIC_AND_CUSTODY,
                DataCategory.MEETING_MINUTES, DataCategory.HEALTH_AND_SUBSTANCE_USE), Action.READ, "meeting");
        Ground basic = grounds.get(DataCategory.BASIC_AND_CUSTODY);
        if (!basic.allows()) {
            throw new AccessRefusedException(basic);
        }
        boolean minutes = grounds.get(DataCategory.MEETING_MINUTES).allows();
        List<Meetings.Invitee> invitees = meetings.invitees(meetingId);
        List<Meetings.Change> changes = meetings.changes(meetingId);
        Set<UUID> placeIds = new HashSet<>();
        if (row.placeId() != null) {
            placeIds.add(row.placeId());
        }
        changes.stream().map(Meetings.Change::oldPlaceId).filter(p -> p != null).forEach(placeIds::add);
        Map<UUID, String> places = directory.names(placeIds);
        Set<UUID> organisations = new HashSet<>();
        invitees.forEach(i -> organisations.add(i.organisationId()));
        Map<UUID, String> organisationNames = directory.names(organisations);
        List<InviteeView> shown = invitees(client, invitees, organisationNames,
                grounds.get(DataCategory.HEALTH_AND_SUBSTANCE_USE).allows(), actor);
        Map<UUID, String> people = identity.displayNames(changes.stream().map(Meetings.Change::changedBy).toList());
        List<MeetingChangeView> history = changes.stream().map(c -> new MeetingChangeView(c.kind(), c.oldStartsOn(),
                c.oldStartsAt(), c.oldDurationMinutes(), c.oldPlaceKind() == null ? null : PlaceKind.valueOf(c.oldPlaceKind()),
                c.oldPlaceId() == null ? null : places.get(c.oldPlaceId()), c.oldRoom(), minutes ? c.reason() : null,
                people.getOrDefault(c.changedBy(), "?"), c.changedAt())).toList();
        return new MeetingView(row.id(), row.clientId(), row.version(), row.startsOn(), row.startsAt(),
                row.durationMinutes(), PlaceKind.valueOf(row.placeKind()), row.placeId(),
                row.placeId() == null ? null : places.get(row.placeId()), row.room(), row.videoLink(),
                MeetingPhase.of(row.startsOn(), row.releaseOn()), MeetingStatus.valueOf(row.status()),
                row.clientInvited(), shown, minutes ? row.agenda() : null, minutes ? row.cancelReason() : null,
                row.enteredAfterwards(), minutes, warnings(client, row, actor), history,
                basic == Ground.CLIENT_COORDINATOR || basic == Ground.OFFICE_MANAGER);
    }

    /**
     * Invitees as the group shows its members to this reader: a member the roster leaves out for them (an agency of
     * health or addiction care, a treatment role) and a contact from outside the group at such an agency are shown by
     * a neutral label, without ids. Their own organisation's people they always see.
     */
    List<InviteeView> invitees(ClientId client, List<Meetings.Invitee> invitees,
                                       Map<UUID, String> organisationNames, boolean readsHealth, Actor actor) {
        if (invitees.isEmpty()) {
            return List.of();
        }
        Set<String> members = new HashSet<>();
        groups.roster(client, actor).everyone().forEach(m -> members.add(InviteeView.key(m.userId(), m.contactId())));
        WithheldAgencies withheld = groups.withheldAgencies(client, organisationNames.keySet(), readsHealth);
        UUID mine = actor.organisationId() == null ? null : actor.organisationId().value();
        String label = messages.getMessage(OTHER_AGENCY, null, OTHER_AGENCY, LocaleContextHolder.getLocale());
        return invitees.stream().map(i -> {
            boolean named = i.organisationId().equals(mine) || (i.outsideGroup()
                    ? !withheld.organisations().contains(i.organisationId())
                    : members.contains(InviteeView.key(i.userId(), i.contactId())) || coordinator(client, i));
            return named ? new InviteeView(i.userId(), i.contactId(), i.personName(), i.organisationId(),
                    organisationNames.get(i.organisationId()), i.outsideGroup())
                    : new InviteeView(null, null, label, null, label, i.outsideGroup());
        }).toList();
    }

    /** The coordinator is not on the roster of members, and every reader of the case may know who they are. */
    private boolean coordinator(ClientId client, Meetings.Invitee invitee) {
        return invitee.userId() != null && accessFacts.of(client).map(f -> invitee.userId().equals(f.coordinatorId())).orElse(false);
    }

    /** The meetings this user is invited to from today, soonest first; clients named only where the gate allows. */
    @Transactional(readOnly = true)
    public List<MeetingLineView> mine(Actor actor) {
        return lines(meetings.invitedFrom(actor.userId().value(), LocalDate.now(clock), MY_MEETINGS_LIMIT), actor);
    }

    /** Lines of a list of meetings, each client named only where the gate allows (audited as "my meetings"). */
    List<MeetingLineView> lines(List<Meetings.Row> rows, Actor actor) {
        List<UUID> ids = rows.stream().map(Meetings.Row::clientId).distinct().toList();
        Map<UUID, String> names = new HashMap<>(clients.namesThroughGroup(ids, actor, "my meetings"));
        // Their own clients, their office's or their institution's are not "through the group": asked one by one.
        ids.stream().filter(id -> !names.containsKey(id))
                .filter(id -> gate.may(actor, new ClientId(id), DataCategory.BASIC_AND_CUSTODY, Action.READ))
                .forEach(id -> names.put(id, clients.client(new ClientId(id), actor).fullName()));
        Map<UUID, String> places = directory.names(rows.stream().map(Meetings.Row::placeId).filter(p -> p != null)
                .toList());
        return rows.stream().map(r -> line(r, names.get(r.clientId()), places)).toList();
    }

    /**
     * An open meeting at an institution other than the one holding the client: allowed (a meeting before a
     * transfer) but shown, so that nobody travels to a prison the client has left.
     */
    private List<String> warnings(ClientId client, Meetings.Row row, Actor actor) {
        if (!PlaceKind.INSTITUTION.name().equals(row.placeKind()) || !MeetingStatus.valueOf(row.status()).open()) {
            return List.of();
        }
        CustodyView custody = clients.client(client, actor).custody();
        UUID held = custody == null || custody.releasedOn() != null ? null : custody.institutionId();
        return row.placeId().equals(held) ? List.of() : List.of("meeting.warning.otherInstitution");
    }

    private static MeetingLineView line(Meetings.Row row, String clientName, Map<UUID, String> places) {
        return new MeetingLineView(row.id(), row.clientId(), clientName, row.startsOn(), row.startsAt(),
                row.durationMinutes(), PlaceKind.valueOf(row.placeKind()),
                row.placeId() == null ? null : places.get(row.placeId()), MeetingPhase.of(row.startsOn(), row.releaseOn()),
                MeetingStatus.valueOf(row.status()));
    }
}
