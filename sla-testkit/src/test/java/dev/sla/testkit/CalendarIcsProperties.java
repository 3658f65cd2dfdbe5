package dev.sla.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sla.calendar.DayRule;
import dev.sla.calendar.HolidaySet;
import dev.sla.calendar.WorkCalendar;
import dev.sla.json.CalendarIcs;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

/**
 * The days off of any calendar of the kit, written as an iCalendar feed and read back as a
 * holiday set, are the days off a plain reading of the calendar gives: on each date without
 * an override, the holiday or day off of the calendar's own rules, else of its first holiday
 * set that has one, with its kind and name.
 */
class CalendarIcsProperties {

    private static final LocalDate FROM = LocalDate.of(2025, 1, 1);
    private static final LocalDate TO = LocalDate.of(2026, 12, 31);
    private static final Instant STAMP = Instant.parse("2026-11-29T12:00:00Z");

    @Provide
    Arbitrary<WorkCalendar> calendars() {
        return SlaArbitraries.calendars();
    }

    @Property(tries = 150)
    @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
    void theDaysOffReadBackAreTheCalendarsDaysOff(@ForAll("calendars") WorkCalendar calendar) {
        List<DayRule> expected = daysOff(calendar);
        Statistics.label("days off").collect(!expected.isEmpty());
        Statistics.label("both kinds").collect(expected.stream().map(DayRule::kind).distinct().count() == 2);

        String feed = CalendarIcs.daysOff(calendar, FROM, TO, "generated", STAMP);
        HolidaySet back = CalendarIcs.holidaySet("back", "back.ics", feed);

        List<DayRule> read = new ArrayList<>();
        for (int year = FROM.getYear(); year <= TO.getYear(); year++) {
            back.rules(Year.of(year)).stream().filter(DayRule::isNonWorking).forEach(read::add);
        }
        assertThat(read).extracting(DayRule::date, DayRule::kind, DayRule::note)
                .containsExactlyElementsOf(expected.stream().map(r -> org.assertj.core.groups.Tuple.tuple(r.date(),
                        r.kind(), r.note())).toList());
        Statistics.label("days off").coverage(c -> c.check(true).percentage(pc -> pc > 30));
        Statistics.label("both kinds").coverage(c -> c.check(true).percentage(pc -> pc > 5));
    }

    /** The reference: date by date, the first source of the calendar with a rule making the date non-working. */
    private static List<DayRule> daysOff(WorkCalendar calendar) {
        List<HolidaySet> sources = new ArrayList<>();
        sources.add(calendar.ownRules());
        sources.addAll(calendar.holidaySets());
        List<DayRule> out = new ArrayList<>();
        for (LocalDate d = FROM; !d.isAfter(TO); d = d.plusDays(1)) {
            if (calendar.overrides().containsKey(d)) {
                continue;
            }
            DayRule found = null;
            for (HolidaySet s : sources) {
                for (DayRule r : s.rules(Year.of(d.getYear()))) {
                    if (r.date().equals(d) && r.isNonWorking()) {
                        found = r;
                        break;
                    }
                }
                if (found != null) {
                    break;
                }
            }
            if (found != null) {
                out.add(found);
            }
        }
        return out;
    }
}
