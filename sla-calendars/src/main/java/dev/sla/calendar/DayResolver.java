package dev.sla.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Decides the hours of a date: an override first, then a holiday or day off (the
 * calendar's own rules before its holiday sets, in order), then a transferred working
 * day, then the weekly hours; a short day then closes the day earlier.
 *
 * <p>{@link #hours(LocalDate)} is the fast path that the year tables use, 366 dates a
 * year: it builds no text. {@link #explain(LocalDate)} gives the same hours with the
 * rule that gave them, in words.
 */
final class DayResolver {

    private final String calendarName;
    private final WeeklyHours weekly;
    private final DayHours holidayHours;
    private final Map<LocalDate, DayHours> overrides;
    /** The calendar's own rules first, then its holiday sets in order. */
    private final HolidaySet[] sources;
    /** How many of {@link #sources} give short days: all, or only the own rules. */
    private final int shortDaySources;

    DayResolver(String calendarName, WeeklyHours weekly, DayHours holidayHours, Map<LocalDate, DayHours> overrides,
            HolidaySet own, List<HolidaySet> sets, boolean shortDays) {
        this.calendarName = calendarName;
        this.weekly = weekly;
        this.holidayHours = holidayHours;
        this.overrides = overrides;
        this.sources = new HolidaySet[sets.size() + 1];
        sources[0] = own;
        for (int i = 0; i < sets.size(); i++) {
            sources[i + 1] = sets.get(i);
        }
        this.shortDaySources = shortDays ? sources.length : 1;
    }

    /**
     * The hours of a date, building no text.
     *
     * @param date  the date
     * @return the hours
     */
    DayHours hours(LocalDate date) {
        DayHours override = overrides.get(date);
        if (override != null) {
            return override;
        }
        for (HolidaySet s : sources) {
            if (s.isNonWorking(date)) {
                return holidayHours;
            }
        }
        DayHours hours = null;
        for (int i = 0; hours == null && i < sources.length; i++) {
            DayRule working = sources[i].working(date);
            if (working != null) {
                hours = weekly.on(working.like());
            }
        }
        if (hours == null) {
            hours = weekly.on(date.getDayOfWeek());
        }
        if (hours.isClosed()) {
            return hours;
        }
        for (int i = 0; i < shortDaySources; i++) {
            DayRule shortened = sources[i].shortDay(date);
            if (shortened != null) {
                return hours.shortenedBy(shortened.shortening());
            }
        }
        return hours;
    }

    /**
     * The hours of a date with the rule that gave them.
     *
     * @param date  the date
     * @return the day
     */
    WorkDay explain(LocalDate date) {
        DayHours override = overrides.get(date);
        if (override != null) {
            return new WorkDay(date, override, "override of calendar '" + calendarName + "'");
        }
        for (int i = 0; i < sources.length; i++) {
            DayRule closed = sources[i].nonWorking(date);
            if (closed != null) {
                String what = closed.kind() == DayRule.Kind.HOLIDAY ? "holiday" : "day off";
                return new WorkDay(date, holidayHours, what + " '" + closed.note() + "' (" + source(i) + ")");
            }
        }
        DayHours hours = null;
        String reason = null;
        for (int i = 0; hours == null && i < sources.length; i++) {
            DayRule working = sources[i].working(date);
            if (working != null) {
                hours = weekly.on(working.like());
                reason = "working day with " + WeeklyHours.dayName(working.like()) + "'s hours '"
                        + working.note() + "' (" + source(i) + ")";
            }
        }
        if (hours == null) {
            hours = weekly.on(date.getDayOfWeek());
            reason = "weekly hours of " + WeeklyHours.dayName(date.getDayOfWeek());
        }
        for (int i = 0; !hours.isClosed() && i < shortDaySources; i++) {
            DayRule shortened = sources[i].shortDay(date);
            if (shortened != null) {
                hours = hours.shortenedBy(shortened.shortening());
                reason += ", shortened by " + shortened.shortening() + " '" + shortened.note() + "' (" + source(i) + ")";
                break;
            }
        }
        return new WorkDay(date, hours, reason);
    }

    private String source(int i) {
        return i == 0 ? "calendar '" + calendarName + "'" : "set '" + sources[i].name() + "'";
    }
}
