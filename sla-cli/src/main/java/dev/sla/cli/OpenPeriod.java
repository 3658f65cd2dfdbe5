package dev.sla.cli;

import dev.sla.calendar.WorkCalendar;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import org.threeten.extra.Interval;

/**
 * The open period of a calendar at an instant: the one around it when the calendar is open,
 * else the next one. Its start is null when the calendar has been open without a break for
 * more than {@value #LOOK_BACK_DAYS} days (a 24/7 calendar), its end null when it stays open
 * to the end of the supported years.
 *
 * @param start  the first instant of the period, or null
 * @param end  the instant the period ends (exclusive), or null
 */
record OpenPeriod(Instant start, Instant end) {

    /** How far back the start of an open period is looked for. */
    static final int LOOK_BACK_DAYS = 512;

    /**
     * Finds the open period around an instant, or the next one if the calendar is closed then.
     *
     * @throws dev.sla.calendar.NoWorkingTimeException if the calendar is closed and has no working time ahead
     */
    static OpenPeriod at(WorkCalendar cal, Instant at) {
        if (!cal.isOpen(at)) {
            Instant start = cal.nextOpen(at);
            return new OpenPeriod(start, cal.nextClose(start).orElse(null));
        }
        return new OpenPeriod(startBefore(cal, at), cal.nextClose(at).orElse(null));
    }

    /** The start of the open period around an instant at which the calendar is open, or null. */
    private static Instant startBefore(WorkCalendar cal, Instant at) {
        for (int days = 1; days <= LOOK_BACK_DAYS; days *= 2) {
            Instant from = at.minus(Duration.ofDays(days));
            Interval last = null;
            try {
                Iterator<Interval> periods = cal.openPeriods(from, at.plusNanos(1)).iterator();
                while (periods.hasNext()) {
                    last = periods.next();
                }
            } catch (DateTimeException ex) {
                return null;
            }
            if (last != null && last.getStart().isAfter(from)) {
                return last.getStart();
            }
        }
        return null;
    }
}
