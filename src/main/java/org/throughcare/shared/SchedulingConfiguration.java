package org.throughcare.shared;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * The scheduled work (the audit sealer every 200 ms, the e-mail and webhook senders, the daily consent check) runs
 * on a small pool of its own. With virtual threads on, Spring Boot's default scheduler runs every fixed-delay task
 * on one shared thread, so a webhook round clearing a backlog held up e-mail and audit sealing for a minute
 * (bench/README.md, channel latency). Each task still runs one round at a time; they no longer wait for each other.
 */
@Configuration(proxyBeanMethods = false)
class SchedulingConfiguration {

    @Bean
    ThreadPoolTaskScheduler taskScheduler(@Value("${throughcare.scheduling.threads:4}") int threads) {
        ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
        scheduler.setPoolSize(threads);
        scheduler.setThreadNamePrefix("scheduling-");
        scheduler.setWaitForTasksToCompleteOnShutdown(false);
        return scheduler;
    }
}
