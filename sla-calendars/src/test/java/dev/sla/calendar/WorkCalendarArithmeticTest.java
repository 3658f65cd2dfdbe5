package dev.sla.calendar;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.TUESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.threeten.extra.Interval;

/**
 * Hand-computed examples of the arithmetic: the anchor case, breaks, overnight
 * ranges, ranges ending at 24:00, 24/7, and the edges of {@code add}, {@code subtract},
 * {@code between}, {@code nextOpen}, {@code nextClose}, {@code openPeriods} and
 * {@code addWorkingDays}.
 */
class WorkCalendarArithmeticTest {

    private static final ZoneOffset MSK = ZoneOffset.ofHours(3);

    /** Mon–Fri 08:00–16:00 Moscow time, the hours of the regulation in the issue. */
    private static final WorkCalendar OFFICE = WorkCalendar.of(ZoneId.of("Europe/Moscow"),
            WeeklyHours.parse("Mon-Fri 08:00-16:00"));

    /** Mon–Fri 09:00–13:00 and 14:00–18:00 UTC: a lunch break. */
    private static final WorkCalendar LUNCH = WorkCalendar.of(ZoneOffset.UTC,
            WeeklyHours.parse("Mon-Fri 09:00-13:00,14:00-18:00"));

    /** Night shifts Mon–Fri 22:00 to 06:00 the next morning, UTC. */
    private static final WorkCalendar NIGHTS = WorkCalendar.builder().zone(ZoneOffset.UTC)
            .hours(MONDAY, FRIDAY, TimeRange.parse("22:00-06:00+1")).build();

    private static Instant msk(String localDateTime) {
        return LocalDateTime.parse(localDateTime).toInstant(MSK);
    }

    private static Instant utc(String localDateTime) {
        return LocalDateTime.parse(localDateTime).toInstant(ZoneOffset.UTC);
    }

    private static List<Interval> periods(WorkCalendar cal, Instant from, Instant to) {
        return cal.openPeriods(from, to).collect(Collectors.toList());
    }

    // -----------------------------------------------------------------------
    @Test
    void eightBusinessHoursAfterFridayEveningIsMondayAtClosing() {
        // 2025-01-17 is a Friday; Friday 17:30 is after closing, so all eight hours are Monday's.
        Instant friday = msk("2025-01-17T17:30");
        assertThat(OFFICE.add(friday, Duration.ofHours(8))).isEqualTo(msk("2025-01-20T16:00"));
        assertThat(OFFICE.add(friday, Duration.ofHours(8)).plusNanos(1)).isAfter(msk("2025-01-20T16:00"));
    }

    @Test
    void addingZeroReturnsTheInstantEvenWhenClosed() {
        Instant friday = msk("2025-01-17T17:30");
        assertThat(OFFICE.add(friday, Duration.ZERO)).isEqualTo(friday);
        assertThat(OFFICE.subtract(friday, Duration.ZERO)).isEqualTo(friday);
        Instant odd = friday.plusNanos(123);
        assertThat(OFFICE.add(odd, Duration.ZERO)).isSameAs(odd);
    }

    @Test
    void theSameHoursWrittenInUtcGiveTheSameAnswers() {
        // The English regulation states the hours as 05:00-13:00 UTC; Moscow is UTC+3 all year.
        WorkCalendar utc = WorkCalendar.of(ZoneOffset.UTC, WeeklyHours.parse("Mon-Fri 05:00-13:00"));
        Instant t = msk("2025-01-17T17:30");
        for (long hours : new long[] {1, 8, 9, 40, 1000}) {
            assertThat(utc.add(t, Duration.ofHours(hours))).isEqualTo(OFFICE.add(t, Duration.ofHours(hours)));
        }
    }

    @ParameterizedTest(name = "add({0}, {1}) = {2}")
    @CsvSource({
        // from Monday 2025-01-20 on the 08:00-16:00 office
        "2025-01-20T08:00, PT8H, 2025-01-20T16:00",
        "2025-01-20T07:00, PT8H, 2025-01-20T16:00",
        "2025-01-20T08:00, PT8H0.000000001S, 2025-01-21T08:00:00.000000001",
        "2025-01-20T15:00, PT1H, 2025-01-20T16:00",
        "2025-01-20T15:00, PT1H1S, 2025-01-21T08:00:01",
        "2025-01-20T12:30, PT40H, 2025-01-27T12:30",
        "2025-01-24T15:59:59.5, PT0.5S, 2025-01-24T16:00",
        "2025-01-24T15:59:59.5, PT1S, 2025-01-27T08:00:00.5",
        "2025-01-25T12:00, PT1M, 2025-01-27T08:01",
        // 200 weeks of 40 hours from Monday morning end at closing on the Friday of the 200th week,
        // 199 weeks and 4 days (1397 days) later: 2028 is day 322 of leap year 2028
        "2025-01-20T08:00, PT8000H, 2028-11-17T16:00",
    })
    void addOnTheOffice(String start, Duration amount, String expected) {
        assertThat(OFFICE.add(msk(start), amount)).isEqualTo(msk(expected));
    }

