package org.throughcare.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DtStart;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.throughcare.IntegrationTest;
import org.throughcare.client.ClientManagement;
import org.throughcare.group.ConsentManagement;
import org.throughcare.group.GroupManagement;
import org.throughcare.plan.PlanFixtures;
import org.throughcare.shared.ClientId;

/**
 * A meeting's invitations parsed back by ical4j, field by field, through its life: booked (REQUEST, SEQUENCE 0),
 * its agenda changed (nothing a calendar shows changed: SEQUENCE stays), moved (REQUEST, SEQUENCE 1, same UID, the
 * new time in the deployment's zone), cancelled (CANCEL, STATUS:CANCELLED, SEQUENCE 2, same UID); none of them naming
 * the client, their id number, the agenda, the room or the reason.
 */
@IntegrationTest
class MeetingCalendarTests {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    private static final String AGENDA = "Housing after release and the debt to Kronofogden";
    private static final String ROOM = "Visiting room Lind";

    @Autowired
    JdbcClient jdbc;
    @Autowired
    ClientManagement clients;
    @Autowired
    GroupManagement groups;
    @Autowired
    ConsentManagement consents;
    @Autowired
    MeetingManagement management;
    @Autowired
    MeetingCalendar calendar;

    PlanFixtures fixtures;
    ClientId client;
    String clientName;
    UUID partner;

    @BeforeEach
    void aClientInCustodyWithThePartnerInTheGroup() {
        fixtures = new PlanFixtures(jdbc, clients, groups, consents);
        clientName = "Calendar Client " + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        client = fixtures.clientInCustody(clientName, 120);
        fixtures.join(client, "partner");
        partner = fixtures.actor("partner").userId().value();
    }

