package org.throughcare.notification.mail;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * When an e-mail about a notice may leave, in the deployment's time zone: not before the coalescing window has
 * passed (a later change may fold it or a reversal withdraw it), not during the quiet hours, and a digest at the
 * digest hour of the day it belongs to.
 */
@Component
public class MailTiming {

    private final Duration window;
    private final ZoneId zone;
    private final int digestHour;
    private final LocalTime quietFrom;
    private final LocalTime quietUntil;

    MailTiming(@Value("${throughcare.notification.coalescing-window:5m}") Duration window,
               @Value("${throughcare.time-zone:Europe/Stockholm}") String zone,
               @Value("${throughcare.notification.digest-hour:7}") int digestHour,
               @Value("${throughcare.notification.quiet-hours:}") String quietHours) {
        if (digestHour < 0 || digestHour > 23) {
            throw new IllegalStateException("throughcare.notification.digest-hour must be an hour 0-23, not " + digestHour);
        }
        this.window = window;
        this.zone = ZoneId.of(zone);
        this.digestHour = digestHour;
        String quiet = quietHours == null ? "" : quietHours.strip();
        if (quiet.isEmpty()) {
            quietFrom = null;
            quietUntil = null;
        } else if (quiet.matches("([01]?\\d|2[0-3])-([01]?\\d|2[0-3])")) {
            String[] hours = quiet.split("-");
            quietFrom = LocalTime.of(Integer.parseInt(hours[0]), 0);
            quietUntil = LocalTime.of(Integer.parseInt(hours[1]), 0);
        } else {
            throw new IllegalStateException("throughcare.notification.quiet-hours must be two hours such as 22-07 "
                    + "(from 22:00 until 07:00), or empty for none; not '" + quietHours + "'");
        }
    }

    /** An immediate e-mail about a notice made at {@code noticeAt}: after the window, and after quiet hours. */
    public Instant immediateDue(Instant noticeAt) {
        return afterQuietHours(noticeAt.plus(window));
    }

    /** The day whose digest tells of a notice made at {@code noticeAt}: the next digest hour after the window. */
    public LocalDate digestDay(Instant noticeAt) {
        ZonedDateTime ready = noticeAt.plus(window).atZone(zone);
        return ready.getHour() < digestHour ? ready.toLocalDate() : ready.toLocalDate().plusDays(1);
    }

    public Instant digestAt(LocalDate day) {
        return day.atTime(digestHour, 0).atZone(zone).toInstant();
    }

    /** The moment itself when it is outside quiet hours, else the end of those quiet hours. */
    Instant afterQuietHours(Instant moment) {
        if (quietFrom == null || quietFrom.equals(quietUntil)) {
            return moment;
        }
        ZonedDateTime local = moment.atZone(zone);
        LocalTime time = local.toLocalTime();
        boolean wrapsMidnight = quietFrom.isAfter(quietUntil);
        boolean quiet = wrapsMidnight ? !time.isBefore(quietFrom) || time.isBefore(quietUntil)
                : !time.isBefore(quietFrom) && time.isBefore(quietUntil);
        if (!quiet) {
            return moment;
        }
        LocalDate endDay = wrapsMidnight && !time.isBefore(quietFrom) ? local.toLocalDate().plusDays(1)
                : local.toLocalDate();
        return endDay.atTime(quietUntil).atZone(zone).toInstant();
    }
}
