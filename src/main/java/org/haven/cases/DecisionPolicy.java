package org.haven.cases;

import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long a decision on an approach may take, and when it escalates (properties {@code haven.decision.*}).
 *
 * <p>The study: "an expeditious decision is certainly desirable"; VOLKOV was recalled while Istanbul waited.
 *
 * @param field the time allowed for a decision in the field
 * @param missionAbroad the time allowed at a mission abroad
 * @param escalateAt the fractions of the allowed time at which the decision moves up one level, ascending
 * @param levels who holds the decision at each level above the receiving officer, one per fraction
 * @param reviewInterval how often the decision clock looks at open approaches
 */
@ConfigurationProperties("haven.decision")
public record DecisionPolicy(
        @DefaultValue("PT6H") Duration field,
        @DefaultValue("PT24H") Duration missionAbroad,
        @DefaultValue({"0.5", "0.75"}) List<Double> escalateAt,
        @DefaultValue({"head of station", "headquarters"}) List<String> levels,
        @DefaultValue("PT1M") Duration reviewInterval) {

    /** The fallback proposed when a decision is overdue. */
    public static final String FALLBACK = "protective custody pending decision";

    public DecisionPolicy {
        if (field.isNegative() || field.isZero() || missionAbroad.isNegative() || missionAbroad.isZero()) {
            throw new IllegalArgumentException("haven.decision: the times allowed for a decision must be positive");
        }
        if (escalateAt.size() != levels.size()) {
            throw new IllegalArgumentException("haven.decision: give one escalation level per fraction in escalate-at");
        }
        double last = 0;
        for (double f : escalateAt) {
            if (f <= last || f >= 1) {
                throw new IllegalArgumentException(
                        "haven.decision.escalate-at: fractions rise strictly between 0 and 1, not " + escalateAt);
            }
            last = f;
        }
        escalateAt = List.copyOf(escalateAt);
        levels = List.copyOf(levels);
    }

    /** The time allowed for a decision in a setting. */
    public Duration allowed(Setting setting) {
        return setting == Setting.FIELD ? field : missionAbroad;
    }

    /** The level past the last: overdue. */
    public int overdueLevel() {
        return levels.size() + 1;
    }

    /** The level a decision should be at, given the share of its time already spent. */
    public int levelAt(Approach approach, java.time.Instant now) {
        if (!now.isBefore(approach.decisionDue())) {
            return overdueLevel();
        }
        double spent = (double) Duration.between(approach.approachedAt(), now).toNanos()
                / Duration.between(approach.approachedAt(), approach.decisionDue())
                        .toNanos();
        int level = 0;
        for (double f : escalateAt) {
            if (spent >= f) {
                level++;
            }
        }
        return level;
    }

    /** Who holds the decision at a level; {@code null} at level 0, the receiving officer. */
    public @Nullable String holder(int level) {
        if (level <= 0) {
            return null;
        }
        return level > levels.size() ? "overdue" : levels.get(level - 1);
    }
}
