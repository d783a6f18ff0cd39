package org.throughcare.notification.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/** The application's clock in the mail tests: real time, shifted by what a test moves it; only ever forward. */
final class MovableClock extends Clock {

    private final ZoneId zone;
    private volatile Duration offset = Duration.ZERO;

    MovableClock(ZoneId zone) {
        this.zone = zone;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        MovableClock clock = new MovableClock(other);
        clock.offset = offset;
        return clock;
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }

    /** Moves to the given moment (later than now in this clock). */
    synchronized void moveTo(Instant moment) {
        Duration shift = Duration.between(instant(), moment);
        if (shift.isNegative()) {
            throw new IllegalArgumentException("the clock only moves forward");
        }
        offset = offset.plus(shift);
    }

    void advance(Duration by) {
        moveTo(instant().plus(by));
    }

    /** Moves to the next day after this clock's today, at this local time. */
    Instant nextDayAt(LocalTime time) {
        LocalDate today = LocalDate.ofInstant(instant(), zone);
        Instant moment = today.plusDays(1).atTime(time).atZone(zone).toInstant();
        moveTo(moment);
        return moment;
    }
}
