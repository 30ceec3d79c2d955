package org.haven.cases.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Spans of time on the pages as an officer says them, to the minute. */
class TimesTests {

    private final Timeline.Times times = new Timeline.Times();

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
}
