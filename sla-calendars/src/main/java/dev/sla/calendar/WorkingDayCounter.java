package dev.sla.calendar;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Counts working days: the instant at the same wall-clock time on the n-th working day
 * after or before a date, moved into that day's hours.
 */
final class WorkingDayCounter {

    private static final int YEARS = YearTables.YEARS;
    private static final int MIN_YEAR = WorkCalendar.MIN_YEAR;
    private static final int MAX_YEAR = WorkCalendar.MAX_YEAR;
    private static final int EMPTY_YEARS = WorkCalendar.EMPTY_YEARS;

    private final String name;
    private final ZoneId zone;
    private final DayResolver days;
    private final WallClock clock;
    private final YearTables tables;

    WorkingDayCounter(String name, ZoneId zone, DayResolver days, WallClock clock, YearTables tables) {
        this.name = name;
        this.zone = zone;
        this.days = days;
        this.clock = clock;
        this.tables = tables;
    }

    /**
     * Adds working days; see {@link WorkCalendar#addWorkingDays(Instant, int)}.
     *
     * @param start  the instant to count from
     * @param count  the number of working days, may be negative
     * @return the instant on the working day reached
     */
    Instant add(Instant start, int count) {
        if (count == 0) {
            return start;
        }
        ZonedDateTime local = start.atZone(zone);
        LocalDate date = local.toLocalDate();
        int step = count > 0 ? 1 : -1;
        int left = Math.abs(count);
        int searched = 0;
        DayHours hours = DayHours.CLOSED;
        while (left > 0) {
            date = date.plusDays(step);
            if (date.getYear() < MIN_YEAR || date.getYear() > MAX_YEAR) {
                if (left == Math.abs(count) && days.hours(local.toLocalDate()).isClosed()) {
                    throw new NoWorkingTimeException("Calendar '" + name + "' has no working day " + (step > 0 ? "after " : "before ")
                            + start + " in the supported years " + MIN_YEAR + "-" + MAX_YEAR + "; check its weekly hours and holidays");
                }
                throw beyondSupportedYears(start);
            }
            hours = days.hours(date);
            if (!hours.isClosed()) {
                left--;
                searched = 0;
            } else if (++searched > EMPTY_YEARS * 366) {
                throw noWorkingTime(start, step > 0 ? "after" : "before");
            }
        }
        long sec = atTimeOf(hours, date, local.toLocalTime().toSecondOfDay());
        if (sec < tables.yearStart(0) || sec >= tables.yearStart(YEARS)) {
            throw beyondSupportedYears(start);
        }
        return Instant.ofEpochSecond(sec, local.getNano() == 0 || !isInside(hours, local.toLocalTime().toSecondOfDay())
                ? 0 : local.getNano());
    }

    /** The epoch second a time of day becomes on a working day: inside the hours as it is, else moved to them. */
    private long atTimeOf(DayHours hours, LocalDate date, int second) {
        TimeRange[] ranges = hours.rangeArray();
        TimeRange first = ranges[0];
        TimeRange last = ranges[ranges.length - 1];
        if (second < first.startSecond()) {
            return clock.epochSecond(date, first.startSecond(), true);
        }
        if (second >= last.endSecond()) {
            return clock.epochSecond(date, last.endSecond(), false);
        }
        for (TimeRange r : ranges) {
            if (second < r.startSecond()) {
                return clock.epochSecond(date, r.startSecond(), true);
            }
            if (second < r.endSecond()) {
                break;
            }
        }
        return clock.epochSecond(date, second, true);
    }

    /** Checks if a second of the day lies inside one of the ranges of the hours. */
    private static boolean isInside(DayHours hours, int second) {
        for (TimeRange r : hours.rangeArray()) {
            if (second >= r.startSecond() && second < r.endSecond()) {
                return true;
            }
        }
        return false;
    }

    private NoWorkingTimeException noWorkingTime(Instant from, String direction) {
        return new NoWorkingTimeException("Calendar '" + name + "' has no working time in the " + EMPTY_YEARS
                + " years " + direction + " " + from + "; check its weekly hours and holidays");
    }

    private DateTimeException beyondSupportedYears(Instant start) {
        return new DateTimeException("Working days from " + start + " in calendar '" + name
                + "' reach beyond the supported years " + MIN_YEAR + "-" + MAX_YEAR);
    }
}
