package dev.sla.calendar;

import dev.sla.Problem;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The working hours of one day: zero or more {@link TimeRange}s that do not overlap,
 * such as {@code 09:00-13:00,14:00-18:00}.
 *
 * <p>The text form lists the ranges in order, separated by commas, or is
 * {@code closed} for a day without working time. {@link #parse(CharSequence)} reads
 * what {@link #toString()} writes.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class DayHours {

    /** A day without working time. */
    public static final DayHours CLOSED = new DayHours(new TimeRange[0]);

    /** A day open around the clock, {@code 00:00-24:00}. */
    public static final DayHours ALL_DAY = new DayHours(new TimeRange[] {TimeRange.ALL_DAY});

    private final TimeRange[] ranges;

    private DayHours(TimeRange[] ranges) {
        this.ranges = ranges;
    }

    /**
     * Obtains the hours made of the given ranges, in any order.
     *
     * @param ranges  the ranges, not null, no element null
     * @return the hours, not null
     * @throws InvalidCalendarException if two ranges overlap
     */
    public static DayHours of(TimeRange... ranges) {
        Objects.requireNonNull(ranges, "ranges");
        return of(Arrays.asList(ranges));
    }

    /**
     * Obtains the hours made of the given ranges, in any order.
     *
     * @param ranges  the ranges, not null, no element null
     * @return the hours, not null
     * @throws InvalidCalendarException if two ranges overlap
     */
    public static DayHours of(Collection<TimeRange> ranges) {
        Objects.requireNonNull(ranges, "ranges");
        TimeRange[] sorted = ranges.toArray(new TimeRange[0]);
        for (TimeRange r : sorted) {
            Objects.requireNonNull(r, "ranges contains null");
        }
        if (sorted.length == 0) {
            return CLOSED;
        }
        Arrays.sort(sorted);
        List<String> overlaps = overlaps(sorted);
        if (!overlaps.isEmpty()) {
            List<Problem> problems = new ArrayList<>();
            for (String overlap : overlaps) {
                problems.add(new Problem("", overlap));
            }
            throw new InvalidCalendarException("day hours", problems);
        }
        return new DayHours(sorted);
    }

    /** Describes each overlap between ranges sorted by start. */
    static List<String> overlaps(TimeRange[] sorted) {
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < sorted.length; i++) {
            for (int j = i + 1; j < sorted.length && sorted[j].startSecond() < sorted[i].endSecond(); j++) {
                problems.add("range " + sorted[i] + " overlaps " + sorted[j]);
            }
        }
        return problems;
    }

    /**
     * Obtains the hours from text, such as {@code 08:00-16:00}, {@code 09:00-13:00,14:00-18:00}
     * or {@code closed}.
     *
     * @param text  the text to parse, not null
     * @return the hours, not null
     * @throws DateTimeParseException if the text cannot be parsed or the ranges overlap
     */
    public static DayHours parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String s = text.toString().trim();
        if (s.equalsIgnoreCase("closed")) {
            return CLOSED;
        }
        List<TimeRange> list = new ArrayList<>();
        int at = 0;
        try {
            for (String part : s.split(",", -1)) {
                if (part.isBlank()) {
                    throw new DateTimeParseException("a ',' must separate two ranges, such as"
                            + " '09:00-13:00,14:00-18:00'", s, at);
                }
                list.add(TimeRange.parse(part));
                at += part.length() + 1;
            }
        } catch (DateTimeParseException ex) {
            throw new DateTimeParseException("Hours '" + s + "': " + ex.getMessage(), s, at, ex);
        }
        try {
            return of(list);
        } catch (InvalidCalendarException ex) {
            StringBuilder sb = new StringBuilder("Hours '").append(s).append("': ");
            for (int i = 0; i < ex.problems().size(); i++) {
                sb.append(i == 0 ? "" : "; ").append(ex.problems().get(i).message());
            }
            throw new DateTimeParseException(sb.toString(), s, 0, ex);
        }
    }

    /**
     * Gets the ranges, in order of start.
     *
     * @return an unmodifiable list of the ranges, not null
     */
    public List<TimeRange> ranges() {
        return List.of(ranges);
    }

    TimeRange[] rangeArray() {
        return ranges;
    }

    /**
     * Checks if the day has no working time.
     *
     * @return true if closed all day
     */
    public boolean isClosed() {
        return ranges.length == 0;
    }

    /**
     * Gets the nominal working time of the day, as read on the wall clock.
     *
     * @return the sum of the range lengths, not null
     */
    public Duration length() {
        long seconds = 0;
        for (TimeRange r : ranges) {
            seconds += r.endSecond() - r.startSecond();
        }
        return Duration.ofSeconds(seconds);
    }

    /**
     * Returns a copy of these hours closing earlier by the given amount: the amount is
     * cut from the end of the last range, then from the ranges before it.
     *
     * @param amount  how much earlier the day closes, not negative, not null
     * @return the shortened hours, not null
     * @throws InvalidCalendarException if the amount is negative or has a fraction of a second
     */
    public DayHours shortenedBy(Duration amount) {
        Objects.requireNonNull(amount, "amount");
        if (amount.isNegative() || amount.getNano() != 0) {
            throw new InvalidCalendarException("day hours", List.of(new Problem("",
                    "the shortening " + amount + " must be a non-negative whole number of seconds")));
        }
        long left = amount.getSeconds();
        List<TimeRange> kept = new ArrayList<>(Arrays.asList(ranges));
        while (left > 0 && !kept.isEmpty()) {
            TimeRange last = kept.remove(kept.size() - 1);
            long length = last.endSecond() - last.startSecond();
            if (length > left) {
                kept.add(last.shortenedBy((int) left));
            }
            left -= length;
        }
        return kept.isEmpty() ? CLOSED : new DayHours(kept.toArray(new TimeRange[0]));
    }

    /**
     * Checks if these hours are equal to other hours.
     *
     * @param obj  the object to check, null returns false
     * @return true if the same ranges
     */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof DayHours && Arrays.equals(ranges, ((DayHours) obj).ranges);
    }

    /**
     * A hash code for these hours.
     *
     * @return a suitable hash code
     */
    @Override
    public int hashCode() {
        return Arrays.hashCode(ranges);
    }

    /**
     * Outputs the hours as text, such as {@code 09:00-13:00,14:00-18:00} or {@code closed}.
     *
     * @return the text form, not null
     */
    @Override
    public String toString() {
        if (ranges.length == 0) {
            return "closed";
        }
        StringBuilder sb = new StringBuilder();
        for (TimeRange r : ranges) {
            if (sb.length() > 0) {
                sb.append(',');
            }
            sb.append(r);
        }
        return sb.toString();
    }
}
