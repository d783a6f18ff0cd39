package org.throughcare.meeting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.throughcare.meeting.internal.MeetingHistory;
import org.throughcare.meeting.internal.MeetingRecords;
import org.throughcare.meeting.internal.Meetings;
import org.throughcare.plan.DecidedAtMeeting;
import org.throughcare.plan.PlanManagement;
import org.throughcare.shared.AccessGate;
import org.throughcare.shared.Actor;
import org.throughcare.shared.ClientId;
import org.throughcare.shared.InvalidInputException;
import org.throughcare.shared.InvalidInputException.Problem;
import org.throughcare.shared.NotFoundException;
import org.throughcare.shared.StaleEditException;

/**
 * Holding a meeting, for those who manage the case: who attended, whether the client did, the minutes, and the
 * decisions, which may create or change plan measures through the plan module. A held meeting is corrected by a new
 * revision with its reason; the earlier revisions stay. Historic meetings (an earlier system's, an evaluator's) are
 * booked with their past date and recorded at once, marked as entered afterwards.
 */
@NamedInterface("api")
@Service
public class MeetingHolding {

    private final Meetings meetings;
    private final MeetingRecords records;
    private final MeetingHistory history;
    private final MeetingManagement management;
    private final PlanManagement plan;
    private final AccessGate gate;
    private final Clock clock;

    MeetingHolding(Meetings meetings, MeetingRecords records, MeetingHistory history, MeetingManagement management,
                   PlanManagement plan, AccessGate gate, Clock clock) {
        this.meetings = meetings;
        this.records = records;
        this.history = history;
        this.management = management;
        this.plan = plan;
        this.gate = gate;
        this.clock = clock;
    }

    /** Refuses, with the true reason, unless the actor may record what happens at this client's meetings. */
    public void requireRecording(ClientId client, Actor actor) {
        gate.requireChange(actor, client, "meeting record form");
    }

    /** Records the meeting as held, or corrects what was recorded (then {@code form.correction()} says why). */
    @Transactional
    public void hold(ClientId client, UUID meetingId, HoldMeeting form, Actor actor) {
        gate.requireChange(actor, client, "hold meeting");
        Meetings.Row before = meetings.find(client.value(), meetingId).orElseThrow(() -> new NotFoundException("meeting"));
        if (form.version() == null || form.version() != before.version()) {
            throw new StaleEditException("meeting");
        }
        MeetingStatus status = MeetingStatus.valueOf(before.status());
        boolean correcting = status == MeetingStatus.HELD;
        List<Problem> problems = new ArrayList<>();
        if (status == MeetingStatus.CANCELLED) {
            problems.add(new Problem("clientAttended", "validation.meeting.cancelledNotHeld"));
        } else if (LocalDateTime.of(before.startsOn(), before.startsAt()).isAfter(LocalDateTime.now(clock))) {
            problems.add(new Problem("attendance", "validation.meeting.notYetHeld"));
        }
        String correction = blankToNull(form.correction());
        if (correcting && correction == null) {
            problems.add(new Problem("correction", "validation.meeting.correctionReason"));
        }
        List<MeetingRecords.Attendance> attendance = attendance(meetings.invitees(meetingId), form, problems);
        InvalidInputException.throwIfAny(problems);

        Meetings.Row held = new Meetings.Row(before.id(), before.clientId(), before.startsOn(), before.startsAt(),
                before.durationMinutes(), before.placeKind(), before.placeId(), before.room(), before.videoLink(),
                before.agenda(), before.releaseOn(), before.clientInvited(), MeetingStatus.HELD.name(), null,
                before.enteredAfterwards(), before.version());
        if (!meetings.update(held)) {
            throw new StaleEditException("meeting");
        }
        Instant now = clock.instant();
        int revision = records.records(meetingId).stream().mapToInt(MeetingRecords.Record::revision).max().orElse(0) + 1;
        records.append(new MeetingRecords.Record(UUID.randomUUID(), meetingId, revision, form.clientAttended(),
                blankToNull(form.minutes()), correcting ? correction : null, actor.userId().value(), now), attendance);
        history.record(client, meetingId, new Meetings.Change(correcting ? "CORRECTED" : "HELD", null, null, null, null,
                null, null, correcting ? correction : null, actor.userId().value(), now));
    }

