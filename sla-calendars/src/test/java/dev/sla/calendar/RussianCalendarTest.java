package dev.sla.calendar;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.MonthDay;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The built-in Russian production calendar on a Mon–Fri 09:00–18:00 Moscow office:
 * every transfer of 2024–2027 (working Saturdays, transferred days off, short days),
 * hand-computed additions across them, the yearly norms 2020–2027 published by the
 * Ministry of Labour, and the rules of the Labour Code checked against the data.
 *
 * <p>The expected dates below are written from the government decrees and the Labour
 * Code, not read from the data file; the tests that list "every" transfer also check
 * that the data has no transfer the tables miss.
 */
class RussianCalendarTest {

    private static final ZoneOffset MSK = ZoneOffset.ofHours(3);
    private static final HolidaySet RU = HolidaySet.builtIn("ru");
    private static final DayHours FULL = DayHours.parse("09:00-18:00");
    private static final DayHours SHORT = DayHours.parse("09:00-17:00");

    private static final WorkCalendar OFFICE = WorkCalendar.builder().name("office").zone("Europe/Moscow")
            .hours(MONDAY, FRIDAY, TimeRange.parse("09:00-18:00")).holidays(RU).build();

    private static Instant msk(String localDateTime) {
        return LocalDateTime.parse(localDateTime).toInstant(MSK);
    }

    // -----------------------------------------------------------------------
    /** Working Saturdays: date, the weekday whose hours it takes, whether it is also a short day. */
    static Stream<Arguments> workingSaturdays() {
        return Stream.of(
                // 2024: decree of 10.08.2023 No. 1314
                Arguments.of("2024-04-27", MONDAY, false),
                Arguments.of("2024-11-02", TUESDAY, true),
                Arguments.of("2024-12-28", MONDAY, false),
                // 2025: decree of 04.10.2024 No. 1335
                Arguments.of("2025-11-01", MONDAY, true),
                // 2026: decree of 24.09.2025 No. 1466 moves no Saturday to a working day
                // 2027: decree of 17.09.2026 No. 1187
                Arguments.of("2027-02-20", MONDAY, true));
    }

    @ParameterizedTest(name = "{0} works with {1}''s hours")
    @MethodSource("workingSaturdays")
    void workingSaturdayIsOpenWithTheHoursOfItsWeekday(String date, DayOfWeek like, boolean isShort) {
        LocalDate d = LocalDate.parse(date);
        assertThat(d.getDayOfWeek()).isEqualTo(SATURDAY);
        assertThat(OFFICE.isWorkingDay(d)).isTrue();
        assertThat(OFFICE.hoursOn(d)).isEqualTo(isShort ? SHORT : FULL);
        assertThat(OFFICE.day(d).reason()).contains("working day with " + like.getDisplayName(java.time.format.TextStyle.FULL,
                java.util.Locale.ENGLISH) + "'s hours").contains("'ru'");
        assertThat(OFFICE.isOpen(msk(date + "T09:00"))).isTrue();
        assertThat(OFFICE.isOpen(msk(date + "T08:59:59"))).isFalse();
        assertThat(OFFICE.isOpen(msk(date + "T16:59:59"))).isTrue();
        assertThat(OFFICE.isOpen(msk(date + "T17:30"))).isEqualTo(!isShort);

        // On a calendar whose weekdays differ, the Saturday takes exactly its weekday's hours.
        WorkCalendar distinct = WorkCalendar.builder().zone("Europe/Moscow")
                .weeklyHours(WeeklyHours.parse("Mon 08:00-17:00; Tue 10:00-19:00; Wed-Fri 09:00-18:00"))
                .holidays(RU).build();
        DayHours weekday = distinct.weeklyHours().on(like);
        assertThat(distinct.hoursOn(d)).isEqualTo(isShort ? weekday.shortenedBy(Duration.ofHours(1)) : weekday);
    }

