package dev.sla.calendar;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.sla.Problem;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Building calendars reports every problem at once, naming where each is; calendars
 * that cannot answer fail fast with the library's exceptions; instants outside the
 * supported years and misuse fail with the platform's.
 */
class CalendarValidationTest {

    private static final ZoneOffset MSK = ZoneOffset.ofHours(3);

    private static Instant msk(String localDateTime) {
        return LocalDateTime.parse(localDateTime).toInstant(MSK);
    }

    private static WorkCalendar.Builder office() {
        return WorkCalendar.builder().name("office").zone("Europe/Moscow")
                .hours(MONDAY, FRIDAY, TimeRange.parse("09:00-18:00"));
    }

    // -----------------------------------------------------------------------
    @Test
    void everyProblemIsReportedAtOnce() {
        HolidaySet workingSaturday = HolidaySet.builder("extra")
                .workingDay(LocalDate.of(2025, 3, 1), MONDAY, "working Saturday").build();
        WorkCalendar.Builder b = WorkCalendar.builder().name("support").zone("Mars/Olympus_Mons")
                .hours(MONDAY, MONDAY, TimeRange.parse("08:00-12:00"), TimeRange.parse("11:00-13:00"))
                .hours(FRIDAY, FRIDAY, TimeRange.parse("22:00-06:00+1"))
                .hours(SATURDAY, SATURDAY, TimeRange.parse("05:00-10:00"))
                .holidays(workingSaturday)
                .holiday(LocalDate.of(2025, 3, 1), "company day");

        InvalidCalendarException ex = catchThrowableOfType(InvalidCalendarException.class, b::build);

        assertThat(ex.problems()).hasSize(4);
        assertThat(ex.problems()).anySatisfy(p -> assertThat(p.message()).contains("unknown time zone 'Mars/Olympus_Mons'"));
        assertThat(ex.problems()).anySatisfy(p -> assertThat(p.message()).contains("Monday").contains("08:00-12:00")
                .contains("overlaps").contains("11:00-13:00"));
        assertThat(ex.problems()).anySatisfy(p -> assertThat(p.message()).contains("Friday").contains("22:00-06:00+1")
                .contains("overlaps").contains("Saturday 05:00-10:00"));
        assertThat(ex.problems()).anySatisfy(p -> assertThat(p.message()).contains("2025-03-01").contains("set 'extra'")
                .contains("the calendar's own rules"));
        assertThat(ex).hasMessageStartingWith("calendar 'support' has 4 problems:");
        for (Problem p : ex.problems()) {
            assertThat(ex.getMessage()).contains(p.message());
        }
        // each problem says where it is in the calendar's JSON form
        assertThat(ex.problems()).extracting(Problem::path).containsExactly("/zone", "/hours", "/hours", "/holidays/0");
    }

    @Test
    void noWorkingTimeIsReportedWithTheOtherProblems() {
        HolidaySet a = HolidaySet.builder("a").holiday(LocalDate.of(2025, 5, 3), "a's holiday").build();
        HolidaySet b = HolidaySet.builder("b").workingDay(LocalDate.of(2025, 5, 3), FRIDAY, "b's working day").build();
        InvalidCalendarException ex = catchThrowableOfType(InvalidCalendarException.class, () -> WorkCalendar.builder()
                .zone("Nowhere/Town").weeklyHours(WeeklyHours.CLOSED).holidays(a).holidays(b).build());
        assertThat(ex.problems()).hasSize(3);
        assertThat(ex.problems()).anySatisfy(p -> assertThat(p.message()).contains("'Nowhere/Town'"));
        assertThat(ex.problems()).anySatisfy(p -> assertThat(p.message()).contains("no working time"));
        assertThat(ex.problems()).contains(new Problem("/holidays/1",
                "2025-05-03 is a working day in set 'b' and a holiday or day off in set 'a'"));
    }

    @Test
    void aSingleProblemIsTheMessage() {
        assertThatThrownBy(() -> WorkCalendar.builder().name("x").weeklyHours(WeeklyHours.ALWAYS).build())
                .isInstanceOf(InvalidCalendarException.class)
                .hasMessage("calendar 'x': no time zone");
        assertThatThrownBy(() -> WorkCalendar.builder().zone("UTC").build())
                .isInstanceOf(InvalidCalendarException.class)
                .hasMessageContaining("no working time");
        assertThatThrownBy(() -> WorkCalendar.of(ZoneOffset.UTC, WeeklyHours.CLOSED))
                .isInstanceOf(InvalidCalendarException.class);
    }

