package org.throughcare.shared;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * The scheduled work (the audit sealer every 200 ms, the e-mail and webhook senders, the daily consent check) runs
 * on a small pool of its own. With virtual threads on, Spring Boot's default scheduler runs every fixed-delay task
 * on one shared thread, so a webhook round clearing a backlog held up e-mail and audit sealing for a minute
 * (bench/README.md, channel latency). Each task still runs one round at a time; they no longer wait for each other.
 *
 * <p>The pool is given to the scheduling registrar, not declared as a bean: a scheduler bean is also an
 * {@code Executor}, and Boot would then stop making the executor that runs the asynchronous event listeners
 * (with their bulkhead).
 */
@Configuration(proxyBeanMethods = false)
class SchedulingConfiguration implements SchedulingConfigurer, DisposableBean {

    private final ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();

    SchedulingConfiguration(@Value("${throughcare.scheduling.threads:4}") int threads) {
        scheduler.setPoolSize(threads);
        scheduler.setThreadNamePrefix("scheduling-");
        scheduler.initialize();
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.setTaskScheduler(scheduler);
    }

    @Override
    public void destroy() {
        scheduler.shutdown();
    }
}