    @ParameterizedTest(name = "subtract({0}, {1}) = {2}")
    @CsvSource({
        "2025-01-20T16:00, PT8H, 2025-01-20T08:00",
        "2025-01-20T17:00, PT8H, 2025-01-20T08:00",
        "2025-01-20T08:00, PT1H, 2025-01-17T15:00",
        // the latest instant: a whole day back from Monday opening is Friday opening, not Thursday closing
        "2025-01-20T08:00, PT8H, 2025-01-17T08:00",
        "2025-01-20T08:00:00.25, PT0.5S, 2025-01-17T15:59:59.75",
        "2025-01-27T12:30, PT40H, 2025-01-20T12:30",
    })
    void subtractOnTheOffice(String end, Duration amount, String expected) {
        assertThat(OFFICE.subtract(msk(end), amount)).isEqualTo(msk(expected));
        assertThat(OFFICE.add(msk(end), amount.negated())).isEqualTo(msk(expected));
    }

    @ParameterizedTest(name = "between({0}, {1}) = {2}")
    @CsvSource({
        "2025-01-20T00:00, 2025-01-27T00:00, PT40H",
        "2025-01-17T17:30, 2025-01-20T16:00, PT8H",
        "2025-01-20T09:15, 2025-01-20T09:45, PT30M",
        "2025-01-18T00:00, 2025-01-19T23:59:59.999999999, PT0S",
        "2025-01-20T15:59:59.999999999, 2025-01-21T08:00:00.000000001, PT0.000000002S",
        // 2024 is a leap year starting on a Monday: 262 weekdays of 8 hours
        "2024-01-01T00:00, 2025-01-01T00:00, PT2096H",
    })
    void betweenOnTheOffice(String start, String end, Duration expected) {
        assertThat(OFFICE.between(msk(start), msk(end))).isEqualTo(expected);
        assertThat(OFFICE.between(msk(end), msk(start))).isEqualTo(expected.negated());
    }

    @Test
    void lunchBreakIsNotWorkingTime() {
        Instant monday = utc("2025-01-20T12:00");
        assertThat(LUNCH.add(monday, Duration.ofHours(1))).isEqualTo(utc("2025-01-20T13:00"));
        assertThat(LUNCH.add(monday, Duration.ofMinutes(61))).isEqualTo(utc("2025-01-20T14:01"));
        assertThat(LUNCH.subtract(utc("2025-01-20T14:30"), Duration.ofHours(1))).isEqualTo(utc("2025-01-20T12:30"));
        assertThat(LUNCH.between(utc("2025-01-20T00:00"), utc("2025-01-21T00:00"))).isEqualTo(Duration.ofHours(8));
        assertThat(LUNCH.isOpen(utc("2025-01-20T13:00"))).isFalse();
        assertThat(LUNCH.isOpen(utc("2025-01-20T12:59:59.999999999"))).isTrue();
        assertThat(LUNCH.nextOpen(utc("2025-01-20T13:10"))).isEqualTo(utc("2025-01-20T14:00"));
        assertThat(LUNCH.nextClose(utc("2025-01-20T10:00"))).contains(utc("2025-01-20T13:00"));
        assertThat(LUNCH.nextClose(utc("2025-01-20T13:10"))).contains(utc("2025-01-20T13:10"));
        assertThat(periods(LUNCH, utc("2025-01-20T10:00"), utc("2025-01-20T15:00"))).containsExactly(
                Interval.of(utc("2025-01-20T10:00"), utc("2025-01-20T13:00")),
                Interval.of(utc("2025-01-20T14:00"), utc("2025-01-20T15:00")));
    }

