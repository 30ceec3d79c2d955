package org.haven.protection.internal;

import java.time.Duration;
import org.haven.protection.WelfareWatch;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Runs the idle-time watch at {@code haven.welfare.review-interval} (PT1H), and the sweep of reveals whose time has
 * ended every minute, in the web application.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "haven.welfare.review-enabled", havingValue = "true", matchIfMissing = true)
class WelfareSchedule implements SchedulingConfigurer {

    private final WelfareWatch watch;
    private final org.haven.protection.Reveals reveals;
    private final Duration interval;

    WelfareSchedule(
            WelfareWatch watch,
            org.haven.protection.Reveals reveals,
            @Value("${haven.welfare.review-interval:PT1H}") Duration interval) {
        this.watch = watch;
        this.reveals = reveals;
        this.interval = interval;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        // The first look after one interval: a start is no time to raise alerts.
        registrar.addFixedDelayTask(
                new org.springframework.scheduling.config.FixedDelayTask(watch::review, interval, interval));
        // Reveals whose time has ended are recorded as ended within the minute.
        registrar.addFixedDelayTask(new org.springframework.scheduling.config.FixedDelayTask(
                reveals::expireAll, Duration.ofMinutes(1), Duration.ofMinutes(1)));
    }
}
