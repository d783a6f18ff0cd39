package org.throughcare.meeting;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.throughcare.client.ClientQueries;
import org.throughcare.client.ClientView;
import org.throughcare.client.CustodyView;
import org.throughcare.directory.AgencyType;
import org.throughcare.directory.ContactManagement;
import org.throughcare.directory.ContactView;
import org.throughcare.directory.DirectoryManagement;
import org.throughcare.meeting.internal.MeetingHistory;
import org.throughcare.meeting.internal.Meetings;
import org.throughcare.shared.AccessGate;
import org.throughcare.shared.Actor;
import org.throughcare.shared.ClientId;
import org.throughcare.shared.InvalidInputException;
import org.throughcare.shared.InvalidInputException.Problem;
import org.throughcare.shared.NotFoundException;
import org.throughcare.shared.StaleEditException;

/**
 * Booking, moving and cancelling a client's meetings, for those who manage the case. A meeting starting before now
 * is marked as entered afterwards (an earlier system's or an evaluator's record). Nothing is deleted: a move or a
 * cancellation appends the time and place before to the meeting's history.
 */
@NamedInterface("api")
@Service
public class MeetingManagement {

    private final Meetings meetings;
    private final MeetingHistory history;
    private final MeetingPeople people;
    private final AccessGate gate;
    private final ClientQueries clients;
    private final DirectoryManagement directory;
    private final ContactManagement contacts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MeetingManagement(Meetings meetings, MeetingHistory history, MeetingPeople people, AccessGate gate, ClientQueries clients,
                      DirectoryManagement directory, ContactManagement contacts, ApplicationEventPublisher events,
                      Clock clock) {
        this.meetings = meetings;
        this.history = history;
        this.people = people;
        this.gate = gate;
        this.clients = clients;
        this.directory = directory;
        this.contacts = contacts;
        this.events = events;
        this.clock = clock;
    }

    /** The people and premises the booking form offers; only to those who may book. */
    @Transactional(readOnly = true)
    public MeetingChoices choices(ClientId client, Actor actor) {
        gate.requireChange(actor, client, "meeting form");
        ClientView details = clients.client(client, actor);
        List<MeetingPeople.Person> group = people.of(client, details.coordinatorId());
        Map<UUID, String> organisations = directory.names(group.stream().map(MeetingPeople.Person::organisationId)
                .toList());
        List<MeetingChoices.Choice> persons = group.stream().map(p -> new MeetingChoices.Choice(p.key(),
                p.name() + " (" + organisations.getOrDefault(p.organisationId(), "?") + ")")).toList();
        Map<UUID, String> places = new LinkedHashMap<>();
        directory.organisationsOfType(AgencyType.PRISON).forEach(o -> places.put(o.id(), o.name()));
        directory.unitsOfType(AgencyType.PROBATION).forEach(u -> places.put(u.id(), u.name()));
        group.forEach(p -> places.putIfAbsent(p.organisationId(), organisations.get(p.organisationId())));
        List<MeetingChoices.Choice> outside = contacts.allContacts().stream()
                .filter(c -> group.stream().noneMatch(p -> c.id().equals(p.contactId())))
                .map(c -> new MeetingChoices.Choice(c.id().toString(), c.fullName() + " (" + c.organisationName() + ")"))
                .toList();
        return new MeetingChoices(persons, places.entrySet().stream()
                .map(e -> new MeetingChoices.Choice(e.getKey().toString(), e.getValue())).toList(), outside);
    }

    @Transactional
    public UUID book(ClientId client, BookMeeting form, Actor actor) {
        gate.requireChange(actor, client, "book meeting");
        ClientView details = clients.client(client, actor);
        Checked checked = checked(client, details, form);
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        boolean afterwards = LocalDateTime.of(form.startsOn(), form.startsAt()).isBefore(LocalDateTime.now(clock));
        Meetings.Row row = new Meetings.Row(id, client.value(), form.startsOn(), form.startsAt(), form.durationMinutes(),
                form.placeKind().name(), checked.placeId(), blankToNull(form.room()), checked.videoLink(),
                blankToNull(form.agenda()), releaseOn(details.custody()), form.clientInvited(),
                MeetingStatus.PLANNED.name(), null, afterwards, 0);
        meetings.insert(row, checked.invitees(), actor.userId().value(), now);
        history.record(client, id, new Meetings.Change("BOOKED", null, null, null, null, null, null, null,
                actor.userId().value(), now));
        events.publishEvent(new MeetingBooked(client, id, form.startsOn(), users(checked.invitees()), actor.userId(), now));
        return id;
    }

