package dev.sla.calendar;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.Year;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.TreeMap;
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
 * <p>This class is immutable and thread-safe; its year tables are computed on first use.
 */
public final class WorkCalendar {

    /** The first supported year. */
    static final int MIN_YEAR = 1900;
    /** The last supported year. */
    static final int MAX_YEAR = 2199;
    /** How many consecutive years without working time end a search. */
    static final int EMPTY_YEARS = 28;
    private static final int YEARS = MAX_YEAR - MIN_YEAR + 1;
    private static final long AVERAGE_YEAR_SECONDS = 31_556_952L;

    private final String name;
    private final ZoneId zone;
    private final ZoneRules rules;
    private final ZoneOffset fixedOffset;
    private final WeeklyHours weekly;
    private final DayHours holidayHours;
    private final List<HolidaySet> sets;
    private final HolidaySet own;
    private final Map<LocalDate, DayHours> overrides;
    private final boolean shortDays;
    private final boolean strict;
    private final LocalDateRange coverage;
    private final long[] yearStarts;
    private final Segment[] segments = new Segment[YEARS];

    private WorkCalendar(Builder b, ZoneId zone, WeeklyHours weekly, HolidaySet own, LocalDateRange coverage) {
        this.name = b.name;
        this.zone = zone;
        this.rules = zone.getRules();
        this.fixedOffset = rules.isFixedOffset() ? rules.getOffset(Instant.EPOCH) : null;
        this.weekly = weekly;
        this.holidayHours = b.holidayHours;
        this.sets = List.copyOf(b.sets);
        this.own = own;
        this.overrides = Map.copyOf(b.overrides);
        this.shortDays = b.shortDays;
        this.strict = b.strict;
        this.coverage = coverage;
        this.yearStarts = new long[YEARS + 1];
        for (int i = 0; i <= YEARS; i++) {
            yearStarts[i] = epochSecond(LocalDate.of(MIN_YEAR + i, 1, 1), 0, true);
        }
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

    // -----------------------------------------------------------------------
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
     * calendar itself rather than through a holiday set), as a set named {@code own}.
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
        DayHours override = overrides.get(date);
        if (override != null) {
            return new WorkDay(date, override, "override of calendar '" + name + "'");
        }
        DayRule closed = own.nonWorking(date);
        String from = "calendar '" + name + "'";
        for (int i = 0; closed == null && i < sets.size(); i++) {
            closed = sets.get(i).nonWorking(date);
            from = "set '" + sets.get(i).name() + "'";
        }
        if (closed != null) {
            String what = closed.kind() == DayRule.Kind.HOLIDAY ? "holiday" : "day off";
            return new WorkDay(date, holidayHours, what + " '" + closed.note() + "' (" + from + ")");
        }
        DayRule working = own.working(date);
        from = "calendar '" + name + "'";
        for (int i = 0; working == null && i < sets.size(); i++) {
            working = sets.get(i).working(date);
            from = "set '" + sets.get(i).name() + "'";
        }
        DayHours hours;
        String reason;
        if (working != null) {
            hours = weekly.on(working.like());
            reason = "working day with " + WeeklyHours.dayName(working.like()) + "'s hours '"
                    + working.note() + "' (" + from + ")";
        } else {
            hours = weekly.on(date.getDayOfWeek());
            reason = "weekly hours of " + WeeklyHours.dayName(date.getDayOfWeek());
        }
        DayRule shortened = own.shortDay(date);
        from = "calendar '" + name + "'";
        for (int i = 0; shortDays && shortened == null && i < sets.size(); i++) {
            shortened = sets.get(i).shortDay(date);
            from = "set '" + sets.get(i).name() + "'";
        }
        if (shortened != null && !hours.isClosed()) {
            hours = hours.shortenedBy(shortened.shortening());
            reason += ", shortened by " + shortened.shortening() + " '" + shortened.note() + "' (" + from + ")";
        }
        return new WorkDay(date, hours, reason);
    }

    /**
     * Gets the wall-clock hours of a date.
     *
     * @param date  the date, not null
     * @return the hours, not null
     */
    public DayHours hoursOn(LocalDate date) {
        return day(date).hours();
    }

    /**
     * Checks if a date has any working time.
     *
     * @param date  the date, not null
     * @return true if the date's hours are not closed
     */
    public boolean isWorkingDay(LocalDate date) {
        return !hoursOn(date).isClosed();
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
        long sec = instant.getEpochSecond();
        Segment seg = segment(indexOf(sec));
        int i = seg.firstEndingAfter(sec);
        return i < seg.size() && seg.starts[i] <= sec;
    }

    /**
     * Finds the earliest instant at or after the given one at which the calendar is open:
     * the instant itself when open, otherwise the start of the next open period.
     *
     * @param instant  the instant, not null
     * @return the next open instant, not null
     * @throws NoWorkingTimeException if there is no working time ahead
     * @throws DateTimeException if the answer is outside the supported years
     * @throws CalendarDataException if the calendar is strict and its data does not cover a date needed
     */
    public Instant nextOpen(Instant instant) {
        long sec = instant.getEpochSecond();
        int idx = indexOf(sec);
        Segment seg = segment(idx);
        int i = seg.firstEndingAfter(sec);
        if (i < seg.size()) {
            return seg.starts[i] <= sec ? instant : Instant.ofEpochSecond(seg.starts[i]);
        }
        int empty = 0;
        while (true) {
            idx = nextIndex(idx, instant);
            seg = segment(idx);
            if (seg.size() > 0) {
                return Instant.ofEpochSecond(seg.starts[0]);
            }
            empty = checkEmpty(empty, instant, "after");
        }
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
        long sec = instant.getEpochSecond();
        int idx = indexOf(sec);
        Segment seg = segment(idx);
        int i = seg.firstEndingAfter(sec);
        if (i == seg.size() || seg.starts[i] > sec) {
            return Optional.of(instant);
        }
        long end = seg.ends[i];
        while (end == seg.hi && idx + 1 < YEARS) {
            idx++;
            seg = segment(idx);
            if (seg.size() == 0 || seg.starts[0] != end) {
                return Optional.of(Instant.ofEpochSecond(end));
            }
            end = seg.ends[0];
        }
        return end == yearStarts[YEARS] ? Optional.empty() : Optional.of(Instant.ofEpochSecond(end));
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
        if (amount.isZero()) {
            return start;
        }
        if (amount.isNegative()) {
            return subtract(start, amount.negated());
        }
        long sec = start.getEpochSecond();
        int idx = indexOf(sec);
        Segment seg = segment(idx);
        long position = seg.position(sec, start.getNano());
        long nanos = nanos(amount);
        if (nanos > Long.MAX_VALUE - position) {
            throw new DateTimeException("Working time " + amount + " is too long to count");
        }
        long target = position + nanos;
        int empty = 0;
        while (target > seg.totalNanos) {
            target -= seg.totalNanos;
            idx = nextIndex(idx, start);
            seg = segment(idx);
            empty = seg.size() == 0 ? checkEmpty(empty, start, "after") : 0;
        }
        int j = seg.firstReaching(target);
        return Instant.ofEpochSecond(seg.starts[j], target - seg.before[j] * Segment.NANOS);
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
        if (amount.isZero()) {
            return end;
        }
        if (amount.isNegative()) {
            return add(end, amount.negated());
        }
        long sec = end.getEpochSecond();
        int idx = indexOf(sec);
        long target = positionInYear(idx, sec, end.getNano()) - nanos(amount);
        Segment seg = target >= 0 ? segment(idx) : null;
        int empty = 0;
        while (target < 0) {
            idx = previousIndex(idx, end);
            seg = segment(idx);
            target += seg.totalNanos;
            empty = seg.size() == 0 ? checkEmpty(empty, end, "before") : 0;
        }
        int j = seg.lastStartingBy(target);
        return Instant.ofEpochSecond(seg.starts[j], target - seg.before[j] * Segment.NANOS);
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
        int cmp = start.compareTo(end);
        if (cmp == 0) {
            return Duration.ZERO;
        }
        if (cmp > 0) {
            return between(end, start).negated();
        }
        long s = start.getEpochSecond();
        long e = end.getEpochSecond();
        int is = indexOf(s);
        int ie = indexOf(e);
        Segment first = segment(is);
        if (is == ie) {
            return Duration.ofNanos(first.position(e, end.getNano()) - first.position(s, start.getNano()));
        }
        long seconds = 0;
        for (int i = is + 1; i < ie; i++) {
            seconds += segment(i).total;
        }
        long nanos = first.totalNanos - first.position(s, start.getNano()) + positionInYear(ie, e, end.getNano());
        return Duration.ofSeconds(seconds).plusNanos(nanos);
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
        if (days == 0) {
            return start;
        }
        ZonedDateTime local = start.atZone(zone);
        LocalDate date = local.toLocalDate();
        int step = days > 0 ? 1 : -1;
        int left = Math.abs(days);
        int searched = 0;
        DayHours hours = DayHours.CLOSED;
        while (left > 0) {
            date = date.plusDays(step);
            if (date.getYear() < MIN_YEAR || date.getYear() > MAX_YEAR) {
                throw new DateTimeException("Working days from " + start + " reach beyond the supported years "
                        + MIN_YEAR + "-" + MAX_YEAR);
            }
            hours = hoursOn(date);
            if (!hours.isClosed()) {
                left--;
                searched = 0;
            } else if (++searched > EMPTY_YEARS * 366) {
                throw noWorkingTime(start, step > 0 ? "after" : "before");
            }
        }
        TimeRange[] ranges = hours.rangeArray();
        int second = local.toLocalTime().toSecondOfDay();
        TimeRange first = ranges[0];
        TimeRange last = ranges[ranges.length - 1];
        if (second <= first.startSecond()) {
            return Instant.ofEpochSecond(epochSecond(date, first.startSecond(), true));
        }
        if (second >= last.endSecond()) {
            return Instant.ofEpochSecond(epochSecond(date, last.endSecond(), false));
        }
        for (TimeRange r : ranges) {
            if (second < r.startSecond()) {
                return Instant.ofEpochSecond(epochSecond(date, r.startSecond(), true));
            }
            if (second < r.endSecond()) {
                break;
            }
        }
        return Instant.ofEpochSecond(epochSecond(date, second, true), local.getNano());
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
        indexOf(to.getEpochSecond());
        Iterator<Interval> it = new PeriodIterator(from, to);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(it,
                Spliterator.ORDERED | Spliterator.NONNULL | Spliterator.DISTINCT), false);
    }

    /**
     * Describes what a caller should know about answers between two instants: the years
     * that the holiday data does not cover (where only the weekly hours and recurring
     * holidays apply) and years whose data is provisional.
     *
     * @param from  the start of the range, not null
     * @param to  the end of the range, not null
     * @return the warnings, empty if none, not null
     */
    public List<String> warnings(Instant from, Instant to) {
        Instant a = from.isBefore(to) ? from : to;
        Instant b = from.isBefore(to) ? to : from;
        int first = a.atZone(zone).getYear();
        int last = b.atZone(zone).getYear();
        List<String> warnings = new ArrayList<>();
        if (coverage != null) {
            LocalDate lastCovered = coverage.getEndInclusive();
            if (last > lastCovered.getYear()) {
                warnings.add("calendar '" + name + "': holiday data ends " + lastCovered + "; from "
                        + lastCovered.plusDays(1) + " only the weekly hours and recurring holidays apply");
            }
            if (first < coverage.getStart().getYear()) {
                warnings.add("calendar '" + name + "': holiday data starts " + coverage.getStart() + "; before it only the weekly hours"
                        + " and recurring holidays apply");
            }
        }
        for (HolidaySet set : sets) {
            for (int y = first; y <= last; y++) {
                if (set.isProvisional(Year.of(y))) {
                    warnings.add("calendar '" + name + "': holiday set '" + set.name() + "' data for " + y + " is provisional");
                }
            }
        }
        return warnings;
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
        if (!(obj instanceof WorkCalendar)) {
            return false;
        }
        WorkCalendar o = (WorkCalendar) obj;
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
    private static long nanos(Duration amount) {
        try {
            return amount.toNanos();
        } catch (ArithmeticException ex) {
            throw new DateTimeException("Working time " + amount + " is too long to count", ex);
        }
    }

    private int indexOf(long sec) {
        long[] ys = yearStarts;
        if (sec < ys[0] || sec >= ys[YEARS]) {
            throw new DateTimeException("Instant " + Instant.ofEpochSecond(sec) + " is outside the years "
                    + MIN_YEAR + "-" + MAX_YEAR + " that calendar '" + name + "' supports");
        }
        int i = (int) Math.min(YEARS - 1, (sec - ys[0]) / AVERAGE_YEAR_SECONDS);
        while (sec < ys[i]) {
            i--;
        }
        while (sec >= ys[i + 1]) {
            i++;
        }
        return i;
    }

    private int nextIndex(int idx, Instant from) {
        if (idx + 1 >= YEARS) {
            throw new DateTimeException("Counting from " + from + " in calendar '" + name
                    + "' goes past the last supported year " + MAX_YEAR);
        }
        return idx + 1;
    }

    private int previousIndex(int idx, Instant from) {
        if (idx == 0) {
            throw new DateTimeException("Counting back from " + from + " in calendar '" + name
                    + "' goes before the first supported year " + MIN_YEAR);
        }
        return idx - 1;
    }

    private int checkEmpty(int empty, Instant from, String direction) {
        if (empty + 1 >= EMPTY_YEARS) {
            throw noWorkingTime(from, direction);
        }
        return empty + 1;
    }

    private NoWorkingTimeException noWorkingTime(Instant from, String direction) {
        return new NoWorkingTimeException("Calendar '" + name + "' has no working time in the " + EMPTY_YEARS
                + " years " + direction + " " + from + "; check its weekly hours and holidays");
    }

    /**
     * The working nanoseconds of year {@code idx} before an instant; zero at the year's first
     * instant without building the year, so that a range ending there needs no data of that year.
     */
    private long positionInYear(int idx, long sec, int nano) {
        return sec == yearStarts[idx] && nano == 0 ? 0 : segment(idx).position(sec, nano);
    }

    Segment segment(int idx) {
        Segment seg = segments[idx];
        if (seg == null) {
            seg = buildSegment(idx);
            segments[idx] = seg;
        }
        if (seg.uncovered != null) {
            throw new CalendarDataException(seg.uncovered);
        }
        return seg;
    }

    private Segment buildSegment(int idx) {
        int year = MIN_YEAR + idx;
        long lo = yearStarts[idx];
        long hi = yearStarts[idx + 1];
        if (strict && coverage != null
                && (year < coverage.getStart().getYear() || year > coverage.getEndInclusive().getYear())) {
            return new Segment(year, lo, hi, new long[0], new long[0], "Strict calendar '" + name
                    + "' has no holiday data for " + year + "; its data covers " + coverage.getStart() + " to "
                    + coverage.getEndInclusive());
        }
        LongList starts = new LongList();
        LongList ends = new LongList();
        LocalDate last = LocalDate.of(year, 12, 31);
        for (LocalDate date = LocalDate.of(year - 1, 12, 31); !date.isAfter(last); date = date.plusDays(1)) {
            boolean spillOnly = date.getYear() < year;
            for (TimeRange r : hoursOn(date).rangeArray()) {
                if (spillOnly && r.endSecond() <= TimeRange.SECONDS_PER_DAY) {
                    continue;
                }
                long s = Math.max(lo, epochSecond(date, r.startSecond(), true));
                long e = Math.min(hi, epochSecond(date, r.endSecond(), false));
                if (s >= e) {
                    continue;
                }
                int n = starts.size;
                if (n > 0 && s <= ends.data[n - 1]) {
                    ends.data[n - 1] = Math.max(ends.data[n - 1], e);
                    starts.data[n - 1] = Math.min(starts.data[n - 1], s);
                } else {
                    starts.add(s);
                    ends.add(e);
                }
            }
        }
        return new Segment(year, lo, hi, starts.toArray(), ends.toArray(), null);
    }

    /**
     * The epoch second of a wall-clock time on a date; the second of the day may reach into
     * the next day. In a gap the time moves to the transition; in an overlap a start takes
     * the earlier instant and an end the later one.
     */
    private long epochSecond(LocalDate date, int secondOfDay, boolean start) {
        LocalDateTime ldt = LocalDateTime.of(date, LocalTime.MIDNIGHT).plusSeconds(secondOfDay);
        if (fixedOffset != null) {
            return ldt.toEpochSecond(fixedOffset);
        }
        List<ZoneOffset> offsets = rules.getValidOffsets(ldt);
        if (offsets.size() == 1) {
            return ldt.toEpochSecond(offsets.get(0));
        }
        if (offsets.isEmpty()) {
            return rules.getTransition(ldt).toEpochSecond();
        }
        long a = ldt.toEpochSecond(offsets.get(0));
        long b = ldt.toEpochSecond(offsets.get(1));
        return start ? Math.min(a, b) : Math.max(a, b);
    }

    /** A growable array of longs. */
    private static final class LongList {
        long[] data = new long[512];
        int size;

        void add(long v) {
            if (size == data.length) {
                data = java.util.Arrays.copyOf(data, size * 2);
            }
            data[size++] = v;
        }

        long[] toArray() {
            return java.util.Arrays.copyOf(data, size);
        }
    }

    /** Iterates the open periods in a range, joining periods that touch across years. */
    private final class PeriodIterator implements Iterator<Interval> {
        private final Instant from;
        private final Instant to;
        private final long toSec;
        private int idx;
        private int i;
        private Interval next;

        PeriodIterator(Instant from, Instant to) {
            this.from = from;
            this.to = to;
            this.toSec = to.getEpochSecond();
            long sec = from.getEpochSecond();
            this.idx = indexOf(sec);
            this.i = segment(idx).firstEndingAfter(sec);
            advance();
        }

        /** Moves to the next raw period; returns {start, end} or null when past the range. */
        private long[] raw() {
            while (true) {
                Segment seg = segment(idx);
                if (i < seg.size()) {
                    if (seg.starts[i] > toSec) {
                        return null;
                    }
                    long[] p = {seg.starts[i], seg.ends[i]};
                    i++;
                    return p;
                }
                if (idx + 1 >= YEARS || !isBeforeTo(seg.hi)) {
                    return null;
                }
                idx++;
                i = 0;
            }
        }

        /** Checks if an epoch second lies before the (exclusive) end of the range. */
        private boolean isBeforeTo(long sec) {
            return sec < toSec || (sec == toSec && to.getNano() > 0);
        }

        private void advance() {
            next = null;
            long[] p = raw();
            while (p != null) {
                long start = p[0];
                long end = p[1];
                Segment seg = segment(idx);
                while (end == seg.hi && idx + 1 < YEARS && isBeforeTo(end)) {
                    Segment following = segment(idx + 1);
                    if (following.size() == 0 || following.starts[0] != end) {
                        break;
                    }
                    idx++;
                    i = 1;
                    seg = following;
                    end = seg.ends[0];
                }
                Instant s = Instant.ofEpochSecond(start);
                Instant e = Instant.ofEpochSecond(end);
                if (s.isBefore(from)) {
                    s = from;
                }
                if (e.isAfter(to)) {
                    e = to;
                }
                if (s.isBefore(e)) {
                    next = Interval.of(s, e);
                    return;
                }
                if (!s.isBefore(to)) {
                    return;
                }
                p = raw();
            }
        }

        @Override
        public boolean hasNext() {
            return next != null;
        }

        @Override
        public Interval next() {
            if (next == null) {
                throw new NoSuchElementException();
            }
            Interval result = next;
            advance();
            return result;
        }
    }

    // -----------------------------------------------------------------------
    /**
     * A builder of a {@link WorkCalendar}. {@link #build()} validates everything at once
     * and reports every problem.
     *
     * <p>This class is mutable and not thread-safe.
     */
    public static final class Builder {
        private String name = "calendar";
        private ZoneId zone;
        private String zoneText;
        private WeeklyHours weeklyHours;
        private final WeeklyHours.Builder weeklyRanges = WeeklyHours.builder();
        private boolean hasRanges;
        private DayHours holidayHours = DayHours.CLOSED;
        private final List<HolidaySet> sets = new ArrayList<>();
        private final HolidaySet.Builder own = HolidaySet.builder("own");
        private final Map<LocalDate, DayHours> overrides = new LinkedHashMap<>();
        private final List<String> problems = new ArrayList<>();
        private boolean shortDays = true;
        private boolean strict;

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
         * @param shortening  how much earlier the day closes, positive, not null
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
                problems.add("date " + date + " is overridden twice");
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
            List<String> found = new ArrayList<>(problems);
            ZoneId z = zone;
            if (z == null && zoneText != null) {
                try {
                    z = ZoneId.of(zoneText);
                } catch (DateTimeException ex) {
                    found.add("unknown time zone '" + zoneText + "'; use an IANA id such as Europe/Moscow or UTC");
                }
            } else if (z == null) {
                found.add("no time zone");
            }
            WeeklyHours weekly = weeklyHours;
            if (hasRanges) {
                List<String> weeklyProblems = weeklyRanges.problems();
                for (String p : weeklyProblems) {
                    found.add("weekly hours, " + p);
                }
                if (weeklyHours != null) {
                    found.add("weekly hours are given both as a whole and as ranges");
                }
                if (weeklyProblems.isEmpty()) {
                    weekly = weeklyRanges.build();
                }
            } else if (weekly == null) {
                weekly = WeeklyHours.CLOSED;
            }
            if (weekly != null && weekly.isClosed() && holidayHours.isClosed()
                    && overrides.values().stream().allMatch(DayHours::isClosed)) {
                found.add("no working time: the weekly hours are closed every day");
            }
            List<String> ownProblems = own.problems();
            for (String p : ownProblems) {
                found.add(p.replace(" in set 'own'", "").replace(" of set 'own'", ""));
            }
            HolidaySet ownSet = ownProblems.isEmpty() ? own.build() : null;
            found.addAll(conflicts(ownSet));
            if (!found.isEmpty()) {
                throw new InvalidCalendarException("calendar '" + name + "'", found);
            }
            return new WorkCalendar(this, z, weekly, ownSet, coverage());
        }

        /** A date that is a working day in one source and a holiday in another; {@code ownSet} may be null. */
        private List<String> conflicts(HolidaySet ownSet) {
            List<HolidaySet> all = new ArrayList<>(sets);
            if (ownSet != null) {
                all.add(ownSet);
            }
            Map<LocalDate, String> reported = new TreeMap<>();
            for (HolidaySet a : all) {
                for (LocalDate date : a.workingRules().keySet()) {
                    for (HolidaySet b : all) {
                        if (b != a && b.nonWorking(date) != null && !overrides.containsKey(date)) {
                            reported.put(date, date + " is a working day in " + label(a) + " and a holiday or day off in " + label(b));
                        }
                    }
                }
            }
            return new ArrayList<>(reported.values());
        }

        private String label(HolidaySet set) {
            return set.name().equals("own") && !sets.contains(set) ? "the calendar's own rules" : "set '" + set.name() + "'";
        }

        /** The dates every set with dated data covers. */
        private LocalDateRange coverage() {
            LocalDate start = null;
            LocalDate end = null;
            for (HolidaySet set : sets) {
                Optional<LocalDateRange> c = set.coverage();
                if (c.isPresent()) {
                    start = start == null || c.get().getStart().isAfter(start) ? c.get().getStart() : start;
                    end = end == null || c.get().getEnd().isBefore(end) ? c.get().getEnd() : end;
                }
            }
            if (start == null) {
                return null;
            }
            return end.isAfter(start) ? LocalDateRange.of(start, end) : LocalDateRange.ofEmpty(start);
        }
    }
}