    @Test
    void theWorkingSaturdayTableListsEveryWorkingDayOfTheData() {
        List<LocalDate> expected = new ArrayList<>();
        workingSaturdays().forEach(a -> expected.add(LocalDate.parse((String) a.get()[0])));
        List<LocalDate> data = new ArrayList<>();
        for (int y = 2024; y <= 2027; y++) {
            data.addAll(RU.dates(DayRule.Kind.WORKING_DAY, Year.of(y)));
        }
        assertThat(data).containsExactlyElementsOf(expected);
    }

    // -----------------------------------------------------------------------
    /** Weekdays that are days off: transfers by decree and Labour Code carry-overs. */
    static Stream<String> daysOff() {
        return Stream.of(
                // 2024
                "2024-04-29", "2024-04-30", "2024-05-10", "2024-12-30", "2024-12-31",
                // 2025
                "2025-05-02", "2025-05-08", "2025-06-13", "2025-11-03", "2025-12-31",
                // 2026
                "2026-01-09", "2026-03-09", "2026-05-11", "2026-12-31",
                // 2027
                "2027-02-22", "2027-05-03", "2027-05-10", "2027-06-14", "2027-11-05", "2027-12-31");
    }

    @ParameterizedTest(name = "{0} is a day off")
    @MethodSource("daysOff")
    void transferredDayOffIsClosed(String date) {
        LocalDate d = LocalDate.parse(date);
        assertThat(d.getDayOfWeek()).isIn(MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY);
        assertThat(OFFICE.isWorkingDay(d)).isFalse();
        assertThat(OFFICE.hoursOn(d)).isEqualTo(DayHours.CLOSED);
        assertThat(OFFICE.day(d).reason()).startsWith("day off");
        assertThat(OFFICE.isOpen(msk(date + "T12:00"))).isFalse();
        assertThat(OFFICE.between(msk(date + "T00:00"), msk(date + "T23:59"))).isZero();
    }

    @Test
    void theDayOffTableListsEveryDayOffOfTheData() {
        List<LocalDate> data = new ArrayList<>();
        for (int y = 2024; y <= 2027; y++) {
            data.addAll(RU.dates(DayRule.Kind.DAY_OFF, Year.of(y)));
        }
        assertThat(data).containsExactlyElementsOf(daysOff().map(LocalDate::parse).toList());
    }

    // -----------------------------------------------------------------------
    /** Pre-holiday days, one hour shorter (Labour Code article 95). */
    static Stream<String> shortDays() {
        return Stream.of(
                "2024-02-22", "2024-03-07", "2024-05-08", "2024-06-11", "2024-11-02",
                "2025-03-07", "2025-04-30", "2025-06-11", "2025-11-01",
                "2026-04-30", "2026-05-08", "2026-06-11", "2026-11-03",
                "2027-02-20", "2027-04-30", "2027-06-11", "2027-11-03");
    }

    @ParameterizedTest(name = "{0} closes at 17:00")
    @MethodSource("shortDays")
    void shortDayClosesAnHourEarly(String date) {
        LocalDate d = LocalDate.parse(date);
        assertThat(OFFICE.hoursOn(d)).isEqualTo(SHORT);
        assertThat(OFFICE.day(d).reason()).contains("shortened by PT1H");
        assertThat(OFFICE.isOpen(msk(date + "T16:59:59.999999999"))).isTrue();
        assertThat(OFFICE.isOpen(msk(date + "T17:00"))).isFalse();
        assertThat(OFFICE.nextClose(msk(date + "T12:00"))).contains(msk(date + "T17:00"));
        assertThat(OFFICE.between(msk(date + "T00:00"), msk(date + "T23:59"))).isEqualTo(Duration.ofHours(8));

        WorkCalendar noShortDays = WorkCalendar.builder().zone("Europe/Moscow")
                .hours(MONDAY, FRIDAY, TimeRange.parse("09:00-18:00")).holidays(RU).shortDays(false).build();
        assertThat(noShortDays.hoursOn(d)).isEqualTo(FULL);
    }

