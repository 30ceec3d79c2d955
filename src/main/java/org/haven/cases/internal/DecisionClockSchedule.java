package org.haven.cases.internal;

import java.time.Duration;
import org.haven.cases.DecisionClock;
import org.haven.cases.DecisionPolicy;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/** Runs the decision clock's review at the policy's interval, in the web application. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "haven.decision.review-enabled", havingValue = "true", matchIfMissing = true)
class DecisionClockSchedule implements SchedulingConfigurer {

    private final DecisionClock clock;
    private final DecisionPolicy policy;

    DecisionClockSchedule(DecisionClock clock, DecisionPolicy policy) {
        this.clock = clock;
        this.policy = policy;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        Duration interval = policy.reviewInterval();
        registrar.addFixedDelayTask(clock::review, interval);
    }
}