    @Test
    void aConflictWithABuiltInSetNamesTheDateAndBothSources() {
        // 2025-11-01 is a working Saturday of the ru set
        InvalidCalendarException ex = catchThrowableOfType(InvalidCalendarException.class,
                () -> office().holidays(HolidaySet.builtIn("ru")).holiday(LocalDate.of(2025, 11, 1), "company day").build());
        assertThat(ex.problems()).containsExactly(new Problem("/holidays/0",
                "2025-11-01 is a working day in set 'ru' and a holiday or day off in the calendar's own rules"));
        // an override of the date settles it
        WorkCalendar settled = office().holidays(HolidaySet.builtIn("ru")).holiday(LocalDate.of(2025, 11, 1), "company day")
                .override(LocalDate.of(2025, 11, 1), DayHours.CLOSED).build();
        assertThat(settled.isWorkingDay(LocalDate.of(2025, 11, 1))).isFalse();
        assertThat(settled.day(LocalDate.of(2025, 11, 1)).reason()).startsWith("override");
    }

    @Test
    void ownRulesAreCheckedToo() {
        InvalidCalendarException ex = catchThrowableOfType(InvalidCalendarException.class, () -> office()
                .holiday(LocalDate.of(2025, 6, 2), "one")
                .workingDay(LocalDate.of(2025, 6, 2), MONDAY, "two")
                .shortDay(LocalDate.of(2025, 6, 2), Duration.ofHours(1), "three")
                .override(LocalDate.of(2025, 6, 3), DayHours.CLOSED)
                .override(LocalDate.of(2025, 6, 3), DayHours.ALL_DAY)
                .build());
        assertThat(ex.problems()).containsExactlyInAnyOrder(
                new Problem("/days/workingDays/2025-06-02", "2025-06-02 is both a holiday and a working day"),
                new Problem("/days/shortDays/2025-06-02", "2025-06-02 is both a holiday and a short day"),
                new Problem("/overrides/2025-06-03", "date 2025-06-03 is overridden twice"));
    }

    @Test
    void weeklyHoursGivenTwoWaysIsAProblem() {
        assertThatThrownBy(() -> office().weeklyHours(WeeklyHours.ALWAYS).build())
                .isInstanceOf(InvalidCalendarException.class)
                .hasMessageContaining("both as a whole and as ranges");
    }

    @Test
    void weeklyHoursBuilderReportsEveryOverlap() {
        InvalidCalendarException ex = catchThrowableOfType(InvalidCalendarException.class, () -> WeeklyHours.builder()
                .on(MONDAY, TimeRange.parse("08:00-12:00"), TimeRange.parse("10:00-14:00"), TimeRange.parse("11:00-15:00"))
                .on(SUNDAY, TimeRange.parse("20:00-09:00+1"))
                .build());
        assertThat(ex.problems()).extracting(Problem::message).containsExactly(
                "Monday: range 08:00-12:00 overlaps 10:00-14:00",
                "Monday: range 08:00-12:00 overlaps 11:00-15:00",
                "Monday: range 10:00-14:00 overlaps 11:00-15:00",
                "Sunday: overnight range 20:00-09:00+1 overlaps Monday 08:00-12:00");
        assertThat(ex.problems()).extracting(Problem::path).containsOnly("");
        // by one second is overlapping, touching is not
        assertThatThrownBy(() -> WeeklyHours.builder().on(SUNDAY, TimeRange.parse("20:00-08:00+1"))
                .on(MONDAY, TimeRange.parse("07:59:59-12:00")).build())
                .isInstanceOf(InvalidCalendarException.class)
                .hasMessage("weekly hours: Sunday: overnight range 20:00-08:00+1 overlaps Monday 07:59:59-12:00");
        WeeklyHours touching = WeeklyHours.builder().on(SUNDAY, TimeRange.parse("20:00-08:00+1"))
                .on(MONDAY, TimeRange.parse("08:00-12:00"), TimeRange.parse("12:00-13:00")).build();
        assertThat(touching.on(MONDAY).ranges()).hasSize(2);
    }

