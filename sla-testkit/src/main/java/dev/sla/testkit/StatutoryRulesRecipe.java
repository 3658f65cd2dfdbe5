package dev.sla.testkit;

import dev.sla.calendar.StatutoryRules;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.util.EnumSet;
import java.util.TreeSet;
import java.util.Random;
import java.util.Set;

/**
 * Statutory rules of a made-up law made from random choices: one to fifteen holidays on days
 * of a year that is not a leap year, a weekend of one to three days, carry-over of a holiday
 * on the weekend with up to three months excepted or none, and a shortening of the day before
 * a holiday or none. With every choice 0 it is one holiday on 1 January, a Monday weekend, no
 * carry-over and no shortening.
 *
 * <p>This class is stateless and thread-safe.
 */
final class StatutoryRulesRecipe {

    /** The most choices a set of rules takes. */
    static final int CHOICES = 30;
    private static final Duration[] SHORTENINGS = {Duration.ZERO, Duration.ofMinutes(30), Duration.ofHours(1)};

    private StatutoryRulesRecipe() {
    }

    /** Rules made from the choices. */
    static StatutoryRules rules(Random r) {
        StatutoryRules.Builder b = StatutoryRules.builder("generated law");
        Set<MonthDay> days = new TreeSet<>();
        for (int n = 1 + r.nextInt(15); n > 0; n--) {
            int day = r.nextInt(365);
            // a day taken already: the next one, so that the choices 0 end too
            while (!days.add(MonthDay.from(LocalDate.ofYearDay(2001, 1 + day)))) {
                day = (day + 1) % 365;
            }
        }
        days.forEach(d -> b.holiday(d, "holiday " + d));
        Set<DayOfWeek> weekend = EnumSet.noneOf(DayOfWeek.class);
        for (int n = 1 + r.nextInt(3); n > 0; n--) {
            int day = r.nextInt(7);
            while (!weekend.add(DayOfWeek.of(1 + day))) {
                day = (day + 1) % 7;
            }
        }
        b.weekend(weekend);
        if (r.nextBoolean()) {
            Set<Month> except = EnumSet.noneOf(Month.class);
            for (int n = r.nextInt(4); n > 0; n--) {
                int month = r.nextInt(12);
                while (!except.add(Month.of(1 + month))) {
                    month = (month + 1) % 12;
                }
            }
            b.carryOver(except);
        }
        Duration by = SHORTENINGS[r.nextInt(SHORTENINGS.length)];
        if (!by.isZero()) {
            b.shortBeforeHoliday(by);
        }
        return b.build();
    }
}
