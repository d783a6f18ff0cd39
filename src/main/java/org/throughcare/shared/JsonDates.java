package org.throughcare.shared;

import java.time.LocalDate;
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
 * A date in JSON is year-month-day with a four-digit year, as in forms ({@link FormBinder}). ISO also allows
 * {@code +999999999-01-01}, which Java reads and PostgreSQL cannot store: refused here as unreadable input (400),
 * not at the database (500).
 */
@Configuration(proxyBeanMethods = false)
class JsonDates {

    @Bean
    JacksonModule fourDigitYearDates() {
        return new SimpleModule("four-digit-year-dates").addDeserializer(LocalDate.class, new ValueDeserializer<>() {
            @Override
            public LocalDate deserialize(JsonParser parser, DeserializationContext context) {
                String text = parser.getString();
                try {
                    LocalDate date = LocalDate.parse(text == null ? "" : text.strip());
                    if (date.getYear() >= 1 && date.getYear() <= 9999) {
                        return date;
                    }
                } catch (DateTimeParseException e) {
                    // Reported below, as every other unreadable date.
                }
                throw InvalidFormatException.from(parser, "A date is year-month-day with a four-digit year", text,
                        LocalDate.class);
            }
        });
    }
}
