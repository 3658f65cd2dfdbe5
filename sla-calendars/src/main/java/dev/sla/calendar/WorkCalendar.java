package dev.sla.calendar;

import dev.sla.Problem;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.threeten.extra.Interval;
import org.threeten.extra.LocalDateRange;

/**
 * A working-time calendar: a time zone, weekly hours and day rules, answering when work
 * happens and doing arithmetic on business durations.
 *
 * <h2>Which hours a date has</h2>
 * The hours of a date are decided in this order (see {@link #day(LocalDate)}):
 * <ol>
 *   <li>a one-off override of the calendar for that date;</li>
 *   <li>a holiday or day off (of the calendar or one of its holiday sets): the calendar's
 *       holiday hours, closed unless set with {@link Builder#holidayHours(DayHours)};</li>
 *   <li>a transferred working day: the weekly hours of the day of the week it works like;</li>
 *   <li>otherwise the weekly hours of its day of the week;</li>
 * </ol>
 * then a shortened day closes earlier (the sets' short days apply only when the calendar
 * is built with {@link Builder#shortDays(boolean) shortDays(true)}, the default).
 *
 * <h2>Wall-clock hours and daylight saving time</h2>
 * Hours are wall-clock hours of the calendar's zone, following the zone's rules. A range
 * whose start or end falls into a gap (clocks jump forward) starts or ends at the moment
 * of the jump, so a range inside a gap is shorter by the gap. A range start that falls
 * into an overlap (clocks go back) takes its first occurrence and a range end its last
 * occurrence, so the working time of a range across an overlap is the real elapsed time,
 * longer by the overlap. Working time is always real elapsed time.
 *
 * <h2>Arithmetic</h2>
 * {@link #add(Instant, Duration)} returns the earliest instant {@code u} such that the
 * working time in {@code [t, u)} equals the duration: 8 business hours after Friday 17:30
 * on a Mon–Fri 08:00–16:00 calendar is Monday 16:00, not Tuesday 08:00, and
 * {@code add(t, ZERO)} is {@code t}. {@link #subtract(Instant, Duration)} returns the
 * latest instant {@code u} such that the working time in {@code [u, t)} equals the
 * duration. {@link #between(Instant, Instant)} measures working time. All three cost the
 * same for one hour or ten thousand: the calendar keeps, per local year, a table of its
 * open periods with prefix sums, and answers by binary search.
 *
 * <h2>Holiday data that runs out</h2>
 * Holiday sets cover a range of years. Past that range (or before it) a calendar follows
 * its weekly hours and recurring holidays, and {@link #warnings(Instant, Instant)} says so;
 * a calendar built {@link Builder#strict(boolean) strict} throws
 * {@link CalendarDataException} instead. Supported dates are the years 1900 to 2199.
 *
 * <p>A calendar with no working time ahead of an instant (within 28 years, or before the
 * end of the supported range) throws {@link NoWorkingTimeException} at once.
 *
 * <p>Invalid definitions throw {@link InvalidCalendarException} (its problems carry their
 * path in the calendar's JSON form), answers a calendar cannot give {@link NoWorkingTimeException}
 * or {@link CalendarDataException}: all {@link dev.sla.SlaException}s. A null argument throws
 * {@link NullPointerException}; an instant outside the supported years, or an answer at or past
 * their end, {@link DateTimeException}: no method answers an instant that the others refuse.
 *
 * <p>This class is immutable and thread-safe; its year tables are computed on first use.
 *
 * @since 0.1
 */
public final class WorkCalendar {

    /** The first supported year. */
    static final int MIN_YEAR = 1900;
    /** The last supported year. */
    static final int MAX_YEAR = 2199;
    /** How many consecutive years without working time end a search. */
    static final int EMPTY_YEARS = 28;

    private final String name;
    private final ZoneId zone;
    private final WeeklyHours weekly;
    private final DayHours holidayHours;
    private final List<HolidaySet> sets;
    private final HolidaySet own;
    private final Map<LocalDate, DayHours> overrides;
    private final boolean shortDays;
    private final boolean strict;
    private final LocalDateRange coverage;
    private final DayResolver days;
    private final YearTables tables;
    private final WorkTimeArithmetic arithmetic;
    private final WorkingDayCounter workingDays;

