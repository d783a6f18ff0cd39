package org.throughcare.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.throughcare.meeting.MeetingRules.Flag;

/**
 * The schedule and the flags against the words, restated here in day numbers: every combination of
 * absent, booked, held and cancelled meetings at days around release that sit on the rules' edges, seen on days
 * around release that sit on them too.
 */
class MeetingRulesTests {

    private static final LocalDate RELEASE = LocalDate.of(2027, 3, 15);
    /** Days from release where a meeting may be: either side of the 30-day lead and the 90-day follow-up. */
    private static final int[] POSITIONS = {-95, -30, -29, -1, 30, 90, 91};
    /** Days from release the case is looked at: either side of the 100-day horizon, release, the follow-up. */
    private static final int[] TODAYS = {-101, -100, -50, 0, 1, 89, 90, 120};
    private static final MeetingStatus[] STATUSES = {null, MeetingStatus.PLANNED, MeetingStatus.HELD,
            MeetingStatus.CANCELLED};

    /**
     * The flags in day numbers (t: today, r: release): no first meeting booked and release within 100 days;
     * the first meeting held less than 30 days before release; fewer than 4 held by 90 days after release.
     */
    private static Set<Flag> statedFlags(int t, int r, int[] days, MeetingStatus[] statuses) {
        Set<Flag> flags = EnumSet.noneOf(Flag.class);
        boolean anyBefore = false;
        int firstHeld = Integer.MAX_VALUE;
        int heldByFollowUp = 0;
        for (int i = 0; i < days.length; i++) {
            if (statuses[i] == null) {
                continue;
            }
            if (statuses[i] != MeetingStatus.CANCELLED && days[i] < r) {
                anyBefore = true;
            }
            if (statuses[i] == MeetingStatus.HELD && days[i] < r) {
                firstHeld = Math.min(firstHeld, days[i]);
            }
            if (statuses[i] == MeetingStatus.HELD && days[i] <= r + 90) {
                heldByFollowUp++;
            }
        }
        if (r - t >= 0 && r - t <= 100 && !anyBefore) {
            flags.add(Flag.NO_FIRST_MEETING);
        }
        if (firstHeld != Integer.MAX_VALUE && r - firstHeld < 30) {
            flags.add(Flag.FIRST_MEETING_LATE);
        }
        if (t >= r + 90 && heldByFollowUp < 4) {
            flags.add(Flag.FEWER_THAN_FOUR_MEETINGS);
        }
        return flags;
    }

    @Test
    void everyCombinationOfBookedHeldAndCancelledMeetingsIsFlaggedAsTheRulesSay() {
        int combinations = (int) Math.pow(STATUSES.length, POSITIONS.length);
        int checked = 0;
        EnumSet<Flag> seen = EnumSet.noneOf(Flag.class);
        for (int c = 0; c < combinations; c++) {
            MeetingStatus[] statuses = new MeetingStatus[POSITIONS.length];
            List<MeetingRules.Meeting> meetings = new ArrayList<>();
            for (int i = 0, rest = c; i < POSITIONS.length; i++, rest /= STATUSES.length) {
                statuses[i] = STATUSES[rest % STATUSES.length];
                if (statuses[i] != null) {
                    // Booked against the same release date, by phone: nothing here no longer fits.
                    meetings.add(new MeetingRules.Meeting(UUID.randomUUID(), RELEASE.plusDays(POSITIONS[i]),
                            statuses[i], RELEASE, PlaceKind.PHONE, null));
                }
            }
            for (int today : TODAYS) {
                Set<Flag> flags = MeetingRules.flags(RELEASE.plusDays(today), RELEASE, null, meetings);
                assertThat(flags).as("meetings %s on day %d", java.util.Arrays.toString(statuses), today)
                        .isEqualTo(statedFlags(today, 0, POSITIONS, statuses));
                seen.addAll(flags);
                checked++;
            }
        }
        assertThat(checked).isEqualTo(combinations * TODAYS.length);
        assertThat(seen).containsExactlyInAnyOrder(Flag.NO_FIRST_MEETING, Flag.FIRST_MEETING_LATE,
                Flag.FEWER_THAN_FOUR_MEETINGS);
        assertThat(MeetingRules.flags(RELEASE, null, null, List.of())).as("no release date, no flags").isEmpty();
    }

