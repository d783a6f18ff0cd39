package org.throughcare;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;

class ProductionDatabaseGuardTests {

    @Test
    void prodWithoutADatabaseRefusesToStartAndSaysWhatToSet() {
        assertThatThrownBy(() -> start("--spring.datasource.url="))
                .hasMessage(ProductionDatabaseGuard.MESSAGE)
                .hasMessageContaining("SPRING_DATASOURCE_URL");
    }

    @Test
    void prodOnTheEmbeddedDatabaseRefusesToStart() {
        assertThatThrownBy(() -> start("--spring.datasource.url=jdbc:h2:mem:prod"))
                .hasMessage(ProductionDatabaseGuard.MESSAGE);
    }

    private static void start(String datasource) {
        SpringApplication application = new SpringApplication(ThroughcareApplication.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.run("--spring.profiles.active=prod", datasource).close();
    }
}
