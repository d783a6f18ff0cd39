package org.throughcare.notification.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** When an e-mail may leave: after the window, not in quiet hours, a digest at its hour, in the deployment's zone. */
class MailTimingTests {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    private final MailTiming timing = new MailTiming(Duration.ofMinutes(5), "Europe/Stockholm", 7, "22-07");

    private static Instant at(String localDateTime) {
        return java.time.LocalDateTime.parse(localDateTime).atZone(STOCKHOLM).toInstant();
    }

    @Test
    void anImmediateEMailWaitsForTheWindowAndForTheQuietHoursToEnd() {
        assertThat(timing.immediateDue(at("2026-03-10T12:00"))).isEqualTo(at("2026-03-10T12:05"));
        assertThat(timing.immediateDue(at("2026-03-10T21:56"))).as("the window ends in the quiet hours")
                .isEqualTo(at("2026-03-11T07:00"));
        assertThat(timing.immediateDue(at("2026-03-11T03:00"))).as("after midnight, the same morning")
                .isEqualTo(at("2026-03-11T07:00"));
        assertThat(timing.immediateDue(at("2026-03-11T06:56"))).as("07:01 is after the quiet hours")
                .isEqualTo(at("2026-03-11T07:01"));
        assertThat(timing.immediateDue(at("2026-03-10T21:54"))).isEqualTo(at("2026-03-10T21:59"));
    }

    @Test
    void quietHoursWithinOneDayAndNoneAtAll() {
        MailTiming lunch = new MailTiming(Duration.ZERO, "Europe/Stockholm", 7, "12-13");
        assertThat(lunch.immediateDue(at("2026-03-10T12:30"))).isEqualTo(at("2026-03-10T13:00"));
        assertThat(lunch.immediateDue(at("2026-03-10T23:30"))).isEqualTo(at("2026-03-10T23:30"));
        MailTiming none = new MailTiming(Duration.ZERO, "Europe/Stockholm", 7, "");
        assertThat(none.immediateDue(at("2026-03-10T23:30"))).isEqualTo(at("2026-03-10T23:30"));
    }

    @Test
    void aNoticeGoesInTheNextDigestAfterTheWindow() {
        assertThat(timing.digestDay(at("2026-03-10T06:50"))).isEqualTo(LocalDate.of(2026, 3, 10));
        assertThat(timing.digestDay(at("2026-03-10T06:56"))).as("ready at 07:01, after the digest left")
                .isEqualTo(LocalDate.of(2026, 3, 11));
        assertThat(timing.digestDay(at("2026-03-10T15:00"))).isEqualTo(LocalDate.of(2026, 3, 11));
        assertThat(timing.digestAt(LocalDate.of(2026, 3, 11))).isEqualTo(at("2026-03-11T07:00"));
        // Across the change to summer time the digest still leaves at 07:00 local time.
        assertThat(timing.digestAt(LocalDate.of(2026, 3, 29))).isEqualTo(at("2026-03-29T07:00"));
    }

    @Test
    void anHourThatDaylightSavingSkipsOrRepeatsStillGivesOneMomentADay() {
        // 2026-03-29 in Stockholm has no 02:00-03:00; 2026-10-25 has it twice.
        MailTiming atTwo = new MailTiming(Duration.ofMinutes(5), "Europe/Stockholm", 2, "23-02");
        Instant spring = atTwo.digestAt(LocalDate.of(2026, 3, 29));
        assertThat(spring).as("the skipped 02:00 is 03:00 summer time").isEqualTo(Instant.parse("2026-03-29T01:00:00Z"));
        Instant autumn = atTwo.digestAt(LocalDate.of(2026, 10, 25));
        assertThat(autumn).as("the repeated 02:00 is its first").isEqualTo(Instant.parse("2026-10-25T00:00:00Z"));
        assertThat(atTwo.digestDay(Instant.parse("2026-03-28T23:50:00Z"))).as("ready 00:55 winter time, before it")
                .isEqualTo(LocalDate.of(2026, 3, 29));
        assertThat(atTwo.digestDay(Instant.parse("2026-10-25T00:30:00Z"))).as("ready 02:35 the first time round")
                .isEqualTo(LocalDate.of(2026, 10, 26));
        assertThat(atTwo.digestDay(Instant.parse("2026-10-25T01:30:00Z"))).as("and the second time round: one day")
                .isEqualTo(LocalDate.of(2026, 10, 26));
        // Quiet hours ending in the skipped hour end when it would have: 03:00 summer time.
        assertThat(atTwo.immediateDue(Instant.parse("2026-03-28T23:30:00Z")))
                .isEqualTo(Instant.parse("2026-03-29T01:00:00Z"));
        // Ending in the repeated hour: the first 02:00, so nothing waits an hour more than it should.
        assertThat(atTwo.immediateDue(Instant.parse("2026-10-24T23:30:00Z")))
                .isEqualTo(Instant.parse("2026-10-25T00:00:00Z"));
        assertThat(atTwo.immediateDue(Instant.parse("2026-10-25T00:30:00Z"))).as("02:35 summer time is not quiet")
                .isEqualTo(Instant.parse("2026-10-25T00:35:00Z"));
    }

    @Test
    void aMisspeltSettingStopsTheStartWithTheReason() {
        assertThatThrownBy(() -> new MailTiming(Duration.ZERO, "Europe/Stockholm", 7, "10pm-7am"))
                .hasMessageContaining("quiet-hours");
        assertThatThrownBy(() -> new MailTiming(Duration.ZERO, "Europe/Stockholm", 24, ""))
                .hasMessageContaining("digest-hour");
    }
}
