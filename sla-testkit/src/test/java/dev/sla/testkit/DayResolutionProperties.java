package dev.sla.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sla.calendar.HolidaySet;
import dev.sla.calendar.WorkCalendar;
import dev.sla.calendar.WorkDay;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The two paths of day resolution agree: the fast hours that the year tables are built
 * from ({@link WorkCalendar#hoursOn(LocalDate)}) and the explained day
 * ({@link WorkCalendar#day(LocalDate)}) give the same hours for every date.
 */
class DayResolutionProperties {

    /** A generated calendar and a run of dates around its rules. */
    record Case(CalendarRecipe generated, LocalDate first, int days) {

        @Override
        public String toString() {
            return generated + "\n  dates from " + first + ", " + days + " days";
        }
    }

    @Provide
    Arbitrary<Case> cases() {
        return Arbitraries.randomValue(r -> {
            CalendarRecipe g = CalendarRecipe.random(r);
            LocalDate first = LocalDate.of(2018, 10, 1).plusDays(r.nextInt(11 * 365));
            return new Case(g, first, 60 + r.nextInt(400));
        });
    }

    @Property(tries = 200)
    void theFastAndTheExplainedHoursAgree(@ForAll("cases") Case c) {
        WorkCalendar cal = c.generated().calendar();
        for (int i = 0; i < c.days(); i++) {
            LocalDate date = c.first().plusDays(i);
            WorkDay day = cal.day(date);
            assertThat(cal.hoursOn(date)).as("%s (%s)", date, day.reason()).isEqualTo(day.hours());
            assertThat(cal.isWorkingDay(date)).isEqualTo(day.isWorkingDay());
        }
    }

    @Property(tries = 50)
    void theOwnRulesOfACalendarRecipeSurviveTheTextForm(@ForAll("cases") Case c) {
        HolidaySet own = c.generated().calendar().ownRules();
        assertThat(HolidaySet.parse(own.format())).isEqualTo(own);
    }
}