    /**
     * Moves a meeting or changes what is on it. A new time or place marks it rescheduled and keeps the old ones
     * in its history; a held or cancelled meeting is not moved.
     */
    @Transactional
    public void reschedule(ClientId client, UUID meetingId, BookMeeting form, Actor actor) {
        gate.requireChange(actor, client, "reschedule meeting");
        Meetings.Row before = meetings.find(client.value(), meetingId).orElseThrow(() -> new NotFoundException("meeting"));
        if (form.version() == null || form.version() != before.version()) {
            throw new StaleEditException("meeting");
        }
        if (!MeetingStatus.valueOf(before.status()).open()) {
            throw new InvalidInputException("startsOn", "validation.meeting.notOpen");
        }
        ClientView details = clients.client(client, actor);
        Checked checked = checked(client, details, form);
        boolean moved = !before.startsOn().equals(form.startsOn()) || !before.startsAt().equals(form.startsAt())
                || before.durationMinutes() != form.durationMinutes()
                || !before.placeKind().equals(form.placeKind().name())
                || !Objects.equals(before.placeId(), checked.placeId())
                || !Objects.equals(before.room(), blankToNull(form.room()));
        Meetings.Row after = new Meetings.Row(meetingId, client.value(), form.startsOn(), form.startsAt(),
                form.durationMinutes(), form.placeKind().name(), checked.placeId(), blankToNull(form.room()),
                checked.videoLink(), blankToNull(form.agenda()),
                moved ? releaseOn(details.custody()) : before.releaseOn(), form.clientInvited(),
                moved ? MeetingStatus.RESCHEDULED.name() : before.status(), null, before.enteredAfterwards(),
                before.version());
        if (!meetings.update(after)) {
            throw new StaleEditException("meeting");
        }
        meetings.replaceInvitees(meetingId, checked.invitees());
        Instant now = clock.instant();
        history.record(client, meetingId, new Meetings.Change(moved ? "RESCHEDULED" : "CHANGED",
                moved ? before.startsOn() : null, moved ? before.startsAt() : null,
                moved ? before.durationMinutes() : null, moved ? before.placeKind() : null,
                moved ? before.placeId() : null, moved ? before.room() : null, null, actor.userId().value(), now));
        if (moved) {
            events.publishEvent(new MeetingRescheduled(client, meetingId, form.startsOn(), users(checked.invitees()), actor.userId(), now));
        }
    }

    @Transactional
    public void cancel(ClientId client, UUID meetingId, CancelMeeting form, Actor actor) {
        gate.requireChange(actor, client, "cancel meeting");
        Meetings.Row before = meetings.find(client.value(), meetingId).orElseThrow(() -> new NotFoundException("meeting"));
        if (form.version() != before.version()) {
            throw new StaleEditException("meeting");
        }
        if (!MeetingStatus.valueOf(before.status()).open()) {
            throw new InvalidInputException("reason", "validation.meeting.notOpen");
        }
        Meetings.Row after = new Meetings.Row(meetingId, client.value(), before.startsOn(), before.startsAt(),
                before.durationMinutes(), before.placeKind(), before.placeId(), before.room(), before.videoLink(),
                before.agenda(), before.releaseOn(), before.clientInvited(), MeetingStatus.CANCELLED.name(),
                form.reason().strip(), before.enteredAfterwards(), before.version());
        if (!meetings.update(after)) {
            throw new StaleEditException("meeting");
        }
        Instant now = clock.instant();
        history.record(client, meetingId, new Meetings.Change("CANCELLED", null, null, null, null, null, null,
                form.reason().strip(), actor.userId().value(), now));
        events.publishEvent(new MeetingCancelled(client, meetingId, before.startsOn(), users(meetings.invitees(meetingId)), actor.userId(),
                now));
    }

