package org.throughcare.shared;

import java.time.LocalDate;

/**
 * Which days a record may carry, and which a search may ask for. A calendar reads years such as 0 or 9999999 that
 * PostgreSQL cannot store (H2 stores them, so only PostgreSQL failed, with a server error) and that no record of a
 * person's case can truly hold: every date a form or the API takes is refused at its field outside this range, by
 * the one binder of forms ({@code FormBindingConfiguration}) and the one reader of JSON dates ({@code JsonDates}).
 */
public final class RecordDates {

    /** Nobody in the programme was born, sentenced or referred earlier. */
    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    /** Far beyond any sentence, supervision or plan; a later day is a typing mistake. */
    public static final LocalDate LATEST = LocalDate.of(2199, 12, 31);

    private RecordDates() {
    }

    /** Whether a record may carry this day. */
    public static boolean recordable(LocalDate day) {
        return !day.isBefore(EARLIEST) && !day.isAfter(LATEST);
    }

    /**
     * Whether a search period may start or end on this day: any day with a four-digit year, so that "everything up to
     * now" can be asked for, yet never a day whose start no database can compare with.
     */
    public static boolean searchable(LocalDate day) {
        return day.getYear() >= 1 && day.getYear() <= 9999;
    }
}
