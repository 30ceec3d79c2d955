package org.haven.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class HistoricalDateTests {

    @Test
    void aYearStaysAYear() {
        HistoricalDate date = HistoricalDate.parse("1946");
        assertThat(date.precision()).isEqualTo(HistoricalDate.Precision.YEAR);
        assertThat(date.month()).isNull();
        assertThat(date.day()).isNull();
        assertThat(date).hasToString("1946");
    }

    @Test
    void keepsMonthAndDayPrecision() {
        assertThat(HistoricalDate.parse("1945-09")).hasToString("1945-09");
        assertThat(HistoricalDate.parse("1945-09-05").precision()).isEqualTo(HistoricalDate.Precision.DAY);
    }

    @Test
    void ordersALessPreciseDateFirst() {
        assertThat(HistoricalDate.parse("1946")).isLessThan(HistoricalDate.parse("1946-01"));
        assertThat(HistoricalDate.parse("1946-12")).isLessThan(HistoricalDate.parse("1947"));
    }

    @Test
    void rejectsWhatIsNotADate() {
        assertThatIllegalArgumentException().isThrownBy(() -> HistoricalDate.parse("spring 1946"));
        assertThatIllegalArgumentException().isThrownBy(() -> HistoricalDate.parse("1946-13"));
        assertThatIllegalArgumentException().isThrownBy(() -> HistoricalDate.parse("1946-02-30"));
    }
}
