package org.throughcare.meeting;

import org.springframework.modulith.NamedInterface;

/**
 * A meeting's iCalendar invitation for one invitee: {@code method} REQUEST or CANCEL, {@code sequence} its SEQUENCE,
 * {@code calendar} the text/calendar body; {@code subject} and {@code text} for the e-mail around it. None of it
 * names the client or says what the meeting is about.
 */
@NamedInterface("api")
public record CalendarInvitation(String method, int sequence, String calendar, String subject, String text) {
}
