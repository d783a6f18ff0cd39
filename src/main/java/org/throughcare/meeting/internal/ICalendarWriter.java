package org.throughcare.meeting.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Transp;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * Writes meetings as iCalendar (RFC 5545) text with ical4j: one meeting as an iTIP (RFC 5546) REQUEST or CANCEL for
 * one attendee, or a person's meetings as a subscription feed. The UID is the meeting's own id, so every message and
 * every feed speaks of the same event; DTSTART and DTEND are local times in the deployment's zone, which the
 * calendar carries as a VTIMEZONE. What goes in is already free of personal data (see {@code MeetingCalendar}).
 */
public final class ICalendarWriter {

    /** One meeting as a calendar shows it. {@code sequence}: how many times its time or place changed, or it was cancelled. */
    public record Entry(UUID meetingId, ZonedDateTime start, ZonedDateTime end, String summary, String location,
                        String description, URI url, int sequence, boolean cancelled) {
    }

    static final String PRODUCT = "-//Throughcare//Meetings 1.0//EN";

    private ICalendarWriter() {
    }

    /** The UID of a meeting in every calendar: stable across moves and cancellation. */
    public static String uid(UUID meetingId) {
        return meetingId + "@meetings.throughcare";
    }

    /** A REQUEST (booked or moved) or CANCEL (cancelled) for one attendee, from the organiser's address. */
    public static String invitation(Entry entry, URI organizer, URI attendee, ZoneId zone, Instant now) {
        Method method = entry.cancelled() ? ImmutableMethod.CANCEL : ImmutableMethod.REQUEST;
        Calendar calendar = calendar(zone, now).withProperty(method).getFluentTarget();
        VEvent event = event(entry, now);
        event.add(new Organizer(organizer));
        Attendee invited = new Attendee(attendee);
        invited.add(Role.REQ_PARTICIPANT);
        invited.add(PartStat.NEEDS_ACTION);
        // Replies would go to an address nobody reads: Throughcare records attendance itself.
        invited.add(Rsvp.FALSE);
        event.add(invited);
        calendar.add(event);
        return text(calendar);
    }

    /** A person's meetings for a calendar subscription: no METHOD (not an iTIP message), cancelled ones CANCELLED. */
    public static String feed(List<Entry> entries, String name, ZoneId zone, Instant now) {
        Calendar calendar = calendar(zone, now).withProperty(new XProperty("X-WR-CALNAME", name))
                .withProperty(new XProperty("X-WR-TIMEZONE", zone.getId())).getFluentTarget();
        entries.forEach(e -> calendar.add(event(e, now)));
        return text(calendar);
    }

    private static Calendar calendar(ZoneId zone, Instant now) {
        return new Calendar().withProperty(new ProdId(PRODUCT)).withProperty(ImmutableVersion.VERSION_2_0)
                .withProperty(ImmutableCalScale.GREGORIAN).withComponent(CalendarTimeZone.of(zone, now))
                .getFluentTarget();
    }

    private static VEvent event(Entry entry, Instant now) {
        VEvent event = new VEvent(false);
        event.add(new Uid(uid(entry.meetingId())));
        event.add(new DtStamp(now));
        event.add(new DtStart<>(entry.start()));
        event.add(new DtEnd<>(entry.end()));
        event.add(new Sequence(entry.sequence()));
        event.add(entry.cancelled() ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        event.add(new Summary(entry.summary()));
        event.add(new Location(entry.location()));
        event.add(new Description(entry.description()));
        event.add(new Url(entry.url()));
        Transp transparency = entry.cancelled() ? ImmutableTransp.TRANSPARENT : ImmutableTransp.OPAQUE;
        event.add(transparency);
        return event;
    }

    private static String text(Calendar calendar) {
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
