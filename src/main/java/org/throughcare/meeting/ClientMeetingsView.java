package org.throughcare.meeting;

import java.util.List;

/** A client's meetings: those to come, soonest first, and those past or cancelled, latest first. */
public record ClientMeetingsView(List<MeetingLineView> upcoming, List<MeetingLineView> past, boolean mayBook) {
}
