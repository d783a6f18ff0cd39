package org.throughcare.shared;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validator;
import jakarta.validation.constraints.PastOrPresent;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;

class ValidationClockTests {

    record Dated(@PastOrPresent LocalDate on) {
    }

    // Far from the real date, so only the application's clock can make this day "today".
    private static final Clock LATE_EVENING_IN_STOCKHOLM =
            Clock.fixed(Instant.parse("2030-01-01T23:30:00Z"), ZoneId.of("Europe/Stockholm"));

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
            .withUserConfiguration(ValidationClockConfiguration.class)
            .withBean(Clock.class, () -> LATE_EVENING_IN_STOCKHOLM);

    @Test
    void todayInTheDeploymentsZoneIsNotRefusedAsFutureWhileTheServersZoneIsStillOnYesterday() {
        context.run(app -> {
            Validator validator = app.getBean(Validator.class);
            assertThat(validator.validate(new Dated(LocalDate.of(2030, 1, 2)))).isEmpty();
            assertThat(validator.validate(new Dated(LocalDate.of(2030, 1, 3)))).hasSize(1);
        });
    }
}