    @Test
    void theShortDayTableListsEveryShortDayOfTheData() {
        List<LocalDate> data = new ArrayList<>();
        for (int y = 2024; y <= 2027; y++) {
            data.addAll(RU.dates(DayRule.Kind.SHORT_DAY, Year.of(y)));
        }
        assertThat(data).containsExactlyElementsOf(shortDays().map(LocalDate::parse).toList());
    }

    // -----------------------------------------------------------------------
    @ParameterizedTest(name = "add({0}, {1}) = {2}")
    @CsvSource({
        // 2024: Saturday 27 April works (Monday's hours); 28 Sunday, 29-30 days off, 1 May holiday
        "2024-04-26T17:00, PT2H, 2024-04-27T10:00",
        "2024-04-27T17:00, PT2H, 2024-05-02T10:00",
        "2024-04-26T09:00, PT27H, 2024-05-02T18:00",
        // 8 May short, 9 May holiday, 10 May day off, then the weekend
        "2024-05-08T16:00, PT2H, 2024-05-13T10:00",
        // 22 February short, 23 February holiday (Friday)
        "2024-02-22T16:00, PT2H, 2024-02-26T10:00",
        // 7 March short, 8 March holiday (Friday)
        "2024-03-07T16:00, PT2H, 2024-03-11T10:00",
        // 11 June short, 12 June holiday (Wednesday)
        "2024-06-11T16:00, PT2H, 2024-06-13T10:00",
        // Saturday 2 November works short (Tuesday's hours), 4 November holiday
        "2024-11-01T17:00, PT2H, 2024-11-02T10:00",
        "2024-11-02T16:00, PT2H, 2024-11-05T10:00",
        // Saturday 28 December works; 30, 31 December days off; 1-8 January 2025 holidays
        "2024-12-27T17:00, PT2H, 2024-12-28T10:00",
        "2024-12-28T17:00, PT2H, 2025-01-09T10:00",
        // 2025: 7 March short, 8 March a Saturday holiday not carried over to Monday
        "2025-03-07T16:00, PT2H, 2025-03-10T10:00",
        // 30 April short, 1 May holiday, 2 May day off
        "2025-04-30T16:00, PT2H, 2025-05-05T10:00",
        // 7 May a full day, 8 May day off, 9 May holiday
        "2025-05-07T17:00, PT2H, 2025-05-12T10:00",
        // 11 June short, 12 June holiday, 13 June day off
        "2025-06-11T16:00, PT2H, 2025-06-16T10:00",
        // Saturday 1 November works short, 3 November day off, 4 November holiday
        "2025-10-31T17:00, PT2H, 2025-11-01T10:00",
        "2025-11-01T16:00, PT2H, 2025-11-05T10:00",
        // 31 December day off, 1-8 January 2026 holidays, 9 January day off
        "2025-12-30T17:00, PT2H, 2026-01-12T10:00",
        // 2026: 6 March a full Friday; 8 March a Sunday holiday carried over to Monday 9 March
        "2026-03-06T17:00, PT2H, 2026-03-10T10:00",
        // 30 April short, 1 May holiday (Friday)
        "2026-04-30T16:00, PT2H, 2026-05-04T10:00",
        // 8 May short, 9 May a Saturday holiday carried over to Monday 11 May
        "2026-05-08T16:00, PT2H, 2026-05-12T10:00",
        // 11 June short, 12 June holiday (Friday)
        "2026-06-11T16:00, PT2H, 2026-06-15T10:00",
        // 3 November short, 4 November holiday (Wednesday)
        "2026-11-03T16:00, PT2H, 2026-11-05T10:00",
        // 31 December 2026 day off (from 4 January), 1-8 January 2027 holidays, 9-10 January the weekend
        "2026-12-30T17:00, PT2H, 2027-01-11T10:00",
        // 2027: Saturday 20 February works short (Monday's hours); 22 February day off, 23 February holiday
        "2027-02-19T17:00, PT2H, 2027-02-20T10:00",
        "2027-02-20T16:00, PT2H, 2027-02-24T10:00",
        // 5 March a full Friday; 8 March holiday (Monday)
        "2027-03-05T17:00, PT2H, 2027-03-09T10:00",
        // 30 April short; 1 May (Saturday) carried over to 3 May; 9 May (Sunday) carried over to 10 May
        "2027-04-30T16:00, PT2H, 2027-05-04T10:00",
        "2027-05-07T17:00, PT2H, 2027-05-11T10:00",
        // 11 June short; 12 June (Saturday) carried over to 14 June
        "2027-06-11T16:00, PT2H, 2027-06-15T10:00",
        // 3 November short, 4 November holiday, 5 November day off (from 2 January)
        "2027-11-03T16:00, PT2H, 2027-11-08T10:00",
    })
    void addAcrossTransfers(String start, Duration amount, String expected) {
        assertThat(OFFICE.add(msk(start), amount)).isEqualTo(msk(expected));
        assertThat(OFFICE.subtract(msk(expected), amount)).isEqualTo(OFFICE.nextOpen(msk(start)));
        assertThat(OFFICE.between(msk(start), msk(expected))).isEqualTo(amount);
    }

