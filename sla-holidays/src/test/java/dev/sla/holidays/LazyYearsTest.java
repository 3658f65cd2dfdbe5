package dev.sla.holidays;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sla.calendar.DayRule;
import dev.sla.calendar.HolidaySet;
import dev.sla.calendar.WeeklyHours;
import dev.sla.calendar.WorkCalendar;
import dev.sla.calendar.YearRules;
import java.time.Duration;
import java.time.Instant;
import java.time.Year;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A calendar on a country set computes only the years around the dates it is asked about, each once. */
class LazyYearsTest {

    /** The rules of France, counting how often each year is computed. */
    static final class Counting implements YearRules {
        final YearRules france = CountryHolidays.of("fr").yearRules().orElseThrow();
        final Map<Integer, AtomicInteger> calls = new ConcurrentHashMap<>();

        @Override
        public List<DayRule> rulesOf(Year year) {
            calls.computeIfAbsent(year.getValue(), y -> new AtomicInteger()).incrementAndGet();
            return france.rulesOf(year);
        }

        @Override
        public boolean isProvisional() {
            return false;
        }

        @Override
        public String description() {
            return france.description();
        }
    }

    @Test
    void aDeadlineComputesTheYearsItCrossesOnce() {
        Counting rules = new Counting();
        HolidaySet set = HolidaySet.builder("fr").title("France").yearRules(rules).build();
        WorkCalendar paris = WorkCalendar.builder().zone(ZoneId.of("Europe/Paris"))
                .weeklyHours(WeeklyHours.parse("Mon-Fri 09:00-18:00")).holidays(set).build();
        assertThat(rules.calls).isEmpty();
        Instant start = Instant.parse("2026-12-23T10:00:00Z");
        // From Wednesday 23 December 11:00 Paris time: 7 h that day, 9 h on Thursday 24, Christmas on Friday,
        // 8 h on Monday 28; for 60 h also 29-31 December, New Year's Day on Friday, 8 h on Monday 4 January.
        assertThat(paris.add(start, Duration.ofHours(24))).isEqualTo(Instant.parse("2026-12-28T16:00:00Z"));
        assertThat(paris.add(start, Duration.ofHours(24))).isEqualTo(Instant.parse("2026-12-28T16:00:00Z"));
        assertThat(paris.add(start, Duration.ofHours(60))).isEqualTo(Instant.parse("2027-01-04T16:00:00Z"));
        assertThat(rules.calls.keySet()).contains(2026, 2027).hasSizeLessThanOrEqualTo(3);
        assertThat(rules.calls.values()).allMatch(c -> c.get() == 1);
    }
}
