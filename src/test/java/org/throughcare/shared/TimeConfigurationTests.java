package org.throughcare.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class TimeConfigurationTests {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(TimeConfiguration.class);

    @Test
    void theClockRunsInStockholmUnlessConfiguredWhateverTheServersZone() {
        context.run(app -> assertThat(app.getBean(Clock.class).getZone()).isEqualTo(ZoneId.of("Europe/Stockholm")));
        context.withPropertyValues("throughcare.time-zone=Europe/Oslo")
                .run(app -> assertThat(app.getBean(Clock.class).getZone()).isEqualTo(ZoneId.of("Europe/Oslo")));
    }

    @Test
    void atHalfPastElevenUtcTodayIsAlreadyTomorrowInStockholm() {
        context.run(app -> {
            Instant lateEvening = Instant.parse("2026-11-28T23:30:00Z");
            // The application reads "today" as LocalDate.now(clock); at this instant the configured clock says:
            Clock configured = Clock.fixed(lateEvening, app.getBean(Clock.class).getZone());
            assertThat(LocalDate.now(configured)).isEqualTo(LocalDate.of(2026, 11, 29));
            assertThat(LocalDate.now(Clock.fixed(lateEvening, ZoneId.of("UTC")))).isEqualTo(LocalDate.of(2026, 11, 28));
        });
    }
}
