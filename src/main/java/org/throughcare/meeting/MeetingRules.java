package org.throughcare.meeting;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * The schedule the evidence asks for and the flags when a case falls short of it, as pure rules. The Swedish trial
 * worked best where meetings started about three months before release and there were four to five per client.
 */
public final class MeetingRules {

    /** A release within this many days with no meeting booked before it: the first meeting is late already. */
    public static final int FIRST_MEETING_HORIZON_DAYS = 100;
    /** A first meeting held closer to release than this came too late to plan the release. */
    public static final int FIRST_MEETING_LEAD_DAYS = 30;
    /** By this many days after release ... */
    public static final int FOLLOW_UP_DAYS = 90;
    /** ... at least this many meetings should have been held. */
    public static final int MEETINGS_BY_FOLLOW_UP = 4;

    public enum Flag { NO_FIRST_MEETING, FIRST_MEETING_LATE, FEWER_THAN_FOUR_MEETINGS, MEETING_NO_LONGER_FITS }

    /** A meeting as the rules see it: its day, status, the release date known when it was booked, and its place. */
    public record Meeting(UUID id, LocalDate day, MeetingStatus status, LocalDate releaseWhenBooked,
                          PlaceKind placeKind, UUID placeId) {
    }

    /** A proposed meeting: its offset from release, its day, and the meeting booked for it (null: unbooked). */
    public record Slot(int offsetDays, LocalDate day, UUID meetingId) {

        public boolean booked() {
            return meetingId != null;
        }
    }

    private MeetingRules() {
    }

    /**
     * The proposed meetings, {@code offsets} days from release, each marked with a meeting not cancelled that is
     * nearer to it than to any other proposed day (the earlier on a tie).
     */
    public static List<Slot> proposal(LocalDate release, List<Integer> offsets, List<Meeting> meetings) {
        List<Integer> sorted = offsets.stream().sorted().toList();
        UUID[] booked = new UUID[sorted.size()];
        for (Meeting m : meetings.stream().filter(m -> m.status() != MeetingStatus.CANCELLED)
                .sorted(java.util.Comparator.comparing(Meeting::day)).toList()) {
            int nearest = 0;
            for (int i = 1; i < sorted.size(); i++) {
                if (distance(release.plusDays(sorted.get(i)), m.day()) < distance(release.plusDays(sorted.get(nearest)),
                        m.day())) {
                    nearest = i;
                }
            }
            if (booked[nearest] == null) {
                booked[nearest] = m.id();
            }
        }
        List<Slot> slots = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            slots.add(new Slot(sorted.get(i), release.plusDays(sorted.get(i)), booked[i]));
        }
        return slots;
    }

    /**
     * The flags of a case on {@code today}, against the release date now known and the institution holding the
     * client now ({@code heldAt}; null when not held). No release date, no flags.
     */
    public static Set<Flag> flags(LocalDate today, LocalDate release, UUID heldAt, List<Meeting> meetings) {
        Set<Flag> flags = EnumSet.noneOf(Flag.class);
        if (release == null) {
            return flags;
        }
        long toRelease = ChronoUnit.DAYS.between(today, release);
        boolean bookedBefore = meetings.stream().anyMatch(m -> m.status() != MeetingStatus.CANCELLED
                && m.day().isBefore(release));
        if (toRelease >= 0 && toRelease <= FIRST_MEETING_HORIZON_DAYS && !bookedBefore) {
            flags.add(Flag.NO_FIRST_MEETING);
        }
        meetings.stream().filter(m -> m.status() == MeetingStatus.HELD && m.day().isBefore(release))
                .map(Meeting::day).min(LocalDate::compareTo)
                .filter(first -> ChronoUnit.DAYS.between(first, release) < FIRST_MEETING_LEAD_DAYS)
                .ifPresent(first -> flags.add(Flag.FIRST_MEETING_LATE));
        LocalDate followUp = release.plusDays(FOLLOW_UP_DAYS);
        long heldByFollowUp = meetings.stream().filter(m -> m.status() == MeetingStatus.HELD
                && !m.day().isAfter(followUp)).count();
        if (!today.isBefore(followUp) && heldByFollowUp < MEETINGS_BY_FOLLOW_UP) {
            flags.add(Flag.FEWER_THAN_FOUR_MEETINGS);
        }
        if (meetings.stream().anyMatch(m -> noLongerFits(m, today, release, heldAt))) {
            flags.add(Flag.MEETING_NO_LONGER_FITS);
        }
        return flags;
    }

    /**
     * A meeting still to come that was booked for one phase and now falls in the other (the release date moved), or
     * is at an institution in custody that no longer holds the client (with no release date known, any meeting at an
     * institution is in custody).
     */
    public static boolean noLongerFits(Meeting m, LocalDate today, LocalDate release, UUID heldAt) {
        if (!m.status().open() || m.day().isBefore(today)) {
            return false;
        }
        boolean phaseMoved = release != null
                && MeetingPhase.of(m.day(), m.releaseWhenBooked()) != MeetingPhase.of(m.day(), release);
        // With no release date known, a meeting at an institution is still one in custody.
        boolean wrongInstitution = m.placeKind() == PlaceKind.INSTITUTION
                && (release == null || m.day().isBefore(release)) && !Objects.equals(m.placeId(), heldAt);
        return phaseMoved || wrongInstitution;
    }

    private static long distance(LocalDate a, LocalDate b) {
        return Math.abs(ChronoUnit.DAYS.between(a, b));
    }
}
