package dev.sla.calendar;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * A range of wall-clock time within a day, such as {@code 08:00-16:00}.
 *
 * <p>A range starts at a time of day and ends later the same day, at the end of the
 * day ({@code 24:00}), or on the next day (an overnight range such as
 * {@code 22:00-06:00+1}). A range always has a positive length of at most 24 hours.
 * It belongs to the day on which it starts.
 *
 * <p>The text form is {@code HH:MM-HH:MM}, with {@code 24:00} as the end of the day
 * and a {@code +1} suffix for an end on the next day; seconds are written only when
 * they are not zero ({@code HH:MM:SS}). {@link #parse(CharSequence)} reads what
 * {@link #toString()} writes.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class TimeRange implements Comparable<TimeRange> {

    /** The whole day, {@code 00:00-24:00}. */
    public static final TimeRange ALL_DAY = new TimeRange(0, 86_400);

    static final int SECONDS_PER_DAY = 86_400;

    private final int startSecond;
    private final int endSecond;

    private TimeRange(int startSecond, int endSecond) {
        this.startSecond = startSecond;
        this.endSecond = endSecond;
    }

    /**
     * Obtains a range that starts and ends on the same day.
     *
     * <p>An {@code end} of {@link LocalTime#MIDNIGHT} means the end of the day, {@code 24:00}.
     *
     * @param start  the first working time of the range, not null
     * @param end  the time the range ends (exclusive), not null
     * @return the range, not null
     * @throws DateTimeException if {@code end} is not after {@code start}, or either has
     *     a fraction of a second
     */
    public static TimeRange of(LocalTime start, LocalTime end) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        int s = secondOf(start);
        int e = end.equals(LocalTime.MIDNIGHT) ? SECONDS_PER_DAY : secondOf(end);
        if (e <= s) {
            throw new DateTimeException("Time range end " + text(e) + " is not after its start " + text(s)
                    + "; an overnight range is written " + text(s) + "-" + text(e) + "+1");
        }
        return new TimeRange(s, e);
    }

    /**
     * Obtains a range that starts on one day and ends on the next day, such as
     * {@code 22:00-06:00+1}.
     *
     * @param start  the first working time of the range, not null
     * @param endNextDay  the time on the next day that the range ends (exclusive), not
     *     after {@code start}, not null
     * @return the range, not null
     * @throws DateTimeException if {@code endNextDay} is after {@code start} (the range would
     *     be longer than a day), or either has a fraction of a second
     */
    public static TimeRange overnight(LocalTime start, LocalTime endNextDay) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(endNextDay, "endNextDay");
        int s = secondOf(start);
        int e = secondOf(endNextDay);
        if (e > s) {
            throw new DateTimeException("Overnight range " + text(s) + "-" + text(e) + "+1 is longer than a day");
        }
        return new TimeRange(s, e + SECONDS_PER_DAY);
    }

    /**
     * Obtains a range from seconds of the day.
     *
     * @param startSecond  the start, from 0 (inclusive) to 86400 (exclusive)
     * @param endSecond  the end, after the start and at most 86400 past it; above 86400
     *     it lies on the next day
     * @return the range, not null
     * @throws DateTimeException if the values are out of range
     */
    public static TimeRange ofSeconds(int startSecond, int endSecond) {
        if (startSecond < 0 || startSecond >= SECONDS_PER_DAY || endSecond <= startSecond
                || endSecond > startSecond + SECONDS_PER_DAY) {
            throw new DateTimeException("Invalid time range seconds " + startSecond + ".." + endSecond);
        }
        return new TimeRange(startSecond, endSecond);
    }

    /**
     * Obtains a range from its text, such as {@code 08:00-16:00}, {@code 10:00-24:00} or
     * {@code 22:00-06:00+1}.
     *
     * @param text  the text to parse, not null
     * @return the range, not null
     * @throws DateTimeParseException if the text cannot be parsed or is not a valid range
     */
    public static TimeRange parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String s = text.toString().trim();
        int dash = s.indexOf('-');
        if (dash < 0) {
            throw new DateTimeParseException("Time range '" + s + "' is not of the form HH:MM-HH:MM", s, 0);
        }
        boolean nextDay = s.endsWith("+1");
        String startText = s.substring(0, dash).trim();
        String endText = s.substring(dash + 1, nextDay ? s.length() - 2 : s.length()).trim();
        try {
            LocalTime start = LocalTime.parse(startText);
            if (endText.equals("24:00") || endText.equals("24:00:00")) {
                if (nextDay) {
                    throw new DateTimeException("24:00+1 is not a time of the next day");
                }
                return of(start, LocalTime.MIDNIGHT);
            }
            LocalTime end = LocalTime.parse(endText);
            return nextDay ? overnight(start, end) : of(start, end);
        } catch (DateTimeParseException ex) {
            throw new DateTimeParseException("Time range '" + s + "' has an invalid time: "
                    + ex.getParsedString() + hint(ex.getParsedString()), s, dash, ex);
        } catch (DateTimeException ex) {
            throw new DateTimeParseException("Time range '" + s + "' is invalid: " + ex.getMessage(), s, dash, ex);
        }
    }

    /** What to write instead of a time that does not parse, after a semicolon. */
    private static String hint(String time) {
        if (time.matches("\\d:\\d\\d(:\\d\\d)?")) {
            return "; write two-digit HH:MM, such as 0" + time;
        }
        if (time.matches("\\d{1,2}")) {
            return "; write hours and minutes as HH:MM, such as " + (time.length() == 1 ? "0" : "") + time + ":00";
        }
        if (time.matches("\\d{1,2}[.h]\\d\\d")) {
            return "; write HH:MM with a colon, such as " + (time.length() == 4 ? "0" : "") + time.replaceAll("[.h]", ":");
        }
        if (time.matches("(?s)[A-Za-z].*")) {
            return "; a ',' separates the ranges of one group of days, a ';' separates groups of days,"
                    + " such as 'Mon-Fri 09:00-18:00; Sat 10:00-14:00'";
        }
        if (time.matches("\\d\\d:\\d\\d(:\\d\\d)?")) {
            return "; a time of day is 00:00 to 23:59 (24:00 only as an end)";
        }
        return "; write HH:MM, such as 09:00";
    }

    private static int secondOf(LocalTime time) {
        if (time.getNano() != 0) {
            throw new DateTimeException("Time " + time + " has a fraction of a second; ranges are in whole seconds");
        }
        return time.toSecondOfDay();
    }

    static String text(int secondOfDay) {
        int h = secondOfDay / 3600;
        int m = secondOfDay / 60 % 60;
        int sec = secondOfDay % 60;
        String hm = (h < 10 ? "0" : "") + h + ":" + (m < 10 ? "0" : "") + m;
        return sec == 0 ? hm : hm + ":" + (sec < 10 ? "0" : "") + sec;
    }

    /**
     * Gets the start as a second of the day.
     *
     * @return the start, from 0 to 86399
     */
    public int startSecond() {
        return startSecond;
    }

    /**
     * Gets the end as a second counted from the start of the range's day.
     *
     * @return the end, above the start; above 86400 for an overnight range
     */
    public int endSecond() {
        return endSecond;
    }

    /**
     * Gets the start time.
     *
     * @return the start time, not null
     */
    public LocalTime start() {
        return LocalTime.ofSecondOfDay(startSecond);
    }

    /**
     * Gets the end time; {@link LocalTime#MIDNIGHT} for a range that ends at 24:00.
     * For an overnight range this is a time of the next day.
     *
     * @return the end time, not null
     */
    public LocalTime end() {
        return LocalTime.ofSecondOfDay(endSecond % SECONDS_PER_DAY);
    }

    /**
     * Checks if the range ends on the next day, after midnight.
     *
     * @return true if the range crosses midnight
     */
    public boolean isOvernight() {
        return endSecond > SECONDS_PER_DAY;
    }

    /**
     * Gets the nominal length of the range, as read on the wall clock.
     *
     * @return the length, positive, not null
     */
    public Duration length() {
        return Duration.ofSeconds(endSecond - startSecond);
    }

    /**
     * Checks if this range shares any time with another range of the same day.
     *
     * @param other  the other range, not null
     * @return true if they overlap
     */
    public boolean overlaps(TimeRange other) {
        Objects.requireNonNull(other, "other");
        return startSecond < other.endSecond && other.startSecond < endSecond;
    }

    /**
     * Returns a copy of this range that ends earlier by the given amount of time,
     * or null if nothing is left.
     */
    TimeRange shortenedBy(int seconds) {
        int end = endSecond - seconds;
        return end <= startSecond ? null : new TimeRange(startSecond, end);
    }

    /**
     * Compares ranges by start, then by end.
     *
     * @param other  the other range, not null
     * @return the comparator value
     */
    @Override
    public int compareTo(TimeRange other) {
        int c = Integer.compare(startSecond, other.startSecond);
        return c != 0 ? c : Integer.compare(endSecond, other.endSecond);
    }

    /**
     * Checks if this range is equal to another range.
     *
     * @param obj  the object to check, null returns false
     * @return true if the same start and end
     */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof TimeRange && ((TimeRange) obj).startSecond == startSecond
                && ((TimeRange) obj).endSecond == endSecond;
    }

    /**
     * A hash code for this range.
     *
     * @return a suitable hash code
     */
    @Override
    public int hashCode() {
        return startSecond * 31 + endSecond;
    }

    /**
     * Outputs this range as text, such as {@code 08:00-16:00} or {@code 22:00-06:00+1}.
     *
     * @return the text form, not null
     */
    @Override
    public String toString() {
        if (endSecond > SECONDS_PER_DAY) {
            return text(startSecond) + "-" + text(endSecond - SECONDS_PER_DAY) + "+1";
        }
        return text(startSecond) + "-" + text(endSecond);
    }
}
