package org.throughcare;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * Refuses to start the {@code prod} profile on anything but a configured PostgreSQL database. Without it,
 * production would quietly run on the embedded H2 file (the mistake Keycloak once shipped).
 * Runs after the configuration files are read, before any bean exists.
 */
public class ProductionDatabaseGuard implements EnvironmentPostProcessor, Ordered {

    static final String MESSAGE = "Profile 'prod' needs PostgreSQL: set SPRING_DATASOURCE_URL "
            + "(jdbc:postgresql://host:5432/db), SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD.";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.acceptsProfiles(Profiles.of("prod"))) {
            return;
        }
        String url = environment.getProperty("spring.datasource.url", "");
        if (!url.startsWith("jdbc:postgresql:")) {
            throw new ProductionDatabaseMissing();
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    static class ProductionDatabaseMissing extends IllegalStateException {
        ProductionDatabaseMissing() {
            super(MESSAGE);
        }
    }

    /** Prints the guard's message on its own instead of a stack trace. */
    static class Analyzer extends AbstractFailureAnalyzer<ProductionDatabaseMissing> {
        @Override
        protected FailureAnalysis analyze(Throwable rootFailure, ProductionDatabaseMissing cause) {
            return new FailureAnalysis(MESSAGE, "Set the three variables, or run without the prod profile to use "
                    + "the embedded database.", cause);
        }
    }
}