    // -----------------------------------------------------------------------
    @Test
    void aCalendarWhoseEveryDayIsAHolidayFailsFast() {
        WorkCalendar.Builder b = WorkCalendar.builder().name("never").zone("Europe/Moscow")
                .hours(MONDAY, FRIDAY, TimeRange.parse("09:00-18:00"));
        for (LocalDate d = LocalDate.of(2024, 1, 1); d.getYear() == 2024; d = d.plusDays(1)) {
            b.recurringHoliday(MonthDay.from(d), "holiday " + d);
        }
        WorkCalendar never = b.build();
        Instant t = msk("2025-06-02T10:00");

        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            assertThatThrownBy(() -> never.add(t, Duration.ofHours(1)))
                    .isInstanceOf(NoWorkingTimeException.class)
                    .hasMessageContaining("'never'").hasMessageContaining("after");
            assertThatThrownBy(() -> never.nextOpen(t)).isInstanceOf(NoWorkingTimeException.class);
            assertThatThrownBy(() -> never.subtract(t, Duration.ofHours(1)))
                    .isInstanceOf(NoWorkingTimeException.class).hasMessageContaining("before");
            assertThatThrownBy(() -> never.addWorkingDays(t, 1)).isInstanceOf(NoWorkingTimeException.class);
            assertThatThrownBy(() -> never.addWorkingDays(t, -1)).isInstanceOf(NoWorkingTimeException.class);
        });
        assertThat(never.isOpen(t)).isFalse();
        assertThat(never.between(t, t.plus(Duration.ofDays(3000)))).isZero();
        assertThat(never.nextClose(t)).contains(t);
        assertThat(never.openPeriods(t, t.plus(Duration.ofDays(3000)))).isEmpty();
    }

    @Test
    void workingTimeFarAheadIsStillFound() {
        // closed for 20 years, then open: fewer than 28 empty years, so the search goes on
        WorkCalendar.Builder b = WorkCalendar.builder().zone(ZoneOffset.UTC).weeklyHours(WeeklyHours.ALWAYS);
        LocalDate end = LocalDate.of(2045, 1, 1);
        for (LocalDate d = LocalDate.of(2025, 1, 1); d.isBefore(end); d = d.plusDays(1)) {
            b.override(d, DayHours.CLOSED);
        }
        WorkCalendar cal = b.build();
        Instant t = Instant.parse("2025-06-01T00:00:00Z");
        assertThat(cal.nextOpen(t)).isEqualTo(Instant.parse("2045-01-01T00:00:00Z"));
        assertThat(cal.add(t, Duration.ofHours(1))).isEqualTo(Instant.parse("2045-01-01T01:00:00Z"));
        assertThat(cal.subtract(Instant.parse("2044-06-01T00:00:00Z"), Duration.ofHours(1)))
                .isEqualTo(Instant.parse("2024-12-31T23:00:00Z"));
    }

    // -----------------------------------------------------------------------
    @Test
    void pastTheDataANormalCalendarFollowsItsWeeklyHoursAndSaysSo() {
        HolidaySet decreesOnly = HolidaySet.parse("set decrees\n"
                + "year 2020 source first decree\nyear 2021 source second decree\n"
                + "holiday 2020-01-01 New Year\nholiday 2021-01-01 New Year\n");
        WorkCalendar cal = office().holidays(decreesOnly).build();
        assertThat(cal.isStrict()).isFalse();
        // 2022-01-03 is a Monday; the data stops at 2021 and the set has no rules past it
        assertThat(cal.hoursOn(LocalDate.of(2022, 1, 3))).isEqualTo(DayHours.parse("09:00-18:00"));
        assertThat(cal.day(LocalDate.of(2021, 1, 1)).reason()).isEqualTo("holiday 'New Year' (set 'decrees')");
        assertThat(cal.day(LocalDate.of(2027, 1, 1)).reason()).isEqualTo("weekly hours of Friday");
        assertThat(cal.warnings(msk("2021-12-01T00:00"), msk("2022-02-01T00:00"))).containsExactly(
                "calendar 'office': holiday data ends 2021-12-31; from 2022-01-01 only the weekly hours and recurring holidays apply");
        assertThat(cal.warnings(msk("2022-02-01T00:00"), msk("2021-12-01T00:00"))).hasSize(1);
        assertThat(cal.warnings(msk("2019-06-01T00:00"), msk("2020-02-01T00:00"))).containsExactly(
                "calendar 'office': holiday data starts 2020-01-01; before it only the weekly hours and recurring holidays apply");
        assertThat(cal.warnings(msk("2020-01-01T00:00"), msk("2021-12-31T23:00"))).isEmpty();
    }

    @Test
    void aSetOfOneOffDatesDoesNotMakeLaterAnswersWarn() {
        HolidaySet party = HolidaySet.parse("set company\nholiday 2025-12-24 Company party\n");
        WorkCalendar cal = office().holidays(party).build();
        assertThat(cal.day(LocalDate.of(2025, 12, 24)).reason()).isEqualTo("holiday 'Company party' (set 'company')");
        assertThat(cal.warnings(msk("2026-03-01T00:00"), msk("2027-02-01T00:00"))).isEmpty();
        assertThat(cal.warnings(msk("2024-03-01T00:00"), msk("2026-02-01T00:00"))).isEmpty();
        // declared years say how far the data goes: past them it may be missing
        HolidaySet declared = HolidaySet.parse("set company\nyear 2025 source staff handbook\nholiday 2025-12-24 Company party\n");
        assertThat(office().holidays(declared).build().warnings(msk("2026-03-01T00:00"), msk("2026-04-01T00:00")))
                .containsExactly("calendar 'office': holiday data ends 2025-12-31; from 2026-01-01 only the weekly hours and"
                        + " recurring holidays apply");
    }

    @Test
    void pastTheDecreesTheRussianCalendarFollowsTheLabourCodeAndSaysSo() {
        WorkCalendar cal = office().holidays(HolidaySet.builtIn("ru")).build();
        // 2028-01-03 is a Monday: a holiday by article 112 of the Labour Code, with no decree yet for 2028
        LocalDate newYear2028 = LocalDate.of(2028, 1, 3);
        assertThat(cal.hoursOn(newYear2028)).isEqualTo(DayHours.CLOSED);
        assertThat(cal.day(newYear2028).reason()).isEqualTo("holiday 'New Year holidays' (set 'ru')");
        // 31 December 2027 is a transferred day off; 1-8 January 2028 are holidays, 9 January a Sunday
        assertThat(cal.add(msk("2027-12-30T17:00"), Duration.ofHours(2))).isEqualTo(msk("2028-01-10T10:00"));
        // 4 November 2028 is a Saturday: carried over to Monday 6 November; Friday 3 November is one hour shorter
        assertThat(cal.day(LocalDate.of(2028, 11, 6)).reason())
                .isEqualTo("day off 'day off carried over from Saturday 2028-11-04 (National Unity Day)' (set 'ru')");
        assertThat(cal.hoursOn(LocalDate.of(2028, 11, 3))).isEqualTo(DayHours.parse("09:00-17:00"));

        String provisional = "calendar 'office': holiday set 'ru' data for 2028 is provisional: it follows the statutory rules"
                + " of Labour Code of the Russian Federation, articles 95 and 112; transfers of days off of that year are"
                + " not yet decreed";
        assertThat(cal.warnings(msk("2027-12-01T00:00"), msk("2028-02-01T00:00"))).containsExactly(provisional);
        assertThat(cal.warnings(msk("2028-02-01T00:00"), msk("2027-12-01T00:00"))).containsExactly(provisional);
        assertThat(cal.warnings(msk("2019-06-01T00:00"), msk("2020-02-01T00:00"))).containsExactly(
                provisional.replace("2028", "2019"));
        assertThat(cal.warnings(msk("2024-01-01T00:00"), msk("2027-12-31T23:00"))).isEmpty();
        assertThat(office().build().warnings(msk("2019-01-01T00:00"), msk("2040-01-01T00:00"))).isEmpty();
    }

    @Test
    void aStrictCalendarFailsPastItsData() {
        WorkCalendar strict = office().holidays(HolidaySet.builtIn("ru")).strict(true).build();
        assertThat(strict.isStrict()).isTrue();
        assertThat(strict.add(msk("2027-12-29T17:00"), Duration.ofHours(2))).isEqualTo(msk("2027-12-30T10:00"));

        assertThatThrownBy(() -> strict.add(msk("2027-12-30T17:00"), Duration.ofHours(2)))
                .isInstanceOf(CalendarDataException.class)
                .hasMessageContaining("'office'").hasMessageContaining("2028").hasMessageContaining("2027-12-31");
        assertThatThrownBy(() -> strict.isOpen(msk("2028-01-01T10:00"))).isInstanceOf(CalendarDataException.class);
        assertThatThrownBy(() -> strict.isOpen(msk("2019-12-31T10:00"))).isInstanceOf(CalendarDataException.class);
        assertThatThrownBy(() -> strict.subtract(msk("2020-01-09T10:00"), Duration.ofHours(2)))
                .isInstanceOf(CalendarDataException.class);
        assertThatThrownBy(() -> strict.between(msk("2027-12-01T00:00"), msk("2028-01-02T00:00")))
                .isInstanceOf(CalendarDataException.class);
        assertThatThrownBy(() -> strict.nextOpen(msk("2027-12-30T19:00"))).isInstanceOf(CalendarDataException.class);
        assertThatThrownBy(() -> strict.subtract(msk("2028-01-01T00:00:00.000000001"), Duration.ofHours(2)))
                .isInstanceOf(CalendarDataException.class);
        assertThatThrownBy(() -> strict.openPeriods(msk("2027-12-30T00:00"), msk("2028-01-01T00:00:00.000000001")).count())
                .isInstanceOf(CalendarDataException.class);

        // a range ending at the first instant of 2028 needs no data of 2028
        Instant end2027 = msk("2028-01-01T00:00");
        assertThat(strict.between(msk("2027-12-30T00:00"), end2027)).isEqualTo(Duration.ofHours(9));
        assertThat(strict.subtract(end2027, Duration.ofHours(2))).isEqualTo(msk("2027-12-30T16:00"));
        assertThat(strict.openPeriods(msk("2027-12-30T00:00"), end2027)).containsExactly(
                org.threeten.extra.Interval.of(msk("2027-12-30T09:00"), msk("2027-12-30T18:00")));
        assertThat(strict.add(msk("2027-12-30T17:00"), Duration.ofHours(1))).isEqualTo(msk("2027-12-30T18:00"));
        // the exception is one of the library's own
        assertThat(new CalendarDataException("m")).isInstanceOf(CalendarException.class);
    }

    @Test
    void aCalendarWithOnlyRecurringHolidaysCoversEveryYear() {
        WorkCalendar cal = office().recurringHoliday(MonthDay.of(12, 25), "Christmas").strict(true).build();
        assertThat(cal.coverage()).isEmpty();
        // 2150-12-25 is a Friday, 2150-12-24 a Thursday
        assertThat(cal.isWorkingDay(LocalDate.of(2150, 12, 25))).isFalse();
        assertThat(cal.day(LocalDate.of(2150, 12, 25)).reason()).isEqualTo("holiday 'Christmas' (calendar 'office')");
        assertThat(cal.isOpen(msk("2150-12-25T10:00"))).isFalse();
        assertThat(cal.isOpen(msk("2150-12-24T10:00"))).isTrue();
        assertThat(cal.warnings(msk("2000-01-01T00:00"), msk("2150-01-01T00:00"))).isEmpty();
    }

    // -----------------------------------------------------------------------
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"1899-12-31T12:00:00Z", "2200-01-01T00:00:00Z", "1000-01-01T00:00:00Z", "+10000-01-01T00:00:00Z"})
    void instantsOutsideTheSupportedYearsAreRejected(String text) {
        Instant t = Instant.parse(text);
        WorkCalendar cal = WorkCalendar.always(ZoneOffset.UTC);
        assertThatThrownBy(() -> cal.isOpen(t)).isInstanceOf(DateTimeException.class).hasMessageContaining("1900-2199");
        assertThatThrownBy(() -> cal.add(t, Duration.ofHours(1))).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> cal.subtract(t, Duration.ofHours(1))).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> cal.nextOpen(t)).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> cal.nextClose(t)).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> cal.between(Instant.parse("2000-01-01T00:00:00Z"), t)).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> cal.openPeriods(Instant.parse("1950-01-01T00:00:00Z"), t)).isInstanceOf(DateTimeException.class);
    }

    @Test
    void theSupportedYearsAreThoseOfTheCalendarsZone() {
        WorkCalendar tokyo = WorkCalendar.always(ZoneId.of("Asia/Tokyo"));
        // 1900-01-01T00:00 in Tokyo is 1899-12-31T15:00Z
        assertThat(tokyo.isOpen(Instant.parse("1899-12-31T15:00:00Z"))).isTrue();
        assertThatThrownBy(() -> tokyo.isOpen(Instant.parse("1899-12-31T14:59:59Z"))).isInstanceOf(DateTimeException.class);
        assertThat(tokyo.isOpen(Instant.parse("2199-12-31T14:59:59Z"))).isTrue();
        assertThatThrownBy(() -> tokyo.isOpen(Instant.parse("2199-12-31T15:00:00Z"))).isInstanceOf(DateTimeException.class);
    }

    @Test
    void answersBeyondTheSupportedYearsAreRejected() {
        WorkCalendar cal = WorkCalendar.always(ZoneOffset.UTC);
        assertThatThrownBy(() -> cal.add(Instant.parse("2199-12-31T00:00:00Z"), Duration.ofDays(2)))
                .isInstanceOf(DateTimeException.class).hasMessageContaining("2199");
        assertThatThrownBy(() -> cal.subtract(Instant.parse("1900-01-01T12:00:00Z"), Duration.ofDays(1)))
                .isInstanceOf(DateTimeException.class).hasMessageContaining("1900");
        // the end of the last supported year is not an answer, since no query accepts it
        assertThatThrownBy(() -> cal.add(Instant.parse("2199-12-30T00:00:00Z"), Duration.ofDays(2)))
                .isInstanceOf(DateTimeException.class).hasMessageContaining("2199");
        assertThat(cal.add(Instant.parse("2199-12-30T00:00:00Z"), Duration.ofDays(2).minusNanos(1)))
                .isEqualTo(Instant.parse("2199-12-31T23:59:59.999999999Z"));
        assertThatThrownBy(() -> cal.add(Instant.parse("2000-01-01T00:00:00Z"), Duration.ofDays(200 * 366)))
                .isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> cal.add(Instant.parse("2000-01-01T00:00:00Z"), Duration.ofSeconds(Long.MAX_VALUE / 1000)))
                .isInstanceOf(DateTimeException.class);
        // a position inside the year plus the longest duration of nanoseconds does not fit a long
        assertThatThrownBy(() -> cal.add(Instant.parse("2000-06-01T00:00:00Z"), Duration.ofNanos(Long.MAX_VALUE)))
                .isInstanceOf(DateTimeException.class);
    }

    @Test
    void noWorkingTimeBeforeTheEndOfTheSupportedYearsIsTheLibrarysException() {
        // open until 2194, then closed every day to the end of 2199: fewer than 28 empty years remain
        WorkCalendar.Builder b = WorkCalendar.builder().name("closing").zone(ZoneOffset.UTC).weeklyHours(WeeklyHours.ALWAYS);
        for (LocalDate d = LocalDate.of(2195, 1, 1); d.getYear() < 2200; d = d.plusDays(1)) {
            b.override(d, DayHours.CLOSED);
        }
        WorkCalendar closing = b.build();
        Instant t = Instant.parse("2196-06-01T00:00:00Z");
        assertThatThrownBy(() -> closing.add(t, Duration.ofHours(1)))
                .isInstanceOf(NoWorkingTimeException.class).hasMessageContaining("'closing'").hasMessageContaining("2199");
        assertThatThrownBy(() -> closing.nextOpen(t)).isInstanceOf(NoWorkingTimeException.class);
        assertThatThrownBy(() -> closing.addWorkingDays(t, 1)).isInstanceOf(NoWorkingTimeException.class);
        // from the last open instant too
        assertThatThrownBy(() -> closing.add(Instant.parse("2194-12-31T23:00:00Z"), Duration.ofHours(2)))
                .isInstanceOf(DateTimeException.class);
        assertThat(closing.add(Instant.parse("2194-12-31T23:00:00Z"), Duration.ofHours(1)))
                .isEqualTo(Instant.parse("2195-01-01T00:00:00Z"));

        // and the mirror image at the start of the supported years
        WorkCalendar.Builder early = WorkCalendar.builder().name("opening").zone(ZoneOffset.UTC).weeklyHours(WeeklyHours.ALWAYS);
        for (LocalDate d = LocalDate.of(1900, 1, 1); d.getYear() < 1905; d = d.plusDays(1)) {
            early.override(d, DayHours.CLOSED);
        }
        WorkCalendar opening = early.build();
        Instant u = Instant.parse("1903-06-01T00:00:00Z");
        assertThatThrownBy(() -> opening.subtract(u, Duration.ofHours(1)))
                .isInstanceOf(NoWorkingTimeException.class).hasMessageContaining("1900");
        assertThatThrownBy(() -> opening.addWorkingDays(u, -1)).isInstanceOf(NoWorkingTimeException.class);
    }

    @Test
    void addNeverAnswersAnInstantNoQueryAccepts() {
        WorkCalendar cal = WorkCalendar.always(ZoneId.of("Asia/Tokyo"));
        Instant lastYear = Instant.parse("2199-12-30T00:00:00Z");
        Instant latest = cal.add(lastYear, cal.between(lastYear, Instant.parse("2199-12-31T14:59:59Z")));
        assertThat(cal.isOpen(latest)).isTrue();
        assertThatThrownBy(() -> cal.add(latest, Duration.ofSeconds(1))).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> cal.addWorkingDays(Instant.parse("2199-12-31T05:00:00Z"), 1))
                .isInstanceOf(DateTimeException.class).hasMessageContaining("2199");
    }

    @Test
    void everyQueryChecksItsArgumentsForNull() {
        WorkCalendar cal = WorkCalendar.always(ZoneOffset.UTC);
        Instant t = Instant.parse("2025-01-01T00:00:00Z");
        assertThatThrownBy(() -> cal.isOpen(null)).isInstanceOf(NullPointerException.class).hasMessage("instant");
        assertThatThrownBy(() -> cal.nextOpen(null)).isInstanceOf(NullPointerException.class).hasMessage("instant");
        assertThatThrownBy(() -> cal.nextClose(null)).isInstanceOf(NullPointerException.class).hasMessage("instant");
        assertThatThrownBy(() -> cal.add(null, Duration.ZERO)).isInstanceOf(NullPointerException.class).hasMessage("start");
        assertThatThrownBy(() -> cal.add(t, null)).isInstanceOf(NullPointerException.class).hasMessage("amount");
        assertThatThrownBy(() -> cal.subtract(null, Duration.ZERO)).isInstanceOf(NullPointerException.class).hasMessage("end");
        assertThatThrownBy(() -> cal.between(t, null)).isInstanceOf(NullPointerException.class).hasMessage("end");
        assertThatThrownBy(() -> cal.addWorkingDays(null, 0)).isInstanceOf(NullPointerException.class).hasMessage("start");
        assertThatThrownBy(() -> cal.hoursOn(null)).isInstanceOf(NullPointerException.class).hasMessage("date");
        assertThatThrownBy(() -> cal.isWorkingDay(null)).isInstanceOf(NullPointerException.class).hasMessage("date");
        assertThatThrownBy(() -> cal.warnings(t, null)).isInstanceOf(NullPointerException.class).hasMessage("to");
        assertThatThrownBy(() -> WorkCalendar.builder().holiday(null, "n")).isInstanceOf(NullPointerException.class)
                .hasMessage("date");
        assertThatThrownBy(() -> WeeklyHours.ALWAYS.on(null)).isInstanceOf(NullPointerException.class).hasMessage("day");
    }

    @Test
    void misuseThrowsThePlatformsExceptions() {
        assertThatThrownBy(() -> WorkCalendar.builder().zone((ZoneId) null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> WorkCalendar.builder().name(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> WorkCalendar.always(ZoneOffset.UTC).day(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> WorkCalendar.always(ZoneOffset.UTC).openPeriods(null, Instant.EPOCH))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> HolidaySet.builtIn("xx")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'xx'").hasMessageContaining("ru");
    }

    @Test
    void theCalendarDescribesItself() {
        WorkCalendar cal = WorkCalendar.builder().name("support-hours").zone("Europe/Moscow")
                .hours(MONDAY, FRIDAY, TimeRange.parse("08:00-16:00")).holidays(HolidaySet.builtIn("ru")).build();
        assertThat(cal).hasToString("support-hours[Europe/Moscow, Mon-Fri 08:00-16:00, ru]");
        assertThat(cal.name()).isEqualTo("support-hours");
        assertThat(cal.zone()).isEqualTo(ZoneId.of("Europe/Moscow"));
        assertThat(cal.holidaySets()).containsExactly(HolidaySet.builtIn("ru"));
        assertThat(cal.day(LocalDate.of(2025, 1, 20))).hasToString("2025-01-20 08:00-16:00 (weekly hours of Monday)");
        assertThat(cal.day(LocalDate.of(2025, 1, 1)).isWorkingDay()).isFalse();
        assertThat(cal.day(LocalDate.of(2025, 1, 18)).reason()).isEqualTo("weekly hours of Saturday");
    }
}
