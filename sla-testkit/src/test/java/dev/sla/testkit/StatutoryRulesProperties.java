package dev.sla.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sla.calendar.DayRule;
import dev.sla.calendar.HolidaySet;
import dev.sla.calendar.StatutoryRules;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Statutory rules from the kit against a slow day-by-day reference, and through their text form. */
class StatutoryRulesProperties {

    @Provide
    Arbitrary<StatutoryRules> rules() {
        return SlaArbitraries.statutoryRules();
    }

    /**
     * The rules of a year agree with a day-by-day walk: a weekend holiday leaves one day off owed, paid on
     * the next day that is neither a weekend day nor a holiday nor already off; a day is short when it is a
     * weekday, not off, and the next day is a holiday.
     */
    @Property(tries = 400)
    void rulesAgreeWithADayByDayWalk(@ForAll("rules") StatutoryRules rules,
            @ForAll @IntRange(min = 1950, max = 2150) int year) {
        Map<LocalDate, DayRule.Kind> expected = new TreeMap<>();
        Set<LocalDate> off = new java.util.HashSet<>();
        int owed = 0;
        for (LocalDate d = LocalDate.of(year - 1, 1, 1); d.getYear() <= year + 1; d = d.plusDays(1)) {
            boolean weekend = rules.weekend().contains(d.getDayOfWeek());
            if (holiday(rules, d)) {
                off.add(d);
                if (weekend && rules.carriesOver() && !rules.carryOverExcept().contains(d.getMonth())) {
                    owed++;
                }
                if (d.getYear() == year) {
                    expected.put(d, DayRule.Kind.HOLIDAY);
                }
            } else if (!weekend && owed > 0) {
                owed--;
                off.add(d);
                if (d.getYear() == year) {
                    expected.put(d, DayRule.Kind.DAY_OFF);
                }
            }
        }
        if (rules.shortening().isPresent()) {
            for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
                if (!rules.weekend().contains(d.getDayOfWeek()) && !off.contains(d) && holiday(rules, d.plusDays(1))) {
                    expected.put(d, DayRule.Kind.SHORT_DAY);
                }
            }
        }
        Map<LocalDate, DayRule.Kind> actual = new TreeMap<>();
        for (DayRule r : rules.rulesOf(Year.of(year))) {
            assertThat(actual.put(r.date(), r.kind())).as("one rule a date: %s", r).isNull();
            if (r.kind() == DayRule.Kind.SHORT_DAY) {
                assertThat(r.shortening()).isEqualTo(rules.shortening().get());
            }
        }
        assertThat(actual).isEqualTo(expected);
    }

    private static boolean holiday(StatutoryRules rules, LocalDate d) {
        return rules.holidays().containsKey(MonthDay.from(d)) && MonthDay.from(d).isValidYear(d.getYear());
    }

    /** A set of generated statutory rules survives its text form. */
    @Property(tries = 200)
    void theTextFormKeepsTheRules(@ForAll("rules") StatutoryRules rules) {
        HolidaySet set = HolidaySet.builder("generated").yearRules(rules).build();
        HolidaySet again = HolidaySet.parse(set.format());
        assertThat(again).isEqualTo(set);
        assertThat(again.yearRules()).contains(rules);
        assertThat(again.rules(Year.of(2031))).isEqualTo(set.rules(Year.of(2031)));
    }
}
