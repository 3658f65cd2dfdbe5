package dev.sla.core;

import dev.sla.calendar.DayRule;
import dev.sla.calendar.HolidaySet;
import dev.sla.calendar.WeeklyHours;
import dev.sla.calendar.WorkCalendar;
import java.time.ZoneId;
import java.util.List;

/**
 * A calendar built again with another zone, weekly hours and holiday sets, keeping every
 * other rule of the calendar as stated: its name, holiday hours, own day rules, overrides,
 * short days and strictness.
 */
final class CalendarBinding {

    private CalendarBinding() {
    }

    /**
     * Builds a copy of a calendar with its zone, hours and holiday sets replaced.
     *
     * @throws dev.sla.calendar.InvalidCalendarException if the calendar so built breaks a rule
     */
    static WorkCalendar copy(WorkCalendar base, ZoneId zone, WeeklyHours hours, List<HolidaySet> sets) {
        WorkCalendar.Builder b = WorkCalendar.builder().name(base.name()).zone(zone).weeklyHours(hours)
                .holidayHours(base.holidayHours()).shortDays(base.appliesShortDays()).strict(base.isStrict());
        for (HolidaySet set : sets) {
            b.holidays(set);
        }
        HolidaySet own = base.ownRules();
        for (DayRule r : own.rules()) {
            switch (r.kind()) {
                case WORKING_DAY:
                    b.workingDay(r.date(), r.like(), r.note());
                    break;
                case SHORT_DAY:
                    b.shortDay(r.date(), r.shortening(), r.note());
                    break;
                default:
                    b.holiday(r.date(), r.note());
                    break;
            }
        }
        own.recurringHolidays().forEach(b::recurringHoliday);
        base.overrides().forEach(b::override);
        return b.build();
    }
}
