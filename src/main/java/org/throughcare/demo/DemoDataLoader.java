package org.throughcare.demo;

import java.time.Clock;
import java.sql.Timestamp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the demo once. The marker row is inserted in the same transaction as the data, so a crash half-way
 * leaves nothing behind, and two nodes starting together cannot both load it (the second hits the key).
 * Never in production: the {@code prod} profile switches it off and this bean does not exist there.
 */
@Component
@Profile("!prod")
@ConditionalOnBooleanProperty(name = "throughcare.demo.enabled", matchIfMissing = true)
@Order(0)
class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final JdbcClient jdbc;
    private final DemoWorld world;
    private final Clock clock;

    DemoDataLoader(JdbcClient jdbc, DemoWorld world, Clock clock) {
        this.jdbc = jdbc;
        this.world = world;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (jdbc.sql("select count(*) from demo_load").query(Long.class).single() > 0) {
            return;
        }
        jdbc.sql("insert into demo_load (id, loaded_at) values (1, :now)")
                .param("now", Timestamp.from(clock.instant())).update();
        world.build();
        log.info("Loaded the demo data: log in as coordinator, partner, prison, manager, analyst or admin (password 'demo')");
    }
}