    @Test
    void nextOpenAndNextClose() {
        assertThat(OFFICE.nextOpen(msk("2025-01-17T17:30"))).isEqualTo(msk("2025-01-20T08:00"));
        assertThat(OFFICE.nextOpen(msk("2025-01-20T08:00"))).isEqualTo(msk("2025-01-20T08:00"));
        Instant inside = msk("2025-01-20T09:00:00.5");
        assertThat(OFFICE.nextOpen(inside)).isSameAs(inside);
        assertThat(OFFICE.nextOpen(msk("2025-01-20T07:59:59.999999999"))).isEqualTo(msk("2025-01-20T08:00"));
        assertThat(OFFICE.nextClose(msk("2025-01-20T08:00"))).contains(msk("2025-01-20T16:00"));
        assertThat(OFFICE.nextClose(msk("2025-01-20T16:00"))).contains(msk("2025-01-20T16:00"));
        assertThat(OFFICE.nextClose(msk("2025-01-18T12:00"))).contains(msk("2025-01-18T12:00"));
        assertThat(OFFICE.isOpen(msk("2025-01-20T16:00"))).isFalse();
        assertThat(OFFICE.isOpen(msk("2025-01-20T08:00"))).isTrue();
    }

    // -----------------------------------------------------------------------
    @Test
    void overnightRangesBelongToTheDayTheyStart() {
        // 2025-01-10 is a Friday: Friday 22:00 to Saturday 06:00 is open, Sunday night to Monday is not.
        assertThat(NIGHTS.isOpen(utc("2025-01-10T23:00"))).isTrue();
        assertThat(NIGHTS.isOpen(utc("2025-01-11T05:59:59"))).isTrue();
        assertThat(NIGHTS.isOpen(utc("2025-01-11T06:00"))).isFalse();
        assertThat(NIGHTS.isOpen(utc("2025-01-13T03:00"))).isFalse();
        assertThat(NIGHTS.isOpen(utc("2025-01-14T03:00"))).isTrue();
        assertThat(NIGHTS.isOpen(utc("2025-01-13T22:00"))).isTrue();

        // Friday 23:00 to Saturday 06:00 is 7 hours; the eighth is Monday 22:00-23:00.
        assertThat(NIGHTS.add(utc("2025-01-10T23:00"), Duration.ofHours(8))).isEqualTo(utc("2025-01-13T23:00"));
        assertThat(NIGHTS.add(utc("2025-01-10T23:00"), Duration.ofHours(7))).isEqualTo(utc("2025-01-11T06:00"));
        assertThat(NIGHTS.subtract(utc("2025-01-13T23:00"), Duration.ofHours(8))).isEqualTo(utc("2025-01-10T23:00"));
        // Friday: Thursday's night until 06:00 and Friday's own from 22:00; then Saturday until 06:00.
        assertThat(NIGHTS.between(utc("2025-01-10T00:00"), utc("2025-01-11T12:00"))).isEqualTo(Duration.ofHours(14));
        assertThat(NIGHTS.nextClose(utc("2025-01-10T23:00"))).contains(utc("2025-01-11T06:00"));
        assertThat(NIGHTS.nextOpen(utc("2025-01-11T07:00"))).isEqualTo(utc("2025-01-13T22:00"));
        // the week of Monday 2025-01-13: five nights of 8 hours
        assertThat(NIGHTS.between(utc("2025-01-13T00:00"), utc("2025-01-20T00:00"))).isEqualTo(Duration.ofHours(40));
        assertThat(NIGHTS.hoursOn(LocalDate.of(2025, 1, 11))).isEqualTo(DayHours.CLOSED);
    }

    @Test
    void overnightRangeAcrossNewYearIsOnePeriod() {
        WorkCalendar evenings = WorkCalendar.of(ZoneOffset.UTC, WeeklyHours.parse("Mon-Sun 20:00-04:00+1"));
        assertThat(periods(evenings, utc("2024-12-31T00:00"), utc("2025-01-01T12:00"))).containsExactly(
                Interval.of(utc("2024-12-31T00:00"), utc("2024-12-31T04:00")),
                Interval.of(utc("2024-12-31T20:00"), utc("2025-01-01T04:00")));
        assertThat(evenings.nextClose(utc("2024-12-31T23:00"))).contains(utc("2025-01-01T04:00"));
        assertThat(evenings.add(utc("2024-12-31T23:00"), Duration.ofHours(5))).isEqualTo(utc("2025-01-01T04:00"));
        assertThat(evenings.subtract(utc("2025-01-01T02:00"), Duration.ofHours(5))).isEqualTo(utc("2024-12-31T21:00"));
        assertThat(evenings.between(utc("2024-12-31T12:00"), utc("2025-01-01T12:00"))).isEqualTo(Duration.ofHours(8));
    }

