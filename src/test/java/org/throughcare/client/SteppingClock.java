package org.throughcare.client;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * Real time shifted by an offset that only grows: a test starts it in the past and steps it forward day by day, so
 * that what it enters is entered live on each day, and ends it at the real now.
 */
final class SteppingClock extends Clock {

    private final ZoneId zone;
    private volatile Duration offset;

    SteppingClock(ZoneId zone, Duration startBehind) {
        this.zone = zone;
        this.offset = startBehind.negated();
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        SteppingClock clock = new SteppingClock(other, Duration.ZERO);
        clock.offset = offset;
        return clock;
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }

    /** To that day at that local time; never backwards. */
    synchronized void stepTo(LocalDate day, LocalTime time) {
        Duration shift = Duration.between(instant(), day.atTime(time).atZone(zone).toInstant());
        if (shift.isNegative()) {
            throw new IllegalArgumentException("the clock only moves forward");
        }
        offset = offset.plus(shift);
    }

    /** Back to real time (forward from wherever it stands). */
    synchronized void toRealTime() {
        if (!offset.isNegative() && !offset.isZero()) {
            throw new IllegalStateException("already ahead of real time");
        }
        offset = Duration.ZERO;
    }
}
