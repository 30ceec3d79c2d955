package org.haven.archive;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A date known to a year, a month or a day, and never more precisely than it is known.
 *
 * <p>"1946" stays 1946: it is not 1 January 1946 anywhere, in storage, in JSON or on a page.
 */
public record HistoricalDate(
        int year, @Nullable Integer month, @Nullable Integer day) implements Comparable<HistoricalDate> {

    private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    /** How precisely a date is known. */
    public enum Precision {
        YEAR,
        MONTH,
        DAY
    }

    public HistoricalDate {
        if (day != null && month == null) {
            throw new IllegalArgumentException("a day needs a month");
        }
        try {
            if (day != null) {
                LocalDate.of(year, month, day);
            } else if (month != null) {
                YearMonth.of(year, month);
            } else if (year < 1 || year > 9999) {
                throw new IllegalArgumentException("year out of range: " + year);
            }
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("not a date: " + e.getMessage());
        }
    }

    public static HistoricalDate ofYear(int year) {
        return new HistoricalDate(year, null, null);
    }

    /** Reads {@code 1946}, {@code 1946-08} or {@code 1946-08-12}. */
    public static HistoricalDate parse(String text) {
        Matcher m = FORM.matcher(text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException(
                    "not a date: '" + text + "' (write a year 1946, a month 1946-08 or a day 1946-08-12)");
        }
        Integer month = m.group(2) == null ? null : Integer.valueOf(m.group(2));
        Integer day = m.group(3) == null ? null : Integer.valueOf(m.group(3));
        return new HistoricalDate(Integer.parseInt(m.group(1)), month, day);
    }

    public Precision precision() {
        return day != null ? Precision.DAY : month != null ? Precision.MONTH : Precision.YEAR;
    }

    /** Orders by what is known: 1946 sorts before 1946-01, which sorts before 1946-01-01. */
    @Override
    public int compareTo(HistoricalDate other) {
        int c = Integer.compare(year, other.year);
        if (c == 0) {
            c = Integer.compare(month == null ? 0 : month, other.month == null ? 0 : other.month);
        }
        if (c == 0) {
            c = Integer.compare(day == null ? 0 : day, other.day == null ? 0 : other.day);
        }
        return c;
    }

    /** The date in ISO form at its own precision: {@code 1946}, {@code 1946-08} or {@code 1946-08-12}. */
    @Override
    public String toString() {
        return switch (precision()) {
            case YEAR -> "%04d".formatted(year);
            case MONTH -> "%04d-%02d".formatted(year, month);
            case DAY -> "%04d-%02d-%02d".formatted(year, month, day);
        };
    }
}
