package dev.sla.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import dev.sla.Problem;
import dev.sla.calendar.DayRule;
import dev.sla.calendar.HolidaySet;
import dev.sla.calendar.InvalidCalendarException;
import dev.sla.calendar.WeeklyHours;
import dev.sla.calendar.WorkCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Holiday sets read from iCalendar text, and calendars written as iCalendar feeds. */
class CalendarIcsTest {

    private static final Instant STAMP = Instant.parse("2026-11-29T12:00:00Z");

    static String ics(String... lines) {
        List<String> all = new ArrayList<>();
        all.add("BEGIN:VCALENDAR");
        all.add("VERSION:2.0");
        all.add("PRODID:-//Example//Holidays//EN");
        all.addAll(List.of(lines));
        all.add("END:VCALENDAR");
        return String.join("\r\n", all) + "\r\n";
    }

    static String[] allDay(String start, String end, String summary, String... more) {
        List<String> l = new ArrayList<>(List.of("BEGIN:VEVENT", "UID:" + start + "-" + summary.hashCode() + "@example",
                "DTSTAMP:20260101T000000Z", "DTSTART;VALUE=DATE:" + start));
        if (end != null) {
            l.add("DTEND;VALUE=DATE:" + end);
        }
        l.add("SUMMARY:" + summary);
        l.addAll(List.of(more));
        l.add("END:VEVENT");
        return l.toArray(new String[0]);
    }

    static String[] concat(String[]... parts) {
        List<String> l = new ArrayList<>();
        for (String[] p : parts) {
            l.addAll(List.of(p));
        }
        return l.toArray(new String[0]);
    }

    static List<String> problems(String text) {
        return catchThrowableOfType(InvalidCalendarException.class,
                () -> CalendarIcs.holidaySet("company", "company-holidays.ics", text)).problems().stream()
                .map(Problem::message).collect(Collectors.toList());
    }