    @Test
    void twoWeeksAroundMayDay2024() {
        // 22-26 April: 5 x 9 h; Saturday 27 April: 9 h; 29 April - 1 May: off; 2-3 May: 2 x 9 h.
        assertThat(OFFICE.between(msk("2024-04-22T00:00"), msk("2024-05-06T00:00"))).isEqualTo(Duration.ofHours(72));
    }

    // -----------------------------------------------------------------------
    /**
     * The norms of working time of the five-day week published each year (working days, and
     * hours at 40 hours a week: 8 hours a day, one hour less on each short day).
     */
    @ParameterizedTest(name = "{0}: {1} working days, {2} hours")
    @CsvSource({
        "2020, 248, 1979",
        "2021, 247, 1972",
        "2022, 247, 1973",
        "2023, 247, 1973",
        "2024, 248, 1979",
        "2025, 247, 1972",
        "2026, 247, 1972",
        "2027, 247, 1972",
    })
    void yearlyNorms(int year, int workingDays, int hours) {
        WorkCalendar withLunch = WorkCalendar.builder().zone("Europe/Moscow")
                .hours(MONDAY, FRIDAY, TimeRange.parse("09:00-13:00"), TimeRange.parse("14:00-18:00"))
                .holidays(RU).build();
        WorkCalendar eightHours = WorkCalendar.builder().zone("Europe/Moscow")
                .hours(MONDAY, FRIDAY, TimeRange.parse("09:00-17:00")).holidays(RU).strict(true).build();

        int days = 0;
        for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
            days += withLunch.isWorkingDay(d) ? 1 : 0;
        }
        assertThat(days).isEqualTo(workingDays);