    @Test
    void rangesEndingAtMidnightJoinTheNextDaysRangeFromMidnight() {
        WorkCalendar late = WorkCalendar.of(ZoneOffset.UTC, WeeklyHours.parse("Mon-Fri 16:00-24:00; Sat 00:00-08:00"));
        assertThat(late.hoursOn(LocalDate.of(2025, 1, 17)).ranges().get(0).endSecond()).isEqualTo(86_400);
        // Friday 16:00 to Saturday 08:00 is one period; Monday to Friday evenings are separate.
        assertThat(periods(late, utc("2025-01-16T00:00"), utc("2025-01-19T00:00"))).containsExactly(
                Interval.of(utc("2025-01-16T16:00"), utc("2025-01-17T00:00")),
                Interval.of(utc("2025-01-17T16:00"), utc("2025-01-18T08:00")));
        assertThat(late.nextClose(utc("2025-01-17T20:00"))).contains(utc("2025-01-18T08:00"));
        assertThat(late.nextClose(utc("2025-01-16T20:00"))).contains(utc("2025-01-17T00:00"));
        assertThat(late.isOpen(utc("2025-01-18T00:00"))).isTrue();
        assertThat(late.isOpen(utc("2025-01-17T00:00"))).isFalse();
        assertThat(late.add(utc("2025-01-17T23:00"), Duration.ofHours(2))).isEqualTo(utc("2025-01-18T01:00"));
        assertThat(late.add(utc("2025-01-16T23:00"), Duration.ofHours(2))).isEqualTo(utc("2025-01-17T17:00"));
    }

    @Test
    void twentyFourSevenIsPlainTime() {
        for (String zone : List.of("UTC", "Europe/Paris", "Australia/Sydney")) {
            WorkCalendar always = WorkCalendar.always(ZoneId.of(zone));
            Instant t = Instant.parse("2024-03-30T12:34:56.789Z");
            for (Duration d : List.of(Duration.ofNanos(1), Duration.ofHours(1), Duration.ofHours(1000), Duration.ofDays(400))) {
                assertThat(always.add(t, d)).isEqualTo(t.plus(d));
                assertThat(always.subtract(t, d)).isEqualTo(t.minus(d));
                assertThat(always.between(t, t.plus(d))).isEqualTo(d);
            }
            assertThat(always.isOpen(t)).isTrue();
            assertThat(always.nextOpen(t)).isEqualTo(t);
            assertThat(always.nextClose(t)).as("never closes before the end of the supported years").isEmpty();
            assertThat(periods(always, t, t.plus(Duration.ofDays(800))))
                    .containsExactly(Interval.of(t, t.plus(Duration.ofDays(800))));
        }
    }

    @Test
    void aHolidayInTwentyFourSevenIsTheOnlyClose() {
        WorkCalendar cal = WorkCalendar.builder().zone(ZoneOffset.UTC).weeklyHours(WeeklyHours.ALWAYS)
                .holiday(LocalDate.of(2025, 3, 1), "closed day").build();
        assertThat(cal.nextClose(utc("2025-01-01T00:00"))).contains(utc("2025-03-01T00:00"));
        assertThat(cal.nextOpen(utc("2025-03-01T10:00"))).isEqualTo(utc("2025-03-02T00:00"));
        assertThat(cal.add(utc("2025-02-28T23:00"), Duration.ofHours(2))).isEqualTo(utc("2025-03-02T01:00"));
        assertThat(periods(cal, utc("2024-12-31T00:00"), utc("2025-03-03T00:00"))).containsExactly(
                Interval.of(utc("2024-12-31T00:00"), utc("2025-03-01T00:00")),
                Interval.of(utc("2025-03-02T00:00"), utc("2025-03-03T00:00")));
    }

    @Test
    void openPeriodsAreClippedAndEmptyForAnEmptyRange() {
        Instant t = msk("2025-01-20T10:00");
        assertThat(periods(OFFICE, t, t)).isEmpty();
        assertThat(periods(OFFICE, msk("2025-01-18T00:00"), msk("2025-01-20T08:00"))).isEmpty();
        assertThat(periods(OFFICE, msk("2025-01-20T10:00"), msk("2025-01-21T09:00"))).containsExactly(
                Interval.of(msk("2025-01-20T10:00"), msk("2025-01-20T16:00")),
                Interval.of(msk("2025-01-21T08:00"), msk("2025-01-21T09:00")));
        assertThatThrownBy(() -> OFFICE.openPeriods(t, t.minusNanos(1))).isInstanceOf(DateTimeException.class)
                .hasMessageContaining("before start");
    }

