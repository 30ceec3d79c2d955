package org.haven.cases.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Spans of time on the pages as an officer says them, to the minute. */
class TimesTests {

    private final Timeline.Times times = new Timeline.Times();

    @Test
    void aTimelineEntrySaysWhyAndWhatChanged() {
        var details = new java.util.LinkedHashMap<String, Object>();
        details.put("transition", "accept");
        details.put("reason", "his story holds");
        details.put("fromStatus", "APPROACHED");
        details.put("track", "RECEPTION");
        details.put("nameGiven", "Pavel PRINTOV");
        assertThat(Timeline.changed(details))
                .isEqualTo(
                        "“his story holds” · from status: approached · track: reception · name given: Pavel PRINTOV");
        assertThat(Timeline.changed(java.util.Map.of())).isNull();
    }

    @Test
    void aSpanIsSaidInDaysHoursAndMinutesNeverInSecondsOrNanoseconds() {
        assertThat(times.span(Duration.parse("PT5H59M58.284459537S"))).isEqualTo("5 h 59 min");
        assertThat(times.span(Duration.ofHours(24))).isEqualTo("1 d");
        assertThat(times.span(Duration.ofHours(51))).isEqualTo("2 d 3 h");
        assertThat(times.span(Duration.ofMinutes(12))).isEqualTo("12 min");
        assertThat(times.span(Duration.ofSeconds(40))).isEqualTo("under a minute");
        // Overdue spans are negative: said the same, the page says "overdue by".
        assertThat(times.span(Duration.ofMinutes(-90))).isEqualTo("1 h 30 min");
    }

    @Test
    void theLastQuarterOfADecisionsTimeIsMarkedUntilItIsOverdue() {
        java.time.Instant approached = java.time.Instant.parse("2026-01-01T00:00:00Z");
        java.time.Instant due = approached.plus(Duration.ofHours(24));
        assertThat(times.lastQuarter(approached, due, approached.plus(Duration.ofHours(17))))
                .isFalse();
        assertThat(times.lastQuarter(approached, due, approached.plus(Duration.ofHours(18))))
                .isTrue();
        assertThat(times.lastQuarter(approached, due, approached.plus(Duration.ofHours(23))))
                .isTrue();
        assertThat(times.lastQuarter(approached, due, due)).isFalse();
    }
}
