package dev.sla.json;

import dev.sla.Problem;
import dev.sla.calendar.HolidaySet;
import dev.sla.calendar.InvalidCalendarException;
import dev.sla.calendar.WorkCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads holiday sets from iCalendar (RFC 5545) files and writes calendars as iCalendar
 * feeds that a calendar application can subscribe to.
 *
 * <p>Reading takes the days off of a file: an all-day event is a holiday on each of its
 * dates (a day off that is not a public holiday when its {@code CATEGORIES} include
 * {@code day off}), named by its {@code SUMMARY}; an all-day event with a plain yearly
 * {@code RRULE:FREQ=YEARLY} is a recurring holiday; a cancelled event is no day off; two
 * events on one date give one day off named by both. Timed events, other recurrences
 * ({@code COUNT}, {@code UNTIL}, {@code INTERVAL}, {@code BY...} parts other than the
 * start's month and day, {@code RDATE}, {@code EXDATE}, {@code RECURRENCE-ID}), to-dos,
 * journal entries and free/busy entries are problems, located by line: a holiday set's
 * file holds days off only. An event that Microsoft Outlook marks all-day
 * ({@code X-MICROSOFT-CDO-ALLDAYEVENT:TRUE}) and writes from midnight to midnight in a time
 * zone is an all-day event on the dates as written. The set covers the years from its first
 * dated day off to its last; outside them only its recurring holidays apply.
 *
 * <p>Writing gives one {@code VEVENT} per open period, in UTC, or per run of consecutive
 * days off with one name and kind, as all-day events in the category {@code holiday} or
 * {@code day off}; each has a UID made of the feed's id and its start, the same on every
 * run, and the {@code PRODID} names sla. Reading what {@link #daysOff} writes gives back
 * the same days off.
 *
 * <p>This class is stateless and thread-safe.
 *
 * @since 0.1
 */
public final class CalendarIcs {

    private CalendarIcs() {
    }

    /**
     * Obtains a holiday set from the text of an iCalendar file. The set declares the years from
     * its first dated event to its last, with the origin as their source, so that a calendar
     * using it warns when an answer reaches past them.
     *
     * @param name  the name of the set, not null
     * @param origin  the file name or other origin, used in problems, not null
     * @param text  the iCalendar text, not null
     * @return the set, not null
     * @throws InvalidCalendarException listing every problem, each as {@code origin:line: message}
     */
    public static HolidaySet holidaySet(String name, String origin, String text) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(text, "text");
        HolidaySet.Builder b = HolidaySet.builder(name);
        List<IcsHolidayReader.Located> found = IcsHolidayReader.read(text, b, origin);
        if (!found.isEmpty()) {
            List<Problem> problems = new ArrayList<>();
            found.forEach(p -> problems.add(new Problem("", origin + ":" + p.line() + ": " + p.message())));
            throw new InvalidCalendarException(origin, problems);
        }
        return b.build();
    }

    /**
     * Writes the open periods of a calendar on a range of dates as iCalendar text.
     *
     * @param calendar  the calendar, not null
     * @param from  the first date, in the calendar's zone, not null
     * @param toInclusive  the last date, not before {@code from}, not null
     * @param feedId  what makes the events' UIDs unique, such as {@code navixy-ru.support-hours}, not null
     * @param stamp  when the feed is written, its events' {@code DTSTAMP}, not null
     * @return the iCalendar text, not null
     * @throws IllegalArgumentException if {@code toInclusive} is before {@code from}
     */
    public static String openPeriods(WorkCalendar calendar, LocalDate from, LocalDate toInclusive, String feedId,
            Instant stamp) {
        check(calendar, from, toInclusive, feedId, stamp);
        return IcsWriter.openPeriods(calendar, from, toInclusive, feedId, stamp);
    }

    /**
     * Writes the holidays and days off of a calendar on a range of dates as all-day events:
     * on each date without an override, the holiday or day off of the calendar's own rules,
     * else of its first holiday set that has one.
     *
     * @param calendar  the calendar, not null
     * @param from  the first date, not null
     * @param toInclusive  the last date, not before {@code from}, not null
     * @param feedId  what makes the events' UIDs unique, such as {@code navixy-ru.support-hours}, not null
     * @param stamp  when the feed is written, its events' {@code DTSTAMP}, not null
     * @return the iCalendar text, not null
     * @throws IllegalArgumentException if {@code toInclusive} is before {@code from}
     */
    public static String daysOff(WorkCalendar calendar, LocalDate from, LocalDate toInclusive, String feedId,
            Instant stamp) {
        check(calendar, from, toInclusive, feedId, stamp);
        return IcsWriter.daysOff(calendar, from, toInclusive, feedId, stamp);
    }

    private static void check(WorkCalendar calendar, LocalDate from, LocalDate toInclusive, String feedId,
            Instant stamp) {
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(toInclusive, "toInclusive");
        Objects.requireNonNull(feedId, "feedId");
        Objects.requireNonNull(stamp, "stamp");
        if (toInclusive.isBefore(from)) {
            throw new IllegalArgumentException("the last date " + toInclusive + " is before the first " + from);
        }
    }
}
