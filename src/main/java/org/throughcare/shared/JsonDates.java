package org.throughcare.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;

/**
 * A date in JSON is year-month-day with a four-digit year, as in forms ({@link FormBinder}), on a day a record may
 * carry ({@link RecordDates}); a moment is ISO's date, time and offset on such a day. ISO also allows
 * {@code +999999999-01-01}, which Java reads and PostgreSQL cannot store: refused here as unreadable input at its
 * field (400), not at the database (500).
 */
@Configuration(proxyBeanMethods = false)
class JsonDates {

    private static final String DATE = "A date is year-month-day between " + RecordDates.EARLIEST + " and "
            + RecordDates.LATEST;
    private static final String MOMENT = "A moment is an ISO date and time with its offset, between "
            + RecordDates.EARLIEST + " and " + RecordDates.LATEST;

    @Bean
    JacksonModule fourDigitYearDates() {
        return new SimpleModule("four-digit-year-dates").addDeserializer(LocalDate.class, new ValueDeserializer<>() {
            @Override
            public LocalDate deserialize(JsonParser parser, DeserializationContext context) {
                String text = parser.getString();
                try {
                    LocalDate date = LocalDate.parse(text == null ? "" : text.strip());
                    if (RecordDates.recordable(date)) {
                        return date;
                    }
                } catch (DateTimeParseException e) {
                    // Reported below, as every other unreadable date.
                }
                throw InvalidFormatException.from(parser, DATE, text, LocalDate.class);
            }
        }).addDeserializer(Instant.class, new ValueDeserializer<>() {
            @Override
            public Instant deserialize(JsonParser parser, DeserializationContext context) {
                String text = parser.getString();
                try {
                    Instant moment = OffsetDateTime.parse(text == null ? "" : text.strip()).toInstant();
                    if (RecordDates.recordable(LocalDate.ofInstant(moment, ZoneOffset.UTC))) {
                        return moment;
                    }
                } catch (DateTimeParseException | ArithmeticException e) {
                    // Reported below, as every other unreadable moment.
                }
                throw InvalidFormatException.from(parser, MOMENT, text, Instant.class);
            }
        });
    }
}
