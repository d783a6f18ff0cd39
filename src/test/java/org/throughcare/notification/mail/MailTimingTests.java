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
    void aMisspeltSettingStopsTheStartWithTheReason() {
        assertThatThrownBy(() -> new MailTiming(Duration.ZERO, "Europe/Stockholm", 7, "10pm-7am"))
                .hasMessageContaining("quiet-hours");
        assertThatThrownBy(() -> new MailTiming(Duration.ZERO, "Europe/Stockholm", 24, ""))
                .hasMessageContaining("digest-hour");
    }
}