    private WorkCalendar(Builder b, ZoneId zone, WeeklyHours weekly, HolidaySet own, LocalDateRange coverage) {
        this.name = b.name;
        this.zone = zone;
        this.weekly = weekly;
        this.holidayHours = b.holidayHours;
        this.sets = List.copyOf(b.sets);
        this.own = own;
        this.overrides = Map.copyOf(b.overrides);
        this.shortDays = b.shortDays;
        this.strict = b.strict;
        this.coverage = coverage;
        WallClock clock = new WallClock(zone);
        this.days = new DayResolver(name, weekly, holidayHours, overrides, own, sets, shortDays);
        this.tables = new YearTables(name, days, clock, strict, coverage);
        this.arithmetic = new WorkTimeArithmetic(name, tables);
        this.workingDays = new WorkingDayCounter(name, zone, days, clock, tables);
    }

    /**
     * Obtains a calendar with the given weekly hours and no holidays.
     *
     * @param zone  the time zone of the hours, not null
     * @param weeklyHours  the weekly hours, not null
     * @return the calendar, not null
     * @throws InvalidCalendarException if the weekly hours have no working time
     */
    public static WorkCalendar of(ZoneId zone, WeeklyHours weeklyHours) {
        return builder().zone(zone).weeklyHours(weeklyHours).build();
    }

    /**
     * Obtains a calendar open around the clock, every day.
     *
     * @param zone  the time zone, not null
     * @return the calendar, not null
     */
    public static WorkCalendar always(ZoneId zone) {
        return of(zone, WeeklyHours.ALWAYS);
    }

    /**
     * Creates a builder of a calendar.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Gets the name of the calendar, used in messages.
     *
     * @return the name, not null
     */
    public String name() {
        return name;
    }

    /**
     * Gets the time zone of the calendar's hours.
     *
     * @return the zone, not null
     */
    public ZoneId zone() {
        return zone;
    }

    /**
     * Gets the weekly hours.
     *
     * @return the weekly hours, not null
     */
    public WeeklyHours weeklyHours() {
        return weekly;
    }

    /**
     * Gets the holiday sets the calendar uses.
     *
     * @return the sets, not null
     */
    public List<HolidaySet> holidaySets() {
        return sets;
    }

    /**
     * Gets the dates for which every holiday set of the calendar has data.
     *
     * @return the covered dates, empty if the calendar's holidays cover every year
     */
    public Optional<LocalDateRange> coverage() {
        return Optional.ofNullable(coverage);
    }

    /**
     * Gets the hours of holidays and days off.
     *
     * @return the hours, closed unless the calendar works on holidays, not null
     */
    public DayHours holidayHours() {
        return holidayHours;
    }

    /**
     * Checks if the short days of the holiday sets apply.
     *
     * @return true if they apply
     */
    public boolean appliesShortDays() {
        return shortDays;
    }

    /**
     * Gets the one-off overrides of dates' hours.
     *
     * @return the overrides by date, not null
     */
    public Map<LocalDate, DayHours> overrides() {
        return overrides;
    }

    /**
     * Gets the calendar's own day rules (holidays, working days, short days added to the
     * calendar itself rather than through a holiday set), as a set named {@code own}; they
     * are kept apart from {@link #holidaySets()}.
     *
     * @return the own rules, not null
     */
    public HolidaySet ownRules() {
        return own;
    }

    /**
     * Checks if the calendar fails, rather than follows its weekly hours, outside its coverage.
     *
     * @return true if strict
     */
    public boolean isStrict() {
        return strict;
    }

    // -----------------------------------------------------------------------
    /**
     * Gets the hours of a date and the rule that gave them.
     *
     * @param date  the date, not null
     * @return the day, not null
     */
    public WorkDay day(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return days.explain(date);
    }

