package dev.sla.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One dated entry of a {@link HolidaySet}: a holiday, a transferred day off, a
 * weekend day that works, or a shortened day.
 *
 * @param date  the date, not null
 * @param kind  what the date is, not null
 * @param note  why, in words (such as the holiday's name), not null
 * @param like  for a {@link Kind#WORKING_DAY}, the day of the week whose hours it takes;
 *     otherwise null
 * @param shortening  for a {@link Kind#SHORT_DAY}, how much earlier the day closes;
 *     otherwise null
 */
public record DayRule(LocalDate date, Kind kind, String note, DayOfWeek like, Duration shortening)
        implements Comparable<DayRule> {

    /** What a dated entry of a holiday set declares. */
    public enum Kind {
        /** A public holiday: not a working day (unless a calendar opens on holidays). */
        HOLIDAY,
        /** A weekday that is a day off, such as a transferred day off. */
        DAY_OFF,
        /** A weekend day that is a working day, with the hours of another day of the week. */
        WORKING_DAY,
        /** A working day that closes earlier, such as a pre-holiday day. */
        SHORT_DAY
    }

    /**
     * Checks the rule's fields.
     *
     * @param date  the date, not null
     * @param kind  what the date is, not null
     * @param note  why, not null
     * @param like  the day whose hours a working day takes, only for a working day
     * @param shortening  the shortening, only for a short day, positive
     */
    public DayRule {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(note, "note");
        if ((kind == Kind.WORKING_DAY) != (like != null)) {
            throw new IllegalArgumentException("Only a working day names the day whose hours it takes: " + date);
        }
        if ((kind == Kind.SHORT_DAY) != (shortening != null)) {
            throw new IllegalArgumentException("Only a short day has a shortening: " + date);
        }
        if (shortening != null && (shortening.isNegative() || shortening.isZero())) {
            throw new IllegalArgumentException("Shortening of " + date + " must be positive: " + shortening);
        }
    }

    /**
     * Checks if this rule makes its date a day without regular working time.
     *
     * @return true for a holiday or a day off
     */
    public boolean isNonWorking() {
        return kind == Kind.HOLIDAY || kind == Kind.DAY_OFF;
    }

    /**
     * Compares by date, then by kind.
     *
     * @param other  the other rule, not null
     * @return the comparator value
     */
    @Override
    public int compareTo(DayRule other) {
        int c = date.compareTo(other.date);
        return c != 0 ? c : kind.compareTo(other.kind);
    }
}
