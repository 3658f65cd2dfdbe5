package dev.sla.calendar;

import dev.sla.Problem;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
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
 * @since 0.1
 */
public record DayRule(LocalDate date, Kind kind, String note, DayOfWeek like, Duration shortening)
        implements Comparable<DayRule> {

    /**
     * What a dated entry of a holiday set declares.
     *
     * @since 0.1
     */
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
     * @param shortening  the shortening, only for a short day, a positive whole number of seconds
     * @throws IllegalArgumentException if {@code like} is given for a kind other than a working day
     *     or {@code shortening} for a kind other than a short day, or missing for its kind
     * @throws InvalidCalendarException if the shortening is not a positive whole number of seconds
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
        String bad = shortening == null ? null : checkShortening(date, shortening);
        if (bad != null) {
            throw new InvalidCalendarException("day rule", List.of(new Problem("", bad)));
        }
    }

    /** Describes what is wrong with a shortening, or returns null if it is a positive whole number of seconds. */
    static String checkShortening(LocalDate date, Duration shortening) {
        if (shortening.isNegative() || shortening.isZero() || shortening.getNano() != 0) {
            return "the shortening of " + date + " must be a positive whole number of seconds, not " + shortening;
        }
        return null;
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