    /**
     * Gets the wall-clock hours of a date.
     *
     * @param date  the date, not null
     * @return the hours, not null
     */
    public DayHours hoursOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return days.hours(date);
    }

    /**
     * Checks if a date has any working time.
     *
     * @param date  the date, not null
     * @return true if the date's hours are not closed
     */
    public boolean isWorkingDay(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return !days.hours(date).isClosed();
    }

    // -----------------------------------------------------------------------
    /**
     * Checks if the calendar is open at an instant.
     *
     * @param instant  the instant, not null
     * @return true if the instant is working time
     * @throws DateTimeException if the instant is outside the supported years
     * @throws CalendarDataException if the calendar is strict and its data does not cover the date
     */
    public boolean isOpen(Instant instant) {
        Objects.requireNonNull(instant, "instant");
        return arithmetic.isOpen(instant);
    }

    /**
     * Finds the earliest instant at or after the given one at which the calendar is open:
     * the instant itself when open, otherwise the start of the next open period.
     *
     * @param instant  the instant, not null
     * @return the next open instant, not null
     * @throws NoWorkingTimeException if there is no working time ahead
     * @throws DateTimeException if the instant is outside the supported years
     * @throws CalendarDataException if the calendar is strict and its data does not cover a date needed
     */
    public Instant nextOpen(Instant instant) {
        Objects.requireNonNull(instant, "instant");
        return arithmetic.nextOpen(instant);
    }

    /**
     * Finds the earliest instant at or after the given one at which the calendar is closed:
     * the instant itself when closed, otherwise the end of the open period around it.
     *
     * @param instant  the instant, not null
     * @return the next closing instant, empty if the calendar stays open to the end of the
     *     supported years
     * @throws DateTimeException if the instant is outside the supported years
     * @throws CalendarDataException if the calendar is strict and its data does not cover a date needed
     */
    public Optional<Instant> nextClose(Instant instant) {
        Objects.requireNonNull(instant, "instant");
        return arithmetic.nextClose(instant);
    }

    /**
     * Adds working time to an instant: returns the earliest instant {@code u} such that the
     * working time in {@code [start, u)} equals {@code amount}.
     *
     * <p>The result of a positive amount is inside an open period or at its end; adding
     * zero returns {@code start} unchanged; a negative amount subtracts.
     *
     * @param start  the instant to count from, not null
     * @param amount  the working time to add, not null
     * @return the instant the working time is used up, not null
     * @throws NoWorkingTimeException if the calendar runs out of working time
     * @throws DateTimeException if the answer is outside the supported years
     * @throws CalendarDataException if the calendar is strict and its data does not cover a date needed
     */
    public Instant add(Instant start, Duration amount) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(amount, "amount");
        return arithmetic.add(start, amount);
    }

    /**
     * Subtracts working time from an instant: returns the latest instant {@code u} such that
     * the working time in {@code [u, end)} equals {@code amount}.
     *
     * <p>The result of a positive amount is inside an open period or at its start;
     * subtracting zero returns {@code end} unchanged; a negative amount adds.
     *
     * @param end  the instant to count back from, not null
     * @param amount  the working time to subtract, not null
     * @return the instant the working time starts, not null
     * @throws NoWorkingTimeException if the calendar has no working time that far back
     * @throws DateTimeException if the answer is outside the supported years
     * @throws CalendarDataException if the calendar is strict and its data does not cover a date needed
     */
    public Instant subtract(Instant end, Duration amount) {
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(amount, "amount");
        return arithmetic.subtract(end, amount);
    }

    /**
     * Measures the working time between two instants.
     *
     * @param start  the start, not null
     * @param end  the end, not null
     * @return the working time in {@code [start, end)}; negative if {@code end} is before
     *     {@code start}, not null
     * @throws DateTimeException if an instant is outside the supported years
     * @throws CalendarDataException if the calendar is strict and its data does not cover a date needed
     */
    public Duration between(Instant start, Instant end) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        return arithmetic.between(start, end);
    }

    /**
     * Adds working days: the instant at the same wall-clock time on the {@code days}-th
     * working day after (or, if negative, before) the date of {@code start}.
     *
     * <p>A working day is a date with working time. On the day reached, a time before
     * the day opens becomes its opening, a time after it closes becomes its closing, and a
     * time in a break becomes the end of the break. Adding zero returns {@code start}.
     *
     * @param start  the instant to count from, not null
     * @param days  the number of working days, may be negative
     * @return the instant on the working day reached, not null
     * @throws NoWorkingTimeException if there are not enough working days in the supported years
     * @throws DateTimeException if the answer is outside the supported years
     */
    public Instant addWorkingDays(Instant start, int days) {
        Objects.requireNonNull(start, "start");
        return workingDays.add(start, days);
    }

    /**
     * Lists the open periods inside a range, lazily, in order. Periods are clipped to the
     * range; periods that touch across midnight or across years are joined.
     *
     * @param from  the start of the range, not null
     * @param to  the end of the range (exclusive), not null
     * @return the open periods, not null
     * @throws DateTimeException if {@code to} is before {@code from} or outside the supported years
     * @throws CalendarDataException if the calendar is strict and its data does not cover a date needed
     */
    public Stream<Interval> openPeriods(Instant from, Instant to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new DateTimeException("End " + to + " is before start " + from);
        }
        tables.indexOf(to.getEpochSecond());
        Iterator<Interval> it = new OpenPeriodIterator(tables, from, to);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(it,
                Spliterator.ORDERED | Spliterator.NONNULL | Spliterator.DISTINCT), false);
    }

    /**
     * Describes what a caller should know about answers between two instants: the years
     * that the holiday data does not cover (where only the weekly hours and recurring
     * holidays apply; only for sets that declare their years) and provisional years.
     *
     * @param from  the start of the range, not null
     * @param to  the end of the range, not null
     * @return the warnings, empty if none, not null
     */
    public List<String> warnings(Instant from, Instant to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        return CoverageWarnings.between(this, from, to);
    }

    /**
     * Checks if this calendar has the same definition as another: name, zone, hours, day
     * rules and options.
     *
     * @param obj  the object to check, null returns false
     * @return true if equal
     */
    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof WorkCalendar o)) {
            return false;
        }
        return name.equals(o.name) && zone.equals(o.zone) && weekly.equals(o.weekly)
                && holidayHours.equals(o.holidayHours) && sets.equals(o.sets) && own.equals(o.own)
                && overrides.equals(o.overrides) && shortDays == o.shortDays && strict == o.strict;
    }

    /**
     * A hash code for this calendar.
     *
     * @return a suitable hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(name, zone, weekly, holidayHours, sets, overrides, shortDays, strict);
    }

    /**
     * Outputs a short description, such as {@code support-hours[Europe/Moscow, Mon-Fri 08:00-16:00, ru]}.
     *
     * @return the description, not null
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(name).append('[').append(zone).append(", ").append(weekly);
        for (HolidaySet set : sets) {
            sb.append(", ").append(set.name());
        }
        return sb.append(']').toString();
    }

    // -----------------------------------------------------------------------
    /**
     * A builder of a {@link WorkCalendar}. {@link #build()} validates everything at once
     * and reports every problem.
     *
     * <p>This class is mutable and not thread-safe.
     *
     * @since 0.1
     */
    public static final class Builder {
        String name = "calendar";
        ZoneId zone;
        String zoneText;
        WeeklyHours weeklyHours;
        final WeeklyHours.Builder weeklyRanges = WeeklyHours.builder();
        boolean hasRanges;
        DayHours holidayHours = DayHours.CLOSED;
        final List<HolidaySet> sets = new ArrayList<>();
        /** The calendar's own day rules, kept apart from its holiday sets. */
        final HolidaySet.Builder own = HolidaySet.ownRulesBuilder();
        final Map<LocalDate, DayHours> overrides = new LinkedHashMap<>();
        /** Problems found as the builder collected, with their paths. */
        final List<Problem> problems = new ArrayList<>();
        boolean shortDays = true;
        boolean strict;

        private Builder() {
        }

        /**
         * Sets the name of the calendar, used in messages; default {@code calendar}.
         *
         * @param calendarName  the name, not null
         * @return this builder
         */
        public Builder name(String calendarName) {
            this.name = Objects.requireNonNull(calendarName, "calendarName");
            return this;
        }

        /**
         * Sets the time zone of the hours. Required.
         *
         * @param zoneId  the zone, not null
         * @return this builder
         */
        public Builder zone(ZoneId zoneId) {
            this.zone = Objects.requireNonNull(zoneId, "zoneId");
            this.zoneText = null;
            return this;
        }

        /**
         * Sets the time zone of the hours by its id, such as {@code Europe/Moscow}; an
         * unknown id is reported by {@link #build()}.
         *
         * @param zoneId  the zone id, not null
         * @return this builder
         */
        public Builder zone(String zoneId) {
            this.zoneText = Objects.requireNonNull(zoneId, "zoneId");
            this.zone = null;
            return this;
        }

        /**
         * Sets the weekly hours; replaces ranges added with {@code hours}.
         *
         * @param hours  the weekly hours, not null
         * @return this builder
         */
        public Builder weeklyHours(WeeklyHours hours) {
            this.weeklyHours = Objects.requireNonNull(hours, "hours");
            return this;
        }

        /**
         * Adds working ranges to every day from one day of the week to another, inclusive.
         * Overlaps are reported by {@link #build()}.
         *
         * @param from  the first day, not null
         * @param to  the last day, not null
         * @param ranges  the ranges, not null
         * @return this builder
         */
        public Builder hours(DayOfWeek from, DayOfWeek to, TimeRange... ranges) {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(ranges, "ranges");
            weeklyRanges.on(from, to, ranges);
            hasRanges = true;
            return this;
        }

        /**
         * Sets the hours of holidays and days off, for calendars that work on holidays;
         * default closed.
         *
         * @param hours  the hours, not null
         * @return this builder
         */
        public Builder holidayHours(DayHours hours) {
            this.holidayHours = Objects.requireNonNull(hours, "hours");
            return this;
        }

        /**
         * Adds a holiday set; its holidays, days off, working days and (if enabled) short
         * days apply.
         *
         * @param set  the set, not null
         * @return this builder
         */
        public Builder holidays(HolidaySet set) {
            sets.add(Objects.requireNonNull(set, "set"));
            return this;
        }

        /**
         * Sets whether the short days of the holiday sets apply; default true. Short days
         * added to the calendar itself always apply.
         *
         * @param apply  true to apply the sets' short days
         * @return this builder
         */
        public Builder shortDays(boolean apply) {
            this.shortDays = apply;
            return this;
        }

        /**
         * Sets whether the calendar fails, rather than follows its weekly hours, on dates
         * its holiday sets do not cover; default false.
         *
         * @param isStrict  true for a strict calendar
         * @return this builder
         */
        public Builder strict(boolean isStrict) {
            this.strict = isStrict;
            return this;
        }

        /**
         * Adds a holiday of this calendar on one date.
         *
         * @param date  the date, not null
         * @param note  the holiday's name, not null
         * @return this builder
         */
        public Builder holiday(LocalDate date, String note) {
            own.holiday(date, note);
            return this;
        }

        /**
         * Adds a holiday of this calendar that recurs every year.
         *
         * @param day  the month and day, not null
         * @param note  the holiday's name, not null
         * @return this builder
         */
        public Builder recurringHoliday(MonthDay day, String note) {
            own.recurringHoliday(day, note);
            return this;
        }

        /**
         * Adds a working day of this calendar on a date that would otherwise be a day off.
         *
         * @param date  the date, not null
         * @param like  the day of the week whose hours it takes, not null
         * @param note  why, not null
         * @return this builder
         */
        public Builder workingDay(LocalDate date, DayOfWeek like, String note) {
            own.workingDay(date, like, note);
            return this;
        }

        /**
         * Adds a shortened day of this calendar; it applies whatever {@link #shortDays(boolean)} says.
         *
         * @param date  the date, not null
         * @param shortening  how much earlier the day closes, a positive whole number of seconds
         *     (otherwise reported by {@link #build()}), not null
         * @param note  why, not null
         * @return this builder
         */
        public Builder shortDay(LocalDate date, Duration shortening, String note) {
            own.shortDay(date, shortening, note);
            return this;
        }

        /**
         * Overrides the hours of one date, whatever other rules say.
         *
         * @param date  the date, not null
         * @param hours  the hours of that date, not null
         * @return this builder
         */
        public Builder override(LocalDate date, DayHours hours) {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(hours, "hours");
            if (overrides.put(date, hours) != null) {
                problems.add(new Problem("/overrides/" + date, "date " + date + " is overridden twice"));
            }
            return this;
        }

        /**
         * Builds the calendar, checking every rule.
         *
         * @return the calendar, not null
         * @throws InvalidCalendarException listing every problem, if any
         */
        public WorkCalendar build() {
            CalendarValidator.Result valid = CalendarValidator.validate(this);
            return new WorkCalendar(this, valid.zone(), valid.weekly(), valid.own(), valid.coverage());
        }
    }
}