    @Test
    void anInvitationKeepsItsUidRaisesItsSequenceOnEachMoveAndEndsInACancel() throws Exception {
        // Independent of each other: a winter day (UTC+1) and a summer day (UTC+2) in Stockholm.
        LocalDate winter = nextYear(Month.JANUARY, 14);
        LocalDate summer = nextYear(Month.JULY, 8);
        UUID meeting = management.book(client, form(winter, LocalTime.of(10, 30), 90, null), fixtures.actor("coordinator"));

        Calendar booked = invitation(meeting);
        assertThat(booked.getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("REQUEST");
        VEvent first = event(booked);
        assertThat(value(first, Property.UID)).isEqualTo(meeting + "@meetings.throughcare");
        assertThat(value(first, Property.SEQUENCE)).isEqualTo("0");
        assertThat(value(first, Property.STATUS)).isEqualTo("CONFIRMED");
        assertThat(value(first, Property.SUMMARY)).isEqualTo("Throughcare meeting · Anstalten Umeå");
        assertThat(value(first, Property.LOCATION)).isEqualTo("Anstalten Umeå");
        assertThat(value(first, Property.ORGANIZER)).isEqualTo("mailto:throughcare@localhost");
        assertThat(value(first, Property.ATTENDEE)).isEqualTo("mailto:partner@example.org");
        assertThat(value(first, Property.URL)).endsWith("/meetings/" + meeting);
        assertStartsAt(booked, first, winter.atTime(10, 30), "+01:00");
        assertThat(first.getEndDate().orElseThrow().getDate().toString()).contains("12:00");

        long version = 0;
        management.reschedule(client, meeting, form(winter, LocalTime.of(10, 30), 90, version++, "A new agenda item"),
                fixtures.actor("coordinator"));
        VEvent unmoved = event(invitation(meeting));
        assertThat(value(unmoved, Property.SEQUENCE)).as("only the agenda changed").isEqualTo("0");

        management.reschedule(client, meeting, form(summer, LocalTime.of(13, 0), 60, version++, AGENDA),
                fixtures.actor("coordinator"));
        Calendar moved = invitation(meeting);
        VEvent second = event(moved);
        assertThat(moved.getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("REQUEST");
        assertThat(value(second, Property.UID)).isEqualTo(meeting + "@meetings.throughcare");
        assertThat(value(second, Property.SEQUENCE)).isEqualTo("1");
        assertStartsAt(moved, second, summer.atTime(13, 0), "+02:00");

        management.cancel(client, meeting, new CancelMeeting("The client was moved to Kumla", version),
                fixtures.actor("coordinator"));
        String cancelText = calendar.invitation(meeting, partner, "partner@example.org", "throughcare@localhost",
                Locale.ENGLISH).orElseThrow().calendar();
        Calendar cancelled = parse(cancelText);
        VEvent third = event(cancelled);
        assertThat(cancelled.getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("CANCEL");
        assertThat(value(third, Property.STATUS)).isEqualTo("CANCELLED");
        assertThat(value(third, Property.UID)).isEqualTo(meeting + "@meetings.throughcare");
        assertThat(value(third, Property.SEQUENCE)).isEqualTo("2");

        String idNumber = jdbc.sql("select id_number from client where id = :id").param("id", client.value())
                .query(String.class).single();
        for (String text : List.of(booked.toString(), moved.toString(), cancelText)) {
            assertThat(text).doesNotContain(clientName).doesNotContain(idNumber)
                    .doesNotContain(idNumber.replace("-", "")).doesNotContain(AGENDA).doesNotContain("agenda item")
                    .doesNotContain(ROOM).doesNotContain("Kumla").doesNotContain(client.toString());
        }
    }

    @Test
    void aVideoMeetingLeavesItsLinkOutAndOnlyInviteesGetAnInvitation() throws Exception {
        BookMeeting video = new BookMeeting(LocalDate.now().plusDays(20), LocalTime.of(9, 0), 45, PlaceKind.VIDEO, null,
                null, "https://video.example.org/room-" + clientName.replace(' ', '-'), AGENDA, true,
                List.of("user:" + partner), null, null);
        UUID meeting = management.book(client, video, fixtures.actor("coordinator"));
        String text = calendar.invitation(meeting, partner, "partner@example.org", "throughcare@localhost",
                Locale.forLanguageTag("sv")).orElseThrow().calendar();
        VEvent event = event(parse(text));
        assertThat(value(event, Property.SUMMARY)).isEqualTo("Throughcare-möte · video");
        assertThat(text).doesNotContain("video.example.org").doesNotContain(clientName.replace(' ', '-'));

        UUID someoneElse = fixtures.actor("employment").userId().value();
        assertThat(calendar.invitation(meeting, someoneElse, "employment@example.org", "throughcare@localhost",
                Locale.ENGLISH)).as("not invited: no invitation").isEmpty();
    }

    @Test
    void theTimeZoneIsStatedUnderTheDeploymentsOwnNameWithItsSummerTimeRules() throws Exception {
        UUID meeting = management.book(client, form(LocalDate.now().plusDays(10), LocalTime.of(8, 0), 30, null),
                fixtures.actor("coordinator"));
        Calendar parsed = invitation(meeting);
        VTimeZone zone = parsed.getComponent("VTIMEZONE").map(VTimeZone.class::cast).orElseThrow();
        assertThat(zone.getProperty(Property.TZID).orElseThrow().getValue()).isEqualTo("Europe/Stockholm");
        String text = zone.toString();
        assertThat(text).contains("BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200",
                "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU");
    }

    private BookMeeting form(LocalDate on, LocalTime at, int minutes, Long version) {
        return form(on, at, minutes, version, AGENDA);
    }

    private BookMeeting form(LocalDate on, LocalTime at, int minutes, Long version, String agenda) {
        return new BookMeeting(on, at, minutes, PlaceKind.INSTITUTION, null, ROOM, null, agenda, true,
                List.of("user:" + partner), null, version);
    }

    private Calendar invitation(UUID meeting) throws Exception {
        return parse(calendar.invitation(meeting, partner, "partner@example.org", "throughcare@localhost",
                Locale.ENGLISH).orElseThrow().calendar());
    }

    private static Calendar parse(String text) throws Exception {
        return new CalendarBuilder().build(new StringReader(text));
    }

    private static VEvent event(Calendar calendar) {
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).hasSize(1);
        return events.get(0);
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).orElseThrow().getValue();
    }

    /** DTSTART names the deployment's zone, holds the local time booked, and is the right instant. */
    private static void assertStartsAt(Calendar calendar, VEvent event, LocalDateTime local, String offset) {
        DtStart<Temporal> start = event.getDateTimeStart();
        assertThat(start.getParameter("TZID").orElseThrow().getValue()).isEqualTo("Europe/Stockholm");
        ZonedDateTime parsed = (ZonedDateTime) start.getDate();
        assertThat(parsed.toLocalDateTime()).isEqualTo(local);
        assertThat(parsed.getOffset().getId()).isEqualTo(offset);
        assertThat(parsed.toInstant()).isEqualTo(local.atZone(STOCKHOLM).toInstant());
        assertThat(calendar.getComponents("VTIMEZONE")).hasSize(1);
    }

    private static LocalDate nextYear(Month month, int day) {
        return LocalDate.now().plusYears(1).withMonth(month.getValue()).withDayOfMonth(day)
                .with(TemporalAdjusters.nextOrSame(java.time.DayOfWeek.TUESDAY));
    }
}
