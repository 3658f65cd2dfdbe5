package dev.sla.calendar;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import org.threeten.extra.LocalDateRange;

/**
 * The year tables of a calendar, one per local year from {@link WorkCalendar#MIN_YEAR} to
 * {@link WorkCalendar#MAX_YEAR}, each computed on first use and then kept.
 *
 * <p>Tables are immutable once built; two threads that build the same year at once build
 * equal tables, and either may be kept, so no lock is needed.
 */
final class YearTables {

    /** How many years are supported. */
    static final int YEARS = WorkCalendar.MAX_YEAR - WorkCalendar.MIN_YEAR + 1;
    private static final long AVERAGE_YEAR_SECONDS = 31_556_952L;

    private final String calendarName;
    private final DayResolver days;
    private final WallClock clock;
    private final boolean strict;
    /** The dates the holiday data covers, or null if it covers every year. */
    private final LocalDateRange coverage;
    /** The first instant of each year, and of the year after the last, as epoch seconds. */
    final long[] yearStarts;
    /** The tables built so far, by index of year; the arithmetic reads them directly. */
    final YearTable[] built = new YearTable[YEARS];

    YearTables(String calendarName, DayResolver days, WallClock clock, boolean strict, LocalDateRange coverage) {
        this.calendarName = calendarName;
        this.days = days;
        this.clock = clock;
        this.strict = strict;
        this.coverage = coverage;
        this.yearStarts = new long[YEARS + 1];
        for (int i = 0; i <= YEARS; i++) {
            yearStarts[i] = clock.epochSecond(LocalDate.of(WorkCalendar.MIN_YEAR + i, 1, 1), 0, true);
        }
    }

    /** The first instant of year {@code idx}, as an epoch second; {@code YEARS} gives the end of the last year. */
    long yearStart(int idx) {
        return yearStarts[idx];
    }

    /**
     * The index of the year holding an epoch second.
     *
     * @param sec  the epoch second
     * @return the index, from 0 to {@code YEARS - 1}
     * @throws DateTimeException if the second is outside the supported years
     */
    int indexOf(long sec) {
        return indexOf(yearStarts, sec, calendarName);
    }

    /**
     * The index of the year holding an epoch second.
     *
     * @param ys  the first instants of the years, as {@link #yearStarts}
     * @param sec  the epoch second
     * @param calendarName  the name of the calendar, for the message
     * @return the index, from 0 to {@code YEARS - 1}
     * @throws DateTimeException if the second is outside the supported years
     */
    static int indexOf(long[] ys, long sec, String calendarName) {
        if (sec < ys[0] || sec >= ys[YEARS]) {
            throw new DateTimeException("Instant " + Instant.ofEpochSecond(sec) + " is outside the years "
                    + WorkCalendar.MIN_YEAR + "-" + WorkCalendar.MAX_YEAR + " that calendar '" + calendarName + "' supports");
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

    /**
     * The table of year {@code idx}, built on first use.
     *
     * @param idx  the index of the year
     * @return the table
     * @throws CalendarDataException if the calendar is strict and its data does not cover the year
     */
    YearTable table(int idx) {
        YearTable table = built[idx];
        if (table == null) {
            table = build(idx);
            built[idx] = table;
        }
        if (table.uncovered != null) {
            throw new CalendarDataException(table.uncovered);
        }
        return table;
    }

    /**
     * The working nanoseconds of year {@code idx} before an instant; zero at the year's first
     * instant without building the year, so that a range ending there needs no data of that year.
     */
    long positionInYear(int idx, long sec, int nano) {
        return sec == yearStarts[idx] && nano == 0 ? 0 : table(idx).position(sec, nano);
    }

    private YearTable build(int idx) {
        int year = WorkCalendar.MIN_YEAR + idx;
        long lo = yearStarts[idx];
        long hi = yearStarts[idx + 1];
        if (strict && coverage != null
                && (year < coverage.getStart().getYear() || year > coverage.getEndInclusive().getYear())) {
            return new YearTable(lo, hi, new long[0], new long[0], "Strict calendar '" + calendarName
                    + "' has no holiday data for " + year + "; its data covers " + coverage.getStart() + " to "
                    + coverage.getEndInclusive());
        }
        LongList starts = new LongList();
        LongList ends = new LongList();
        LocalDate last = LocalDate.of(year, 12, 31);
        for (LocalDate date = LocalDate.of(year - 1, 12, 31); !date.isAfter(last); date = date.plusDays(1)) {
            boolean spillOnly = date.getYear() < year;
            for (TimeRange r : days.hours(date).rangeArray()) {
                if (spillOnly && r.endSecond() <= TimeRange.SECONDS_PER_DAY) {
                    continue;
                }
                long s = Math.max(lo, clock.epochSecond(date, r.startSecond(), true));
                long e = Math.min(hi, clock.epochSecond(date, r.endSecond(), false));
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
        return new YearTable(lo, hi, starts.toArray(), ends.toArray(), null);
    }

    /** A growable array of longs. */
    private static final class LongList {
        long[] data = new long[512];
        int size;

        void add(long v) {
            if (size == data.length) {
                data = Arrays.copyOf(data, size * 2);
            }
            data[size++] = v;
        }

        long[] toArray() {
            return Arrays.copyOf(data, size);
        }
    }
}
