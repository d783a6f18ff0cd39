package org.throughcare.shared;

import java.time.LocalDate;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.Formatter;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.bind.ServletRequestDataBinder;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.annotation.InitBinderDataBinderFactory;
import org.springframework.web.method.support.InvocableHandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.method.annotation.ServletRequestDataBinderFactory;

/** Every handler binds its forms with {@link FormBinder}: one mechanism for all pages and the API. */
@Configuration(proxyBeanMethods = false)
class FormBindingConfiguration implements WebMvcConfigurer {

    /**
     * A date in a form or address is year-month-day with a four-digit year, as {@code <input type="date">}
     * sends it, on a day a record may carry ({@link RecordDates}). ISO also allows {@code +999999999-01-01}, and
     * the year 0, which PostgreSQL cannot store; such a date is "not a valid date" at the field like any other.
     */
    private static final DateTimeFormatter DATE = new DateTimeFormatterBuilder()
            .appendValue(ChronoField.YEAR, 4).appendLiteral('-').appendValue(ChronoField.MONTH_OF_YEAR, 2)
            .appendLiteral('-').appendValue(ChronoField.DAY_OF_MONTH, 2).toFormatter()
            .withResolverStyle(ResolverStyle.STRICT).withChronology(IsoChronology.INSTANCE);

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addFormatterForFieldType(LocalDate.class, new Formatter<LocalDate>() {
            @Override
            public LocalDate parse(String text, Locale locale) {
                LocalDate date = LocalDate.parse(text.strip(), DATE);
                if (!RecordDates.recordable(date)) {
                    throw new IllegalArgumentException("not a day a record may carry: " + date);
                }
                return date;
            }

            @Override
            public String print(LocalDate date, Locale locale) {
                return date.format(DateTimeFormatter.ISO_LOCAL_DATE);
            }
        });
        addTimeOfDay(registry);
    }

    /** A time of day as {@code <input type="time">} sends it: hours and minutes, seconds allowed. */
    private static void addTimeOfDay(FormatterRegistry registry) {
        registry.addFormatterForFieldType(java.time.LocalTime.class, new Formatter<java.time.LocalTime>() {
            @Override
            public java.time.LocalTime parse(String text, Locale locale) {
                return java.time.LocalTime.parse(text.strip(), DateTimeFormatter.ISO_LOCAL_TIME);
            }

            @Override
            public String print(java.time.LocalTime time, Locale locale) {
                return time.format(DateTimeFormatter.ofPattern("HH:mm"));
            }
        });
    }

    @Bean
    WebMvcRegistrations formBinderRegistration() {
        return new WebMvcRegistrations() {
            @Override
            public RequestMappingHandlerAdapter getRequestMappingHandlerAdapter() {
                return new RequestMappingHandlerAdapter() {
                    @Override
                    protected InitBinderDataBinderFactory createDataBinderFactory(List<InvocableHandlerMethod> methods) {
                        return new ServletRequestDataBinderFactory(methods, getWebBindingInitializer()) {
                            @Override
                            protected ServletRequestDataBinder createBinderInstance(Object target, String name,
                                                                                    NativeWebRequest request) {
                                return new FormBinder(target, name);
                            }
                        };
                    }
                };
            }
        };
    }
}