    @Test
    void allDayEventsAreHolidaysOnEachOfTheirDates() {
        HolidaySet set = CalendarIcs.holidaySet("company", "company-holidays.ics", ics(concat(
                allDay("20261224", "20261227", "Christmas break"),
                allDay("20260501", null, "Labour Day"),
                allDay("20260814", null, "Summer closing", "CATEGORIES:Day off"),
                new String[] {"BEGIN:VEVENT", "UID:d@example", "DTSTAMP:20260101T000000Z", "DTSTART;VALUE=DATE:20260302",
                    "DURATION:P2D", "SUMMARY:Inventory", "END:VEVENT"})));

        assertThat(set.name()).isEqualTo("company");
        assertThat(set.rules(Year.of(2026))).containsExactly(
                new DayRule(LocalDate.of(2026, 3, 2), DayRule.Kind.HOLIDAY, "Inventory", null, null),
                new DayRule(LocalDate.of(2026, 3, 3), DayRule.Kind.HOLIDAY, "Inventory", null, null),
                new DayRule(LocalDate.of(2026, 5, 1), DayRule.Kind.HOLIDAY, "Labour Day", null, null),
                new DayRule(LocalDate.of(2026, 8, 14), DayRule.Kind.DAY_OFF, "Summer closing", null, null),
                new DayRule(LocalDate.of(2026, 12, 24), DayRule.Kind.HOLIDAY, "Christmas break", null, null),
                new DayRule(LocalDate.of(2026, 12, 25), DayRule.Kind.HOLIDAY, "Christmas break", null, null),
                new DayRule(LocalDate.of(2026, 12, 26), DayRule.Kind.HOLIDAY, "Christmas break", null, null));
        // the covered years are those the dated events span
        assertThat(set.coverage().orElseThrow().getStart()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(set.coverage().orElseThrow().getEnd()).isEqualTo(LocalDate.of(2027, 1, 1));
    }

    /** The time zone as Outlook writes it, by its Windows name, before the events that use it. */
    static final String[] MOSCOW_ZONE = {"BEGIN:VTIMEZONE", "TZID:Russian Standard Time", "BEGIN:STANDARD",
        "DTSTART:16010101T000000", "TZOFFSETFROM:+0300", "TZOFFSETTO:+0300", "END:STANDARD", "END:VTIMEZONE"};

    @Test
    void outlooksMidnightToMidnightAllDayEventsAreAllDayEvents() {
        HolidaySet set = CalendarIcs.holidaySet("company", "outlook.ics", ics(concat(MOSCOW_ZONE, new String[] {
                "BEGIN:VEVENT", "UID:o1@example", "DTSTAMP:20260101T000000Z",
                "DTSTART;TZID=Russian Standard Time:20260504T000000", "DTEND;TZID=Russian Standard Time:20260506T000000",
                "SUMMARY:May holidays", "X-MICROSOFT-CDO-ALLDAYEVENT:TRUE", "END:VEVENT",
                "BEGIN:VEVENT", "UID:o2@example", "DTSTAMP:20260101T000000Z",
                "DTSTART;TZID=Russian Standard Time:20260814T000000", "SUMMARY:Summer closing",
                "CATEGORIES:Day off", "X-MICROSOFT-CDO-ALLDAYEVENT:TRUE", "END:VEVENT"})));

        assertThat(set.rules(Year.of(2026))).containsExactly(
                new DayRule(LocalDate.of(2026, 5, 4), DayRule.Kind.HOLIDAY, "May holidays", null, null),
                new DayRule(LocalDate.of(2026, 5, 5), DayRule.Kind.HOLIDAY, "May holidays", null, null),
                new DayRule(LocalDate.of(2026, 8, 14), DayRule.Kind.DAY_OFF, "Summer closing", null, null));

        // marked all-day but not at midnight, or at midnight but not marked: timed events, located
        assertThat(problems(ics(concat(MOSCOW_ZONE, new String[] {
                "BEGIN:VEVENT", "UID:o3@example", "DTSTAMP:20260101T000000Z",                              // line 12
                "DTSTART;TZID=Russian Standard Time:20260504T090000", "DTEND;TZID=Russian Standard Time:20260505T000000",
                "SUMMARY:Half day", "X-MICROSOFT-CDO-ALLDAYEVENT:TRUE", "END:VEVENT",
                "BEGIN:VEVENT", "UID:o4@example", "DTSTAMP:20260101T000000Z",                              // line 20
                "DTSTART;TZID=Russian Standard Time:20260504T000000", "DTEND;TZID=Russian Standard Time:20260505T120000",
                "SUMMARY:Until noon", "X-MICROSOFT-CDO-ALLDAYEVENT:TRUE", "END:VEVENT",
                "BEGIN:VEVENT", "UID:o5@example", "DTSTAMP:20260101T000000Z",                              // line 28
                "DTSTART;TZID=Russian Standard Time:20260504T000000", "DTEND;TZID=Russian Standard Time:20260505T000000",
                "SUMMARY:Unmarked", "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "END:VEVENT"}))))
                .anySatisfy(m -> assertThat(m).startsWith("company-holidays.ics:12: event 'Half day' on 2026-05-04 is timed"))
                .anySatisfy(m -> assertThat(m).startsWith("company-holidays.ics:20: event 'Until noon' on 2026-05-04 ends "
                        + "at a time (DTEND)"))
                .anySatisfy(m -> assertThat(m).startsWith("company-holidays.ics:28: event 'Unmarked' on 2026-05-04 is timed"));
    }

    @Test
    void aYearlyAllDayEventIsARecurringHolidayAndACancelledEventIsNone() {
        HolidaySet set = CalendarIcs.holidaySet("company", "c.ics", ics(concat(
                allDay("20200101", "20200103", "New Year", "RRULE:FREQ=YEARLY"),
                allDay("20201225", null, "Christmas", "RRULE:FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=25"),
                allDay("20260610", null, "Founders' day", "STATUS:CANCELLED"))));

        assertThat(set.recurringHolidays()).containsExactlyEntriesOf(new TreeMap<>(Map.of(
                MonthDay.of(1, 1), "New Year", MonthDay.of(1, 2), "New Year", MonthDay.of(12, 25), "Christmas")));
        assertThat(set.rules()).isEmpty();
        assertThat(set.coverage()).isEmpty();
        assertThat(set.dates(DayRule.Kind.HOLIDAY, Year.of(2031)))
                .containsExactly(LocalDate.of(2031, 1, 1), LocalDate.of(2031, 1, 2), LocalDate.of(2031, 12, 25));
    }

    @Test
    void twoEventsOnOneDateGiveOneDayOffNamedByBoth() {
        HolidaySet set = CalendarIcs.holidaySet("company", "c.ics", ics(concat(
                allDay("20260504", null, "Bridge day", "CATEGORIES:day off"),
                allDay("20260504", null, "Company anniversary"))));

        assertThat(set.rules()).containsExactly(new DayRule(LocalDate.of(2026, 5, 4), DayRule.Kind.HOLIDAY,
                "Bridge day; Company anniversary", null, null));
    }

    @Test
    void whatIsNoDayOffIsAProblemAtItsLine() {
        String text = ics(concat(
                allDay("20260101", null, "New Year"),                                                  // line 4
                new String[] {"BEGIN:VEVENT", "UID:m@example", "DTSTAMP:20260101T000000Z",            // line 10
                    "DTSTART:20260302T100000Z", "DTEND:20260302T110000Z", "SUMMARY:Board meeting", "END:VEVENT"},
                allDay("20260105", null, "Weekly cleaning", "RRULE:FREQ=WEEKLY"),                       // line 17
                allDay("20260106", null, "Twice", "RRULE:FREQ=YEARLY;COUNT=2"),                         // line 24
                new String[] {"BEGIN:VTODO", "UID:t@example", "DTSTAMP:20260101T000000Z", "SUMMARY:Order cake",
                    "END:VTODO"},                                                                       // line 31
                new String[] {"BEGIN:VEVENT", "UID:n@example", "DTSTAMP:20260101T000000Z",            // line 36
                    "DTSTART;VALUE=DATE:20260107", "END:VEVENT"},
                allDay("20260108", "20260108", "Empty")));                                              // line 41

        assertThat(problems(text)).containsExactlyInAnyOrder(
                "company-holidays.ics:10: event 'Board meeting' on 2026-03-02 is timed (DTSTART has a time);"
                        + " a holiday set takes all-day events only (DTSTART;VALUE=DATE)",
                "company-holidays.ics:17: event 'Weekly cleaning' on 2026-01-05 recurs other than every year on its date;"
                        + " only a plain RRULE:FREQ=YEARLY (no COUNT, UNTIL, INTERVAL or BY parts) is a recurring holiday",
                "company-holidays.ics:24: event 'Twice' on 2026-01-06 recurs other than every year on its date;"
                        + " only a plain RRULE:FREQ=YEARLY (no COUNT, UNTIL, INTERVAL or BY parts) is a recurring holiday",
                "company-holidays.ics:31: a to-do (VTODO) is not a day off; a holiday set's file holds all-day events only",
                "company-holidays.ics:36: event on 2026-01-07 has no name (SUMMARY); name the holiday",
                "company-holidays.ics:41: event 'Empty' on 2026-01-08 ends on 2026-01-08, not after its start;"
                        + " DTEND is the day after the last day off");
    }

    @Test
    void textThatIsNoCalendarIsAProblem() {
        assertThat(problems("hello\n")).containsExactly(
                "company-holidays.ics:1: no calendar found: an iCalendar file starts with BEGIN:VCALENDAR");
        assertThat(problems("")).hasSize(1);
    }

    @Test
    void aMalformedDateIsAProblemAtItsEvent() {
        String text = ics(new String[] {"BEGIN:VEVENT", "UID:x@example", "DTSTAMP:20260101T000000Z",
            "DTSTART;VALUE=DATE:2026-13-45x", "SUMMARY:Broken", "END:VEVENT"});
        assertThat(problems(text)).containsExactly(
                "company-holidays.ics:4: event 'Broken' has a start date (DTSTART) that is not a valid date");
    }

    // ------------------------------------------------------------------ writing

    static WorkCalendar moscow(HolidaySet set) {
        return WorkCalendar.builder().name("support-hours").zone("Europe/Moscow")
                .weeklyHours(WeeklyHours.parse("Mon-Fri 08:00-16:00")).holidays(set).build();
    }

    @Test
    void openPeriodsAreUtcEventsWithStableUidsAndAProductIdNamingSla() {
        WorkCalendar cal = moscow(HolidaySet.builtIn("ru"));
        String text = CalendarIcs.openPeriods(cal, LocalDate.of(2025, 10, 31), LocalDate.of(2025, 11, 4), "navixy-ru.support-hours", STAMP);

        ICalendar ical = Biweekly.parse(text).first();
        assertThat(ical.getProductId().getValue()).contains("sla");
        assertThat(text).contains("DTSTART:20251031T050000Z").contains("DTEND:20251031T130000Z");
        // Saturday 1 November 2025 works (transferred); Monday 3 and Tuesday 4 November are days off
        assertThat(ical.getEvents()).extracting(e -> e.getDateStart().getValue().toInstant())
                .containsExactly(Instant.parse("2025-10-31T05:00:00Z"), Instant.parse("2025-11-01T05:00:00Z"));
        assertThat(ical.getEvents()).extracting(e -> e.getUid().getValue())
                .containsExactly("navixy-ru.support-hours-20251031T050000Z@sla", "navixy-ru.support-hours-20251101T050000Z@sla");
        assertThat(CalendarIcs.openPeriods(cal, LocalDate.of(2025, 10, 31), LocalDate.of(2025, 11, 4),
                "navixy-ru.support-hours", STAMP)).isEqualTo(text);
    }

    @Test
    void daysOffAreAllDayEventsNamedByTheirNotes() {
        WorkCalendar cal = moscow(HolidaySet.builtIn("ru"));
        String text = CalendarIcs.daysOff(cal, LocalDate.of(2025, 12, 30), LocalDate.of(2026, 1, 12), "ru", STAMP);

        List<VEvent> events = Biweekly.parse(text).first().getEvents();
        assertThat(text).contains("DTSTART;VALUE=DATE:20251231").contains("DTSTART;VALUE=DATE:20260101");
        assertThat(events).allMatch(e -> !e.getDateStart().getValue().hasTime());
        assertThat(events).extracting(e -> e.getUid().getValue()).doesNotHaveDuplicates();
        HolidaySet back = CalendarIcs.holidaySet("back", "ru.ics", text);
        assertThat(back.rules()).isEqualTo(new ArrayList<>(IcsWriter.daysOff(cal, LocalDate.of(2025, 12, 30),
                LocalDate.of(2026, 1, 12))));
        assertThat(back.dates(DayRule.Kind.DAY_OFF, Year.of(2025))).containsExactly(LocalDate.of(2025, 12, 31));
        assertThat(back.dates(DayRule.Kind.HOLIDAY, Year.of(2026))).containsExactly(LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 1, 2), LocalDate.of(2026, 1, 3), LocalDate.of(2026, 1, 4), LocalDate.of(2026, 1, 5),
                LocalDate.of(2026, 1, 6), LocalDate.of(2026, 1, 7), LocalDate.of(2026, 1, 8));
    }

    @Test
    void theRussianCalendar2025To2027RoundTripsThroughICalendar() {
        WorkCalendar cal = moscow(HolidaySet.builtIn("ru"));
        LocalDate from = LocalDate.of(2025, 1, 1);
        LocalDate to = LocalDate.of(2027, 12, 31);
        String text = CalendarIcs.daysOff(cal, from, to, "ru", STAMP);

        HolidaySet back = CalendarIcs.holidaySet("ru-ics", "ru.ics", text);
        WorkCalendar again = moscow(back);
        for (int y = 2025; y <= 2027; y++) {
            List<LocalDate> original = new ArrayList<>(HolidaySet.builtIn("ru").dates(DayRule.Kind.HOLIDAY, Year.of(y)));
            original.addAll(HolidaySet.builtIn("ru").dates(DayRule.Kind.DAY_OFF, Year.of(y)));
            List<LocalDate> read = new ArrayList<>(back.dates(DayRule.Kind.HOLIDAY, Year.of(y)));
            read.addAll(back.dates(DayRule.Kind.DAY_OFF, Year.of(y)));
            assertThat(read).as("%s", y).containsExactlyInAnyOrderElementsOf(original).isNotEmpty();
        }
        assertThat(IcsWriter.daysOff(again, from, to)).isEqualTo(IcsWriter.daysOff(cal, from, to));
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            boolean off = cal.day(d).reason().startsWith("holiday") || cal.day(d).reason().startsWith("day off");
            boolean offAgain = again.day(d).reason().startsWith("holiday") || again.day(d).reason().startsWith("day off");
            assertThat(offAgain).as("%s", d).isEqualTo(off);
        }
        // 1 January 2027 is a holiday, 31 December 2027 a day off transferred from Sunday 3 January
        assertThat(again.isWorkingDay(LocalDate.of(2027, 1, 1))).isFalse();
        assertThat(again.isWorkingDay(LocalDate.of(2027, 12, 31))).isFalse();
    }

    @Test
    void wrongArgumentsAreRefused() {
        WorkCalendar cal = moscow(HolidaySet.builtIn("ru"));
        assertThatThrownBy(() -> CalendarIcs.daysOff(cal, LocalDate.of(2026, 1, 2), LocalDate.of(2026, 1, 1), "x", STAMP))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2026-01-01");
        assertThatThrownBy(() -> CalendarIcs.holidaySet("x", "x.ics", null)).isInstanceOf(NullPointerException.class)
                .hasMessage("text");
    }
}