        Instant from = msk(year + "-01-01T00:00");
        Instant to = msk((year + 1) + "-01-01T00:00");
        assertThat(withLunch.between(from, to)).isEqualTo(Duration.ofHours(hours));
        // strict: the year's data suffices for the half-open year, even when the next year has none
        assertThat(eightHours.between(from, to)).isEqualTo(Duration.ofHours(hours));
        assertThat(eightHours.subtract(to, Duration.ofHours(hours))).isEqualTo(eightHours.nextOpen(from));
        assertThat(eightHours.add(from, Duration.ofHours(hours))).isBefore(to);
    }

    // -----------------------------------------------------------------------
    @ParameterizedTest(name = "{0}")
    @ValueSource(ints = {2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027})
    void holidaysAreThoseOfArticle112(int year) {
        List<LocalDate> expected = new ArrayList<>();
        for (int day = 1; day <= 8; day++) {
            expected.add(LocalDate.of(year, 1, day));
        }
        for (MonthDay md : List.of(MonthDay.of(2, 23), MonthDay.of(3, 8), MonthDay.of(5, 1), MonthDay.of(5, 9),
                MonthDay.of(6, 12), MonthDay.of(11, 4))) {
            expected.add(md.atYear(year));
        }
        assertThat(RU.dates(DayRule.Kind.HOLIDAY, Year.of(year))).containsExactlyElementsOf(expected);
        for (LocalDate d : expected) {
            assertThat(OFFICE.isWorkingDay(d)).as("%s", d).isFalse();
            assertThat(OFFICE.day(d).reason()).startsWith("holiday");
        }
    }

    /**
     * Article 95: the working day immediately before a non-working holiday is one hour
     * shorter. So a working day followed by a holiday is short, and a short day is followed
     * by a day without work; working Saturdays take a weekday's hours; days off fall on weekdays.
     */
    @Test
    void theDataFollowsTheLabourCode() {
        for (LocalDate d = LocalDate.of(2020, 1, 1); d.isBefore(LocalDate.of(2027, 12, 31)); d = d.plusDays(1)) {
            LocalDate next = d.plusDays(1);
            boolean nextIsHoliday = RU.dates(DayRule.Kind.HOLIDAY, Year.of(next.getYear())).contains(next);
            boolean isShort = RU.dates(DayRule.Kind.SHORT_DAY, Year.of(d.getYear())).contains(d);
            if (OFFICE.isWorkingDay(d) && nextIsHoliday) {
                assertThat(isShort).as("%s precedes the holiday %s", d, next).isTrue();
            }
            if (isShort) {
                assertThat(OFFICE.isWorkingDay(next)).as("the day after the short day %s", d).isFalse();
                assertThat(OFFICE.isWorkingDay(d)).as("the short day %s works", d).isTrue();
            }
        }
        for (int y = 2020; y <= 2027; y++) {
            for (DayRule r : RU.rules(Year.of(y))) {
                switch (r.kind()) {
                    case WORKING_DAY -> assertThat(r.date().getDayOfWeek()).isIn(SATURDAY, SUNDAY);
                    case DAY_OFF -> assertThat(r.date().getDayOfWeek()).isNotIn(SATURDAY, SUNDAY);
                    case SHORT_DAY -> assertThat(r.shortening()).isEqualTo(Duration.ofHours(1));
                    case HOLIDAY -> assertThat(r.note()).isNotBlank();
                    default -> throw new AssertionError(r);
                }
            }
        }
    }

    @Test
    void theSetDescribesItsSources() {
        assertThat(RU.name()).isEqualTo("ru");
        assertThat(RU.title()).isEqualTo("Russian Federation production calendar");
        assertThat(RU.sources()).containsExactly("Labour Code of the Russian Federation, articles 95 and 112");
        assertThat(RU.source(Year.of(2025))).hasValueSatisfying(s -> assertThat(s).contains("04.10.2024 No. 1335"));
        assertThat(RU.source(Year.of(2026))).hasValueSatisfying(s -> assertThat(s).contains("24.09.2025 No. 1466"));
        assertThat(RU.source(Year.of(2027))).hasValueSatisfying(s -> assertThat(s).contains("17.09.2026 No. 1187"));
        assertThat(RU.source(Year.of(2028))).isEmpty();
        assertThat(RU.coverage()).hasValueSatisfying(c -> {
            assertThat(c.getStart()).isEqualTo(LocalDate.of(2020, 1, 1));
            assertThat(c.getEndInclusive()).isEqualTo(LocalDate.of(2027, 12, 31));
        });
        assertThat(OFFICE.coverage()).isEqualTo(RU.coverage());
        assertThat(RU.isProvisional(Year.of(2026))).isFalse();
        assertThat(RU.isProvisional(Year.of(2027))).isFalse();
        assertThat(RU.recurringHolidays()).isEmpty();
        assertThat(HolidaySet.builtIn("ru")).isSameAs(RU);
        assertThat(HolidaySet.builtInNames()).containsExactly("ru");
    }
}
