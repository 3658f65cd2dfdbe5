package dev.sla.holidays;

import static org.assertj.core.api.Assertions.assertThat;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import dev.sla.calendar.DayRule;
import dev.sla.calendar.HolidaySet;
import java.time.LocalDate;
import java.time.Year;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Every country set, in any year, against jollyday's own answers. */
class CountryHolidaysProperties {

    @Provide
    Arbitrary<String> codes() {
        return Arbitraries.of(List.copyOf(CountryHolidays.codes()));
    }

    @Property(tries = 300)
    void everyRuleLiesInItsYearOneADateAndAgreesWithJollyday(@ForAll("codes") String code,
            @ForAll @IntRange(min = 1970, max = 2100) int year) {
        HolidaySet set = CountryHolidays.of(code);
        List<DayRule> rules = set.rules(Year.of(year));
        Map<LocalDate, DayRule> byDate = new HashMap<>();
        for (DayRule r : rules) {
            assertThat(r.date().getYear()).as("%s", r).isEqualTo(year);
            assertThat(r.isNonWorking()).as("%s", r).isTrue();
            assertThat(byDate.put(r.date(), r)).as("two rules on %s", r.date()).isNull();
        }
        CountryIndex.Entry entry = CountryIndex.entries().get(code);
        HolidayManager jollyday = Jollyday.manager(entry.calendar());
        String[] subdivisions = entry.subdivisions().toArray(new String[0]);
        for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
            boolean holiday = jollyday.isHoliday(d, HolidayType.PUBLIC_HOLIDAY, subdivisions);
            DayRule r = byDate.get(d);
            if (holiday) {
                assertThat(r).as("%s %s is a public holiday in jollyday", code, d).isNotNull();
            } else if (r != null) {
                // jollyday's isHoliday knows a moved holiday only on its observed date of the same year.
                LocalDate date = d;
                boolean moved = jollyday.getHolidays(Year.of(year), HolidayType.PUBLIC_HOLIDAY, subdivisions).stream()
                        .anyMatch(h -> h.getActualDate().equals(date) && !h.getDate().equals(date));
                boolean observedForAnotherYear = observed(jollyday, year - 1, subdivisions, date)
                        || observed(jollyday, year + 1, subdivisions, date);
                assertThat(r.kind() == DayRule.Kind.HOLIDAY ? moved : observedForAnotherYear)
                        .as("%s %s: %s is not a public holiday in jollyday", code, d, r).isTrue();
            }
        }
    }

    private static boolean observed(HolidayManager jollyday, int year, String[] subdivisions, LocalDate date) {
        for (Holiday h : jollyday.getHolidays(Year.of(year), HolidayType.PUBLIC_HOLIDAY, subdivisions)) {
            if (h.getDate().equals(date) && !h.getActualDate().equals(date)) {
                return true;
            }
        }
        return false;
    }
}