    @Test
    void durationsOfYearsCostTheSameAndCrossYearBoundaries() {
        // 52 weeks of 40 hours from Monday 2025-01-20 08:00 end at closing on the Friday of the 52nd
        // week, 51 weeks and 4 days (361 days) later: 2026-01-16 16:00.
        assertThat(OFFICE.add(msk("2025-01-20T08:00"), Duration.ofHours(2080))).isEqualTo(msk("2026-01-16T16:00"));
        assertThat(OFFICE.subtract(msk("2026-01-16T16:00"), Duration.ofHours(2080))).isEqualTo(msk("2025-01-20T08:00"));
    }

    // -----------------------------------------------------------------------
    static Stream<Arguments> workingDays() {
        return Stream.of(
                Arguments.of("2025-01-17T10:00", 1, "2025-01-20T10:00"),
                Arguments.of("2025-01-17T17:30", 1, "2025-01-20T16:00"),
                Arguments.of("2025-01-17T07:00", 1, "2025-01-20T08:00"),
                Arguments.of("2025-01-18T12:00", 1, "2025-01-20T12:00"),
                Arguments.of("2025-01-20T10:00", -1, "2025-01-17T10:00"),
                Arguments.of("2025-01-20T10:00", 5, "2025-01-27T10:00"),
                Arguments.of("2025-01-20T10:00", 0, "2025-01-20T10:00"));
    }

    @ParameterizedTest(name = "addWorkingDays({0}, {1}) = {2}")
    @MethodSource("workingDays")
    void addWorkingDays(String start, int days, String expected) {
        assertThat(OFFICE.addWorkingDays(msk(start), days)).isEqualTo(msk(expected));
    }

    @Test
    void addWorkingDaysMovesATimeInABreakToTheEndOfTheBreak() {
        assertThat(LUNCH.addWorkingDays(utc("2025-01-20T13:30"), 1)).isEqualTo(utc("2025-01-21T14:00"));
        assertThat(LUNCH.addWorkingDays(utc("2025-01-20T12:30"), 1)).isEqualTo(utc("2025-01-21T12:30"));
    }

    @Test
    void addWorkingDaysKeepsTheFractionOfASecondInTheOpeningSecond() {
        // Friday 08:00:00.5 and 08:00:01.5 are both inside the hours: the time is kept as it is
        assertThat(OFFICE.addWorkingDays(msk("2025-01-17T08:00:00.5"), 1)).isEqualTo(msk("2025-01-20T08:00:00.5"));
        assertThat(OFFICE.addWorkingDays(msk("2025-01-17T08:00:01.5"), 1)).isEqualTo(msk("2025-01-20T08:00:01.5"));
        assertThat(LUNCH.addWorkingDays(utc("2025-01-20T14:00"), 1).plusMillis(500))
                .isEqualTo(LUNCH.addWorkingDays(utc("2025-01-20T14:00").plusMillis(500), 1));
        // before the opening and after the closing the time moves to whole seconds of the hours
        assertThat(OFFICE.addWorkingDays(msk("2025-01-17T07:59:59.5"), 1)).isEqualTo(msk("2025-01-20T08:00"));
        assertThat(OFFICE.addWorkingDays(msk("2025-01-17T16:00:00.5"), 1)).isEqualTo(msk("2025-01-20T16:00"));
        assertThat(OFFICE.addWorkingDays(msk("2025-01-17T15:59:59.5"), -1)).isEqualTo(msk("2025-01-16T15:59:59.5"));
    }

    @Test
    void calendarsWithWeekendHoursCountThem() {
        WorkCalendar cal = WorkCalendar.builder().zone(ZoneOffset.UTC)
                .hours(MONDAY, FRIDAY, TimeRange.parse("08:00-21:00"))
                .hours(SATURDAY, SUNDAY, TimeRange.parse("10:00-18:00"))
                .build();
        // A week: 5 x 13 + 2 x 8 hours.
        assertThat(cal.between(utc("2025-01-20T00:00"), utc("2025-01-27T00:00"))).isEqualTo(Duration.ofHours(81));
        assertThat(cal.add(utc("2025-01-17T20:00"), Duration.ofHours(2))).isEqualTo(utc("2025-01-18T11:00"));
        assertThat(cal.weeklyHours()).isEqualTo(WeeklyHours.parse("Mon-Fri 08:00-21:00; Sat-Sun 10:00-18:00"));
        assertThat(cal.hoursOn(LocalDate.of(2025, 1, 21))).isEqualTo(cal.weeklyHours().on(TUESDAY));
    }
}
