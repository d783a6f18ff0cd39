package org.throughcare.meeting;

import java.net.URI;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.throughcare.directory.DirectoryManagement;
import org.throughcare.meeting.internal.ICalendarWriter;
import org.throughcare.meeting.internal.Meetings;
import org.throughcare.shared.AccessGate;
import org.throughcare.shared.AccessGate.Action;
import org.throughcare.shared.Actor;
import org.throughcare.shared.ClientId;
import org.throughcare.shared.DataCategory;
import org.throughcare.shared.PublicAddress;

/**
 * Meetings as calendars show them: iTIP invitations for the e-mail of each invitee with an account, and the entries
 * of each user's calendar feed. Calendars are kept by mail providers and synchronised to telephones, outside our
 * access control, so an entry says only that there is a Throughcare meeting, when, and where by kind: the premises
 * are named for a custodial institution or a probation office (a prison's name alone, with no client, is not
 * personal data), never for another organisation (which agency is involved can tell a health or social fact); a
 * video link and the room are left out (free text a person types; whoever has a video link can join). The client, the agenda and
 * who else is invited stay behind the gate, on the meeting page the entry links to.
 */
@NamedInterface("api")
@Service
public class MeetingCalendar {

    private final Meetings meetings;
    private final AccessGate gate;
    private final DirectoryManagement directory;
    private final MessageSource messages;
    private final PublicAddress address;
    private final Clock clock;

    MeetingCalendar(Meetings meetings, AccessGate gate, DirectoryManagement directory, MessageSource messages,
                    PublicAddress address, Clock clock) {
        this.meetings = meetings;
        this.gate = gate;
        this.directory = directory;
        this.messages = messages;
        this.address = address;
        this.clock = clock;
    }

    /** The SEQUENCE a meeting has now: how many times its time or place changed, or it was cancelled. */
    @Transactional(readOnly = true)
    public int sequence(UUID meetingId) {
        return (int) meetings.changes(meetingId).stream()
                .filter(c -> "RESCHEDULED".equals(c.kind()) || "CANCELLED".equals(c.kind())).count();
    }

    /**
     * The invitation as the meeting stands now, for a user who is invited to it, sent from {@code organiser} to
     * {@code recipientAddress}; empty when the meeting is unknown or the user is not (any more) invited.
     */
    @Transactional(readOnly = true)
    public Optional<CalendarInvitation> invitation(UUID meetingId, UUID recipient, String recipientAddress,
                                                   String organiser, Locale language) {
        Optional<Meetings.Row> row = meetings.findById(meetingId);
        if (row.isEmpty() || meetings.invitees(meetingId).stream().noneMatch(i -> recipient.equals(i.userId()))) {
            return Optional.empty();
        }
        ICalendarWriter.Entry entry = entry(row.get(), sequence(meetingId), language);
        String calendar = ICalendarWriter.invitation(entry, URI.create("mailto:" + organiser),
                URI.create("mailto:" + recipientAddress), clock.getZone(), clock.instant());
        String when = entry.start().toLocalDate() + " " + entry.start().toLocalTime();
        String key = entry.cancelled() ? "calendar.mail.cancelled" : "calendar.mail.invited";
        return Optional.of(new CalendarInvitation(entry.cancelled() ? "CANCEL" : "REQUEST", entry.sequence(),
                calendar, messages.getMessage(key + ".subject", new Object[] {entry.summary(), when}, language),
                messages.getMessage(key + ".text", new Object[] {entry.summary(), when, entry.url()}, language)));
    }

    /**
     * The meetings a user is invited to, from {@code daysBack} days ago on, as a subscription feed: like their inbox,
     * only those of clients whose custody facts the gate lets them read now (a withdrawn consent takes the meetings
     * out at the next fetch); the clients listed are audited.
     */
    @Transactional(readOnly = true)
    public String feed(Actor owner, Locale language, int daysBack, int limit) {
        List<Meetings.Row> invited = meetings.invitedFrom(owner.userId().value(),
                clock.instant().atZone(clock.getZone()).toLocalDate().minusDays(daysBack), limit);
        Set<UUID> readable = invited.stream().map(Meetings.Row::clientId).distinct()
                .filter(c -> gate.may(owner, new ClientId(c), DataCategory.BASIC_AND_CUSTODY, Action.READ))
                .collect(Collectors.toSet());
        gate.listed(owner, readable.stream().map(ClientId::new).toList(), DataCategory.BASIC_AND_CUSTODY, "calendar feed");
        List<Meetings.Row> rows = invited.stream().filter(r -> readable.contains(r.clientId())).toList();
        Map<UUID, Integer> sequences = meetings.calendarSequences(rows.stream().map(Meetings.Row::id).toList());
        List<ICalendarWriter.Entry> entries = rows.stream()
                .map(r -> entry(r, sequences.getOrDefault(r.id(), 0), language)).toList();
        return ICalendarWriter.feed(entries, messages.getMessage("calendar.feed.name", null, language),
                clock.getZone(), clock.instant());
    }

    private ICalendarWriter.Entry entry(Meetings.Row row, int sequence, Locale language) {
        PlaceKind kind = PlaceKind.valueOf(row.placeKind());
        boolean named = kind == PlaceKind.INSTITUTION || kind == PlaceKind.PROBATION_OFFICE;
        String placeName = named && row.placeId() != null ? directory.names(List.of(row.placeId())).get(row.placeId())
                : null;
        String shortPlace = placeName != null ? placeName
                : messages.getMessage("calendar.short." + kind.name(), null, language);
        // The room is left out too: it is typed freely, and the meeting page shows it.
        String location = placeName != null ? placeName
                : messages.getMessage("calendar.place." + kind.name(), null, language);
        URI link = URI.create(address.link("/meetings/" + row.id()));
        ZonedDateTime start = row.startsOn().atTime(row.startsAt()).atZone(clock.getZone());
        return new ICalendarWriter.Entry(row.id(), start, start.plusMinutes(row.durationMinutes()),
                messages.getMessage("calendar.summary", new Object[] {shortPlace}, language), location,
                messages.getMessage("calendar.description", new Object[] {link}, language), link, sequence,
                MeetingStatus.CANCELLED.name().equals(row.status()));
    }
}