    @Test
    void aBookedMeetingNoLongerFitsWhenTheReleaseMovedAcrossItOrTheInstitutionNoLongerHoldsTheClient() {
        UUID umea = UUID.randomUUID();
        UUID skanninge = UUID.randomUUID();
        int checked = 0;
        for (int day : new int[] {-40, -10, -1, 0, 10, 40}) {
            for (int bookedAgainst : new int[] {-20, 0, 20}) {
                for (MeetingStatus status : MeetingStatus.values()) {
                    for (PlaceKind kind : new PlaceKind[] {PlaceKind.INSTITUTION, PlaceKind.VIDEO}) {
                        for (UUID heldAt : new UUID[] {umea, skanninge, null}) {
                            for (int today : new int[] {-50, 5}) {
                                MeetingRules.Meeting m = new MeetingRules.Meeting(UUID.randomUUID(),
                                        RELEASE.plusDays(day), status, RELEASE.plusDays(bookedAgainst), kind,
                                        kind == PlaceKind.INSTITUTION ? umea : null);
                                // Stated: still to come and open; in custody then (before the release it was booked
                                // against) but not now, or the other way round; or at an institution before
                                // release that is not the one holding the client.
                                boolean open = status == MeetingStatus.PLANNED || status == MeetingStatus.RESCHEDULED;
                                boolean stated = open && day >= today && ((day < bookedAgainst) != (day < 0)
                                        || kind == PlaceKind.INSTITUTION && day < 0 && heldAt != umea);
                                assertThat(MeetingRules.noLongerFits(m, RELEASE.plusDays(today), RELEASE, heldAt))
                                        .as("day %d booked against %d, %s, %s, held %s, today %d", day, bookedAgainst,
                                                status, kind, heldAt, today).isEqualTo(stated);
                                assertThat(MeetingRules.flags(RELEASE.plusDays(today), RELEASE, heldAt, List.of(m))
                                        .contains(Flag.MEETING_NO_LONGER_FITS)).isEqualTo(stated);
                                checked++;
                            }
                        }
                    }
                }
            }
        }
        assertThat(checked).isEqualTo(6 * 3 * 4 * 2 * 3 * 2);
        // No release date known: a meeting at an institution is in custody, and fits only where the client is held.
        MeetingRules.Meeting atUmea = new MeetingRules.Meeting(UUID.randomUUID(), RELEASE, MeetingStatus.PLANNED, null,
                PlaceKind.INSTITUTION, umea);
        assertThat(MeetingRules.noLongerFits(atUmea, RELEASE.minusDays(1), null, skanninge)).isTrue();
        assertThat(MeetingRules.noLongerFits(atUmea, RELEASE.minusDays(1), null, umea)).isFalse();
    }

    @Test
    void theProposalMarksEachProposedMeetingBookedByTheNearestMeetingNotCancelled() {
        List<Integer> offsets = List.of(-90, -30, -7, 14, 60);
        UUID early = UUID.randomUUID();
        UUID cancelled = UUID.randomUUID();
        UUID releaseWeek = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        List<MeetingRules.Slot> slots = MeetingRules.proposal(RELEASE, offsets, List.of(
                new MeetingRules.Meeting(early, RELEASE.minusDays(100), MeetingStatus.HELD, RELEASE, PlaceKind.PHONE, null),
                new MeetingRules.Meeting(cancelled, RELEASE.minusDays(30), MeetingStatus.CANCELLED, RELEASE,
                        PlaceKind.PHONE, null),
                new MeetingRules.Meeting(releaseWeek, RELEASE.minusDays(5), MeetingStatus.PLANNED, RELEASE,
                        PlaceKind.PHONE, null),
                // Nearer to the release week than to two weeks after: the release week is taken already.
                new MeetingRules.Meeting(second, RELEASE.plusDays(2), MeetingStatus.PLANNED, RELEASE,
                        PlaceKind.PHONE, null)));
        assertThat(slots).extracting(MeetingRules.Slot::day).containsExactly(RELEASE.minusDays(90),
                RELEASE.minusDays(30), RELEASE.minusDays(7), RELEASE.plusDays(14), RELEASE.plusDays(60));
        assertThat(slots).extracting(MeetingRules.Slot::meetingId).containsExactly(early, null, releaseWeek, null, null);
        assertThat(MeetingRules.proposal(RELEASE, List.of(60, -90), List.of())).extracting(MeetingRules.Slot::offsetDays)
                .containsExactly(-90, 60);
    }
}
