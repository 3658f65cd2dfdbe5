package dev.sla.calendar;

import dev.sla.Problem;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Working hours for each day of the week, such as {@code Mon-Fri 08:00-16:00}.
 *
 * <p>The text form lists groups of days with their {@link DayHours}, separated by
 * semicolons: {@code Mon-Fri 09:00-13:00,14:00-18:00; Sat,Sun 10:00-18:00}. Days are
 * written as three-letter English abbreviations ({@code Mon} .. {@code Sun}), alone,
 * as ranges ({@code Mon-Fri}) or as lists ({@code Sat,Sun}). A day that is not named is
 * closed. Around-the-clock hours are written {@code 24/7}, and a week without any
 * working time {@code closed}. {@link #parse(CharSequence)} reads what
 * {@link #toString()} writes.
 *
 * <p>An overnight range ({@code Fri 22:00-06:00+1}) belongs to the day it starts on
 * and must not overlap the hours of the next day.
 *
 * <p>A trailing or doubled {@code ;} or {@code ,} is an error.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class WeeklyHours {

    /** Open around the clock, every day: {@code 24/7}. */
    public static final WeeklyHours ALWAYS = allDays(DayHours.ALL_DAY);

    /** Closed every day. */
    public static final WeeklyHours CLOSED = allDays(DayHours.CLOSED);

    private static final String[] ABBREVIATIONS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};

    private final DayHours[] days;

    private WeeklyHours(DayHours[] days) {
        this.days = days;
    }

    private static WeeklyHours allDays(DayHours hours) {
        DayHours[] days = new DayHours[7];
        Arrays.fill(days, hours);
        return new WeeklyHours(days);
    }

    /**
     * Obtains weekly hours from a map of day to hours; days not in the map are closed.
     *
     * @param hours  the hours of each day, not null
     * @return the weekly hours, not null
     * @throws InvalidCalendarException if an overnight range overlaps the next day's hours
     */
    public static WeeklyHours of(Map<DayOfWeek, DayHours> hours) {
        Objects.requireNonNull(hours, "hours");
        Builder builder = builder();
        hours.forEach((day, h) -> builder.on(day, h.rangeArray()));
        return builder.build();
    }

    /**
     * Obtains weekly hours from text, such as {@code Mon-Fri 08:00-16:00} or {@code 24/7}.
     *
     * @param text  the text to parse, not null
     * @return the weekly hours, not null
     * @throws DateTimeParseException if the text cannot be parsed or describes invalid hours
     */
    public static WeeklyHours parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String s = text.toString().trim();
        if (s.equals("24/7")) {
            return ALWAYS;
        }
        if (s.equalsIgnoreCase("closed")) {
            return CLOSED;
        }
        Builder builder = builder();
        try {
            for (String group : s.split(";", -1)) {
                String g = group.trim();
                if (g.isEmpty()) {
                    throw new DateTimeParseException("a ';' must separate two groups of days and hours, such as"
                            + " 'Mon-Fri 08:00-16:00; Sat 10:00-14:00'", s, 0);
                }
                int space = g.indexOf(' ');
                if (space < 0) {
                    throw new DateTimeParseException("group '" + g + "' must be days then hours, such as 'Mon-Fri 08:00-16:00'", s, 0);
                }
                List<DayOfWeek> days = parseDays(g.substring(0, space), s);
                DayHours hours = DayHours.parse(g.substring(space + 1));
                for (DayOfWeek day : days) {
                    builder.on(day, hours.rangeArray());
                }
            }
        } catch (DateTimeParseException ex) {
            throw new DateTimeParseException("Weekly hours '" + s + "': " + ex.getMessage(), s, 0, ex);
        }
        List<Problem> problems = builder.problems();
        if (!problems.isEmpty()) {
            StringBuilder sb = new StringBuilder("Weekly hours '").append(s).append("': ");
            for (int i = 0; i < problems.size(); i++) {
                sb.append(i == 0 ? "" : "; ").append(problems.get(i).message());
            }
            throw new DateTimeParseException(sb.toString(), s, 0);
        }
        return builder.build();
    }

    /**
     * Parses a day list such as {@code Mon-Fri}, {@code Sat,Sun} or {@code Mon}.
     *
     * @param text  the day list
     * @param whole  the whole text, for the error
     * @return the days named, in order
     */
    static List<DayOfWeek> parseDays(String text, String whole) {
        List<DayOfWeek> days = new ArrayList<>();
        for (String part : text.split(",", -1)) {
            String p = part.trim();
            if (p.isEmpty()) {
                throw new DateTimeParseException("a ',' must separate two days, such as 'Sat,Sun', in '" + text + "'",
                        whole, 0);
            }
            int dash = p.indexOf('-');
            if (dash < 0) {
                days.add(day(p, whole));
            } else {
                DayOfWeek from = day(p.substring(0, dash), whole);
                DayOfWeek to = day(p.substring(dash + 1), whole);
                for (DayOfWeek d = from; ; d = d.plus(1)) {
                    days.add(d);
                    if (d == to) {
                        break;
                    }
                }
            }
        }
        return days;
    }

    /**
     * Reads a day name: an English abbreviation or full name, in any case.
     *
     * @param text  the name
     * @param whole  the whole text, for the error
     * @return the day
     */
    static DayOfWeek day(String text, String whole) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        for (DayOfWeek d : DayOfWeek.values()) {
            String name = d.name().toLowerCase(Locale.ROOT);
            if (t.length() >= 3 && name.startsWith(t)) {
                return d;
            }
        }
        throw new DateTimeParseException("Unknown day '" + text.trim() + "'; use Mon, Tue, Wed, Thu, Fri, Sat or Sun", whole, 0);
    }

    /** The English name of a day, such as {@code Monday}. */
    static String dayName(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    /**
     * Creates a builder of weekly hours, with every day closed.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Gets the hours of a day of the week.
     *
     * @param day  the day, not null
     * @return the hours, not null
     */
    public DayHours on(DayOfWeek day) {
        Objects.requireNonNull(day, "day");
        return days[day.ordinal()];
    }

    /**
     * Checks if no day of the week has working time.
     *
     * @return true if closed all week
     */
    public boolean isClosed() {
        for (DayHours d : days) {
            if (!d.isClosed()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Gets the nominal working time of a week.
     *
     * @return the total of the seven days, not null
     */
    public Duration length() {
        Duration total = Duration.ZERO;
        for (DayHours d : days) {
            total = total.plus(d.length());
        }
        return total;
    }

    /**
     * Checks if these hours are equal to other weekly hours.
     *
     * @param obj  the object to check, null returns false
     * @return true if every day has the same hours
     */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof WeeklyHours && Arrays.equals(days, ((WeeklyHours) obj).days);
    }

    /**
     * A hash code for these hours.
     *
     * @return a suitable hash code
     */
    @Override
    public int hashCode() {
        return Arrays.hashCode(days);
    }

    /**
     * Outputs the hours as text, grouping consecutive days with equal hours, such as
     * {@code Mon-Fri 08:00-16:00; Sat-Sun 10:00-18:00}.
     *
     * @return the text form, not null
     */
    @Override
    public String toString() {
        if (equals(ALWAYS)) {
            return "24/7";
        }
        if (isClosed()) {
            return "closed";
        }
        return format(day -> ABBREVIATIONS[day.ordinal()]);
    }

    /**
     * Outputs the days that have hours as {@link #toString()} does, grouping consecutive days
     * with equal hours, with the days named by a function, such as the short names of a
     * language: {@code пн-пт 08:00-16:00}. Unlike {@link #toString()}, hours open all week
     * are written day by day and hours closed all week give an empty text.
     *
     * @param dayName  names a day of the week, not null
     * @return the text, not null
     */
    public String format(Function<DayOfWeek, String> dayName) {
        Objects.requireNonNull(dayName, "dayName");
        StringBuilder sb = new StringBuilder();
        DayOfWeek[] week = DayOfWeek.values();
        int i = 0;
        while (i < 7) {
            int j = i;
            while (j + 1 < 7 && days[j + 1].equals(days[i])) {
                j++;
            }
            if (!days[i].isClosed()) {
                if (sb.length() > 0) {
                    sb.append("; ");
                }
                sb.append(dayName.apply(week[i]));
                if (j > i) {
                    sb.append('-').append(dayName.apply(week[j]));
                }
                sb.append(' ').append(days[i]);
            }
            i = j + 1;
        }
        return sb.toString();
    }

    /**
     * A builder of {@link WeeklyHours}. Ranges added for the same day accumulate;
     * {@link #build()} checks them all at once.
     *
     * <p>This class is mutable and not thread-safe.
     *
     * @since 0.1
     */
    public static final class Builder {
        private final Map<DayOfWeek, List<TimeRange>> ranges = new EnumMap<>(DayOfWeek.class);

        private Builder() {
        }

        /**
         * Adds working ranges to a day of the week.
         *
         * @param day  the day, not null
         * @param dayRanges  the ranges to add, not null
         * @return this builder
         */
        public Builder on(DayOfWeek day, TimeRange... dayRanges) {
            Objects.requireNonNull(day, "day");
            Objects.requireNonNull(dayRanges, "dayRanges");
            List<TimeRange> list = ranges.computeIfAbsent(day, d -> new ArrayList<>());
            for (TimeRange r : dayRanges) {
                list.add(Objects.requireNonNull(r, "range"));
            }
            return this;
        }

        /**
         * Adds working ranges to every day from one day to another, inclusive; the days
         * wrap around the end of the week ({@code SATURDAY} to {@code MONDAY} is three days).
         *
         * @param from  the first day, not null
         * @param to  the last day, not null
         * @param dayRanges  the ranges to add, not null
         * @return this builder
         */
        public Builder on(DayOfWeek from, DayOfWeek to, TimeRange... dayRanges) {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(dayRanges, "dayRanges");
            for (DayOfWeek d = from; ; d = d.plus(1)) {
                on(d, dayRanges);
                if (d == to) {
                    return this;
                }
            }
        }

        /**
         * Describes every problem of the ranges added so far.
         *
         * @return the problems, empty if none
         */
        List<Problem> problems() {
            List<Problem> problems = new ArrayList<>();
            for (DayOfWeek day : DayOfWeek.values()) {
                TimeRange[] sorted = sorted(day);
                for (String overlap : DayHours.overlaps(sorted)) {
                    problems.add(new Problem("", dayName(day) + ": " + overlap));
                }
                if (sorted.length > 0) {
                    TimeRange last = sorted[sorted.length - 1];
                    TimeRange[] next = sorted(day.plus(1));
                    int spill = last.endSecond() - TimeRange.SECONDS_PER_DAY;
                    if (spill > 0 && next.length > 0 && next[0].startSecond() < spill) {
                        problems.add(new Problem("", dayName(day) + ": overnight range " + last + " overlaps "
                                + dayName(day.plus(1)) + " " + next[0]));
                    }
                }
            }
            return problems;
        }

        private TimeRange[] sorted(DayOfWeek day) {
            TimeRange[] sorted = ranges.getOrDefault(day, List.of()).toArray(new TimeRange[0]);
            Arrays.sort(sorted);
            return sorted;
        }

        /**
         * Builds the weekly hours.
         *
         * @return the weekly hours, not null
         * @throws InvalidCalendarException listing every overlap, if any
         */
        public WeeklyHours build() {
            List<Problem> problems = problems();
            if (!problems.isEmpty()) {
                throw new InvalidCalendarException("weekly hours", problems);
            }
            DayHours[] days = new DayHours[7];
            for (DayOfWeek d : DayOfWeek.values()) {
                days[d.ordinal()] = DayHours.of(ranges.getOrDefault(d, List.of()));
            }
            return new WeeklyHours(days);
        }
    }
}