    /** The release date that counts for a meeting's phase: the day of release, else the early, else the conditional. */
    static LocalDate releaseOn(CustodyView custody) {
        if (custody == null) {
            return null;
        }
        if (custody.releasedOn() != null) {
            return custody.releasedOn();
        }
        return custody.earlyReleaseDate() != null ? custody.earlyReleaseDate() : custody.conditionalReleaseDate();
    }

    private record Checked(UUID placeId, String videoLink, List<Meetings.Invitee> invitees) {
    }

    /** Every rule of the form at once, so that each problem is shown at its field and nothing is half-saved. */
    private Checked checked(ClientId client, ClientView details, BookMeeting form) {
        List<Problem> problems = new ArrayList<>();
        clients.registeredOn(client).filter(form.startsOn()::isBefore).ifPresent(registered ->
                problems.add(new Problem("startsOn", "validation.meeting.beforeRegistration", registered)));
        UUID placeId = place(details, form, problems);
        String link = blankToNull(form.videoLink());
        if (form.placeKind() == PlaceKind.VIDEO) {
            if (link == null) {
                problems.add(new Problem("videoLink", "validation.meeting.videoLinkMissing"));
            } else if (!webAddress(link)) {
                problems.add(new Problem("videoLink", "validation.meeting.videoLinkInvalid"));
            }
        } else {
            link = null;
        }
        List<MeetingPeople.Person> group = people.of(client, details.coordinatorId());
        List<Meetings.Invitee> invitees = new ArrayList<>();
        for (String key : form.inviteeKeys().stream().distinct().toList()) {
            Optional<MeetingPeople.Person> person = MeetingPeople.byKey(group, key);
            if (person.isEmpty()) {
                problems.add(new Problem("invitees", "validation.meeting.inviteeNotInGroup"));
                break;
            }
            invitees.add(person.get().invitee());
        }
        if (form.outsideContactId() != null) {
            Optional<ContactView> contact = contact(form.outsideContactId());
            if (contact.isEmpty()) {
                problems.add(new Problem("outsideContactId", "validation.meeting.contactUnknown"));
            } else if (invitees.stream().noneMatch(i -> form.outsideContactId().equals(i.contactId()))) {
                invitees.add(new Meetings.Invitee(null, contact.get().id(), contact.get().fullName(),
                        contact.get().organisationId(), group.stream()
                        .noneMatch(p -> form.outsideContactId().equals(p.contactId()))));
            }
        }
        InvalidInputException.throwIfAny(problems);
        return new Checked(placeId, link, invitees);
    }

    /**
     * The premises: the one named, or the client's institution or probation office when left out. An institution
     * other than the client's is allowed (a meeting before a transfer) and shown with a warning.
     */
    private UUID place(ClientView details, BookMeeting form, List<Problem> problems) {
        if (!form.placeKind().onPremises()) {
            return null;
        }
        UUID placeId = form.placeId();
        if (placeId == null && form.placeKind() == PlaceKind.INSTITUTION && details.custody() != null) {
            placeId = details.custody().institutionId();
        }
        if (placeId == null && form.placeKind() == PlaceKind.PROBATION_OFFICE) {
            placeId = details.probationOfficeId();
        }
        if (placeId == null) {
            problems.add(new Problem("placeId", "validation.meeting.placeMissing"));
        } else if (!directory.names(List.of(placeId)).containsKey(placeId)) {
            problems.add(new Problem("placeId", "validation.meeting.placeUnknown"));
        }
        return placeId;
    }

    private Optional<ContactView> contact(UUID id) {
        try {
            return Optional.of(contacts.contact(id));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    private static boolean webAddress(String link) {
        try {
            URI uri = URI.create(link);
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static List<UUID> users(List<Meetings.Invitee> invitees) {
        return invitees.stream().map(Meetings.Invitee::userId).filter(Objects::nonNull).distinct().toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
