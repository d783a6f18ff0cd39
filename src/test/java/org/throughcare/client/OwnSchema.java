package org.throughcare.client;

import java.util.UUID;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A database of a test's own for an application whose clock is not the others': on PostgreSQL a schema in the test
 * database, on H2 an in-memory database. Records made on a clock set back must not meet the shared context's.
 */
final class OwnSchema {

    private OwnSchema() {
    }

    static String named(String prefix) {
        return prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    static void register(DynamicPropertyRegistry registry, String schema) {
        String testUrl = System.getProperty("spring.datasource.url", "jdbc:h2:mem:x");
        if (testUrl.startsWith("jdbc:postgresql:")) {
            registry.add("spring.datasource.url",
                    () -> testUrl + (testUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema);
            registry.add("spring.flyway.schemas", () -> schema);
        } else {
            registry.add("spring.datasource.url", () -> "jdbc:h2:mem:" + schema
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        }
    }
}