    /**
     * A meeting that took place before it was entered: booked with its past date (and so marked as entered
     * afterwards) and recorded as held in one go; a problem with either leaves nothing saved.
     */
    @Transactional
    public UUID enterAfterwards(ClientId client, EnterMeetingAfterwards entry, Actor actor) {
        BookMeeting meeting = entry.meeting();
        if (meeting.startsOn() != null && meeting.startsAt() != null
                && !LocalDateTime.of(meeting.startsOn(), meeting.startsAt()).isBefore(LocalDateTime.now(clock))) {
            throw new InvalidInputException("startsOn", "validation.meeting.historicInFuture");
        }
        UUID id = management.book(client, meeting, actor);
        hold(client, id, entry.record(), actor);
        return id;
    }

    /** Adds a decision to a held meeting; with a measure, creates or changes it in the plan in the same transaction. */
    @Transactional
    public UUID decide(ClientId client, UUID meetingId, RecordDecision form, Actor actor) {
        gate.requireChange(actor, client, "record meeting decision");
        Meetings.Row meeting = meetings.find(client.value(), meetingId)
                .orElseThrow(() -> new NotFoundException("meeting"));
        records.lockForDecision(meetingId);
        if (MeetingStatus.valueOf(meeting.status()) != MeetingStatus.HELD) {
            throw new InvalidInputException("text", "validation.meeting.decisionBeforeHeld");
        }
        UUID measure = form.measureId();
        boolean created = false;
        if (form.measure() != null) {
            DecidedAtMeeting decided = new DecidedAtMeeting(meetingId, meeting.startsOn());
            if (measure == null) {
                measure = plan.addMeasure(client, form.measure(), decided, actor);
                created = true;
            } else {
                plan.editMeasure(client, measure, form.measure(), decided, actor);
            }
        } else if (measure != null) {
            throw new InvalidInputException("measureId", "validation.meeting.decisionMeasureMissing");
        }
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        records.addDecision(new MeetingRecords.Decision(id, meetingId, 0, form.text().strip(), measure, created,
                actor.userId().value(), now));
        history.record(client, meetingId, new Meetings.Change("DECIDED", null, null, null, null, null, null, null,
                actor.userId().value(), now));
        return id;
    }

    /** Each entry against the meeting's invitees (by key), every problem at the attendance field. */
    private static List<MeetingRecords.Attendance> attendance(List<Meetings.Invitee> invitees, HoldMeeting form,
                                                            List<Problem> problems) {
        List<MeetingRecords.Attendance> recorded = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        for (HoldMeeting.Entry entry : form.entries()) {
            int position = position(invitees, entry.invitee());
            if (position < 0) {
                problems.add(new Problem("attendance", "validation.meeting.attendeeNotInvited"));
                return List.of();
            }
            if (!seen.add(position)) {
                problems.add(new Problem("attendance", "validation.meeting.attendeeTwice"));
                return List.of();
            }
            if (entry.attendance() == Attendance.ABSENT && entry.absenceReason() == null) {
                problems.add(new Problem("attendance", "validation.meeting.absenceReasonMissing"));
                return List.of();
            }
            recorded.add(new MeetingRecords.Attendance(position, entry.attendance().name(),
                    entry.attendance() == Attendance.ABSENT ? entry.absenceReason().name() : null));
        }
        return recorded;
    }

    private static int position(List<Meetings.Invitee> invitees, String key) {
        for (int i = 0; i < invitees.size(); i++) {
            if (InviteeView.key(invitees.get(i).userId(), invitees.get(i).contactId()).equals(key)) {
                return i;
            }
        }
        return -1;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
