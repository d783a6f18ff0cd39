package org.throughcare.client;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One event in a client's history. {@code type} says which of the other fields are filled: STAGE (from, to),
 * KEY_DATE (keyDate, oldDate, newDate), SCREENING (decision). {@code effectiveOn} is the day a stage change or a
 * screening took effect; {@code enteredAfterwards}: it was recorded later than that day (on {@code recordedAt}).
 */
public record TimelineEntryView(Type type, Instant recordedAt, LocalDate effectiveOn, String recordedBy, Stage from,
                            Stage to, KeyDate keyDate, LocalDate oldDate, LocalDate newDate, Eligibility decision,
                            String reason, boolean enteredAfterwards) {

    public enum Type { STAGE, KEY_DATE, SCREENING }

    /** That the step happened, without its reason or a screening's decision. */
    public TimelineEntryView stepOnly() {
        return new TimelineEntryView(type, recordedAt, effectiveOn, recordedBy, from, to, keyDate, oldDate, newDate, null,
                null, enteredAfterwards);
    }

    public TimelineEntryView withRecordedBy(String name) {
        return new TimelineEntryView(type, recordedAt, effectiveOn, name, from, to, keyDate, oldDate, newDate, decision,
                reason, enteredAfterwards);
    }
}
