package org.haven.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DecisionPolicyTests {

    private final DecisionPolicy policy = new DecisionPolicy(
            Duration.ofHours(6),
            Duration.ofHours(24),
            List.of(0.5, 0.75),
            List.of("head of station", "headquarters"),
            Duration.ofMinutes(1));

    private final Approach approach = Approaches.volkovAtIstanbul().lifecycle().approach();

    @Test
    void allowsLessTimeInTheFieldThanAtAMissionAbroad() {
        assertThat(policy.allowed(Setting.FIELD)).isEqualTo(Duration.ofHours(6));
        assertThat(policy.allowed(Setting.MISSION_ABROAD)).isEqualTo(Duration.ofHours(24));
    }

    @Test
    void movesUpOneLevelAtEachThresholdAndIsOverdueAtTheDeadline() {
        Instant start = approach.approachedAt();
        assertThat(policy.levelAt(approach, start.plus(Duration.ofHours(11)))).isZero();
        assertThat(policy.levelAt(approach, start.plus(Duration.ofHours(12)))).isEqualTo(1);
        assertThat(policy.levelAt(approach, start.plus(Duration.ofHours(18)))).isEqualTo(2);
        assertThat(policy.levelAt(approach, start.plus(Duration.ofHours(24)))).isEqualTo(policy.overdueLevel());
        assertThat(policy.holder(1)).isEqualTo("head of station");
        assertThat(policy.holder(policy.overdueLevel())).isEqualTo("overdue");
        assertThat(policy.holder(0)).isNull();
    }

    @Test
    void refusesAPolicyThatMakesNoSense() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new DecisionPolicy(
                        Duration.ZERO, Duration.ofHours(1), List.of(0.5), List.of("x"), Duration.ofMinutes(1)));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new DecisionPolicy(
                        Duration.ofHours(1),
                        Duration.ofHours(1),
                        List.of(0.8, 0.5),
                        List.of("x", "y"),
                        Duration.ofMinutes(1)));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new DecisionPolicy(
                        Duration.ofHours(1),
                        Duration.ofHours(1),
                        List.of(0.5),
                        List.of("x", "y"),
                        Duration.ofMinutes(1)));
    }
}
