package org.throughcare.meeting.internal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneOffsetTransitionRule;
import java.time.zone.ZoneRules;
import java.util.Locale;
import net.fortuna.ical4j.model.component.Daylight;
import net.fortuna.ical4j.model.component.Observance;
import net.fortuna.ical4j.model.component.Standard;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.TzName;
import net.fortuna.ical4j.model.property.TzOffsetFrom;
import net.fortuna.ical4j.model.property.TzOffsetTo;

/**
 * The deployment's time zone as a VTIMEZONE, written from the JVM's own zone rules. ical4j's bundled definitions
 * fold zones that have shared rules since 1970 into one (Europe/Stockholm is published as Europe/Berlin), and a
 * VTIMEZONE whose TZID differs from the one DTSTART names is one that calendar programs reject; so the current rules
 * are stated here, under the deployment's own name: a yearly STANDARD and DAYLIGHT observance where the zone has
 * summer time, a single STANDARD where it does not.
 */
public final class CalendarTimeZone {

    private CalendarTimeZone() {
    }

    public static VTimeZone of(ZoneId zone, Instant now) {
        ZoneRules rules = zone.getRules();
        VTimeZone timeZone = new VTimeZone();
        timeZone.add(new TzId(zone.getId()));
        if (rules.getTransitionRules().isEmpty()) {
            ZoneOffset offset = rules.getOffset(now);
            timeZone.add(observance(new Standard(), LocalDateTime.of(1970, 1, 1, 0, 0), offset, offset, null));
            return timeZone;
        }
        ZoneOffset standard = rules.getStandardOffset(now);
        for (ZoneOffsetTransitionRule rule : rules.getTransitionRules()) {
            ZoneOffsetTransition first = rule.createTransition(1970);
            boolean summer = rule.getOffsetAfter().getTotalSeconds() > standard.getTotalSeconds();
            timeZone.add(observance(summer ? new Daylight() : new Standard(), first.getDateTimeBefore(),
                    rule.getOffsetBefore(), rule.getOffsetAfter(), yearly(rule)));
        }
        return timeZone;
    }

    private static Observance observance(Observance observance, LocalDateTime start, ZoneOffset from, ZoneOffset to,
                                         String rule) {
        observance.add(new DtStart<>(start));
        observance.add(new TzOffsetFrom(from));
        observance.add(new TzOffsetTo(to));
        observance.add(new TzName(to.getId()));
        if (rule != null) {
            observance.add(new RRule<>(rule));
        }
        return observance;
    }

    /**
     * A java.time rule as an RRULE: "the first Sunday on or after the 25th" of a 31-day month is its last Sunday
     * (-1SU), which every calendar program reads; other forms are stated exactly as the seven days they may fall on.
     */
    static String yearly(ZoneOffsetTransitionRule rule) {
        Month month = rule.getMonth();
        int day = rule.getDayOfMonthIndicator();
        DayOfWeek weekday = rule.getDayOfWeek();
        String base = "FREQ=YEARLY;BYMONTH=" + month.getValue();
        if (weekday == null) {
            return base + ";BYMONTHDAY=" + day;
        }
        String byDay = weekday.name().substring(0, 2).toUpperCase(Locale.ROOT);
        if (day > 0 && day == month.minLength() - 6 && month.minLength() == month.maxLength()) {
            return base + ";BYDAY=-1" + byDay;
        }
        if (day > 0 && (day - 1) % 7 == 0 && day <= 22) {
            return base + ";BYDAY=" + ((day - 1) / 7 + 1) + byDay;
        }
        if (day < 0) {
            // "on or before the n-th last day": the seven days counted back from it.
            StringBuilder days = new StringBuilder();
            for (int d = day; d > day - 7; d--) {
                days.append(days.isEmpty() ? "" : ",").append(d);
            }
            return base + ";BYDAY=" + byDay + ";BYMONTHDAY=" + days;
        }
        StringBuilder days = new StringBuilder();
        for (int d = day; d < day + 7; d++) {
            days.append(days.isEmpty() ? "" : ",").append(d);
        }
        return base + ";BYDAY=" + byDay + ";BYMONTHDAY=" + days;
    }
}
