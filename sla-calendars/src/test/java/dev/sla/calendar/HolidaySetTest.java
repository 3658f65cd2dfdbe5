package dev.sla.calendar;

import static java.time.DayOfWeek.MONDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.sla.Problem;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;

/** Holiday sets: the text format, its errors with line numbers, the builder's checks, and what a set answers. */
class HolidaySetTest {

    private static final String DEMO = String.join("\n",
            "# a demo set",
            "set demo",
            "name Demo production calendar",
            "source Demo labour code",
            "year 2025 source decree 2024/1",
            "year 2026 provisional source draft decree",
            "",
            "holiday 2025-01-01..2025-01-03 New Year holidays",
            "dayoff 2025-05-02 day off transferred from Saturday 2025-01-04",
            "working 2025-11-01 monday working Saturday",
            "short 2025-03-07 PT1H pre-holiday day",
            "holiday 2026-01-01 New Year",
            "recurring 12-25 Christmas Day");

    @Test
    void parsesTheTextFormat() {
        HolidaySet set = HolidaySet.parse(DEMO);
        assertThat(set.name()).isEqualTo("demo");
        assertThat(set.title()).isEqualTo("Demo production calendar");
        assertThat(set.sources()).containsExactly("Demo labour code");
        assertThat(set.source(Year.of(2025))).contains("decree 2024/1");
        assertThat(set.source(Year.of(2026))).contains("draft decree");
        assertThat(set.isProvisional(Year.of(2025))).isFalse();
        assertThat(set.isProvisional(Year.of(2026))).isTrue();
        assertThat(set.coverage()).contains(LocalDateRange.of(LocalDate.of(2025, 1, 1), LocalDate.of(2027, 1, 1)));
        assertThat(set.recurringHolidays()).containsExactly(java.util.Map.entry(MonthDay.of(12, 25), "Christmas Day"));
        assertThat(set).hasToString("demo[2025-01-01/2027-01-01]");

        assertThat(set.rules(Year.of(2025))).containsExactly(
                new DayRule(LocalDate.of(2025, 1, 1), DayRule.Kind.HOLIDAY, "New Year holidays", null, null),
                new DayRule(LocalDate.of(2025, 1, 2), DayRule.Kind.HOLIDAY, "New Year holidays", null, null),
                new DayRule(LocalDate.of(2025, 1, 3), DayRule.Kind.HOLIDAY, "New Year holidays", null, null),
                new DayRule(LocalDate.of(2025, 3, 7), DayRule.Kind.SHORT_DAY, "pre-holiday day", null, Duration.ofHours(1)),
                new DayRule(LocalDate.of(2025, 5, 2), DayRule.Kind.DAY_OFF, "day off transferred from Saturday 2025-01-04", null, null),
                new DayRule(LocalDate.of(2025, 11, 1), DayRule.Kind.WORKING_DAY, "working Saturday", MONDAY, null),
                new DayRule(LocalDate.of(2025, 12, 25), DayRule.Kind.HOLIDAY, "Christmas Day", null, null));
        assertThat(set.dates(DayRule.Kind.HOLIDAY, Year.of(2026)))
                .containsExactly(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 25));
        assertThat(set.dates(DayRule.Kind.HOLIDAY, Year.of(2031))).containsExactly(LocalDate.of(2031, 12, 25));
        assertThat(HolidaySet.parse(DEMO)).isEqualTo(set).hasSameHashCodeAs(set);
    }

    @Test
    void aCalendarUsesTheSet() {
        WorkCalendar cal = WorkCalendar.builder().name("demo-office").zone(ZoneOffset.UTC)
                .weeklyHours(WeeklyHours.parse("Mon-Fri 09:00-18:00")).holidays(HolidaySet.parse(DEMO)).build();
        assertThat(cal.isWorkingDay(LocalDate.of(2025, 1, 2))).isFalse();
        assertThat(cal.day(LocalDate.of(2025, 1, 2)).reason()).isEqualTo("holiday 'New Year holidays' (set 'demo')");
        assertThat(cal.hoursOn(LocalDate.of(2025, 11, 1))).isEqualTo(DayHours.parse("09:00-18:00"));
        assertThat(cal.hoursOn(LocalDate.of(2025, 3, 7))).isEqualTo(DayHours.parse("09:00-17:00"));
        assertThat(cal.isWorkingDay(LocalDate.of(2025, 5, 2))).isFalse();
        // Thursday 25 December, a recurring holiday, in a year past the data too
        assertThat(cal.isWorkingDay(LocalDate.of(2031, 12, 25))).isFalse();
        assertThat(cal.warnings(Instant.parse("2026-06-01T00:00:00Z"), Instant.parse("2026-07-01T00:00:00Z")))
                .containsExactly("calendar 'demo-office': holiday set 'demo' data for 2026 is provisional");
    }

    @Test
    void reportsEveryBadLineWithItsNumber() {
        String text = String.join("\n",
                "# line 1 is a comment",
                "set demo",
                "holiday 2025-13-01 bad month",
                "frobnicate 2025-01-01 unknown keyword",
                "working 2025-11-01 FUNDAY bad weekday",
                "short 2025-03-07 1h bad duration",
                "year 20x5 source bad year",
                "holiday 2025-05-01",
                "recurring 02-30 no such day",
                "year 2025 draft",
                "set again",
                "dayoff",
                "holiday 2025-06-12 a good line");
        InvalidCalendarException ex = catchThrowableOfType(InvalidCalendarException.class, () -> HolidaySet.parse(text));
        assertThat(ex.problems()).hasSize(10);
        for (int line = 3; line <= 12; line++) {
            String prefix = "holiday set:" + line + ": ";
            assertThat(ex.problems()).as("line %d", line).anySatisfy(p -> assertThat(p.message()).startsWith(prefix));
        }
        assertThat(ex.problems()).anySatisfy(p -> assertThat(p.message()).startsWith("holiday set:3: ").contains("2025-13-01"));
        assertThat(ex.problems()).anySatisfy(p -> assertThat(p.message()).startsWith("holiday set:4: ").contains("unknown entry 'frobnicate'"));
        assertThat(ex.problems()).anySatisfy(p -> assertThat(p.message()).startsWith("holiday set:5: ").contains("FUNDAY"));
        assertThat(ex.problems()).anySatisfy(p -> assertThat(p.message()).startsWith("holiday set:8: ").contains("missing the note"));
        assertThat(ex.problems()).anySatisfy(p -> assertThat(p.message()).startsWith("holiday set:10: ").contains("provisional"));
        assertThat(ex.problems()).anySatisfy(p -> assertThat(p.message()).startsWith("holiday set:11: ").contains("'set' appears twice"));
        assertThat(ex.problems()).anySatisfy(p -> assertThat(p.message()).startsWith("holiday set:12: ").contains("missing the date"));
        assertThat(ex).hasMessageStartingWith("holiday set has 10 problems:");
    }

    @Test
    void windowsLineEndsCountLinesToo() {
        InvalidCalendarException ex = catchThrowableOfType(InvalidCalendarException.class,
                () -> HolidaySet.parse("set demo\r\n\r\nholiday 2025-02-30 no such day\r\n"));
        assertThat(ex.problems()).singleElement().extracting(Problem::message).asString().startsWith("holiday set:3: ");
    }

    @Test
    void theSetLineMustComeFirst() {
        assertThatThrownBy(() -> HolidaySet.parse("holiday 2025-01-01 New Year\nset late"))
                .isInstanceOf(InvalidCalendarException.class)
                .hasMessageContaining("holiday set:1: the first entry must be 'set NAME'");
        InvalidCalendarException ex = catchThrowableOfType(InvalidCalendarException.class, () -> HolidaySet.parse("# nothing\n"));
        assertThat(ex.problems()).containsExactly(new Problem("", "holiday set: no 'set NAME' line"));
    }

    @Test
    void datedEntriesMustLieInDeclaredYears() {
        InvalidCalendarException ex = catchThrowableOfType(InvalidCalendarException.class, () -> HolidaySet.parse(
                "set demo\nyear 2025 source decree\nholiday 2024-12-31 New Year's Eve\nholiday 2025-01-01 New Year"));
        // found by the builder, located by the line it came from
        assertThat(ex.problems()).containsExactly(new Problem("",
                "holiday set:3: holiday 2024-12-31 lies in 2024, which is not a declared year of set 'demo'"));
    }

    @Test
    void theBuilderReportsEveryContradiction() {
        InvalidCalendarException ex = catchThrowableOfType(InvalidCalendarException.class, () -> HolidaySet.builder("b")
                .year(2025, "a", false).year(2025, "b", false)
                .holiday(LocalDate.of(2025, 1, 1), "one").dayOff(LocalDate.of(2025, 1, 1), "two")
                .workingDay(LocalDate.of(2025, 3, 1), MONDAY, "w").workingDay(LocalDate.of(2025, 3, 1), MONDAY, "w again")
                .shortDay(LocalDate.of(2025, 4, 1), Duration.ofHours(1), "s").shortDay(LocalDate.of(2025, 4, 1), Duration.ofHours(2), "s")
                .recurringHoliday(MonthDay.of(5, 9), "Victory Day").workingDay(LocalDate.of(2025, 5, 9), MONDAY, "works")
                .recurringHoliday(MonthDay.of(5, 9), "again")
                .holidays(LocalDate.of(2025, 6, 2), LocalDate.of(2025, 6, 1), "backwards")
                .build());
        assertThat(ex.problems()).containsExactlyInAnyOrder(
                new Problem("/years/2025", "year 2025 is declared twice"),
                new Problem("/recurring/05-09", "recurring holiday --05-09 is declared twice"),
                new Problem("/holidays/2025-06-02..2025-06-01", "holiday range 2025-06-02..2025-06-01 ends before it starts"),
                new Problem("/daysOff/2025-01-01", "2025-01-01 is declared a holiday or day off twice in set 'b'"),
                new Problem("/workingDays/2025-03-01", "2025-03-01 is declared a working day twice in set 'b'"),
                new Problem("/shortDays/2025-04-01", "2025-04-01 is declared a short day twice in set 'b'"),
                new Problem("/workingDays/2025-05-09", "2025-05-09 is both a holiday and a working day in set 'b'"));
        assertThat(ex).hasMessageStartingWith("holiday set 'b' has 7 problems:");
    }

    @Test
    void coverageWithoutDeclaredYearsSpansTheDatedRules() {
        HolidaySet set = HolidaySet.builder("x").holiday(LocalDate.of(2023, 5, 1), "a").holiday(LocalDate.of(2025, 5, 1), "b").build();
        assertThat(set.coverage()).contains(LocalDateRange.of(LocalDate.of(2023, 1, 1), LocalDate.of(2026, 1, 1)));
        assertThat(set.title()).isEqualTo("x");
        HolidaySet recurringOnly = HolidaySet.builder("r").recurringHoliday(MonthDay.of(1, 1), "New Year").build();
        assertThat(recurringOnly.coverage()).isEmpty();
        assertThat(recurringOnly).hasToString("r");
        assertThat(recurringOnly.rules(Year.of(2030)))
                .containsExactly(new DayRule(LocalDate.of(2030, 1, 1), DayRule.Kind.HOLIDAY, "New Year", null, null));
    }

    @Test
    void february29RecursOnlyInLeapYears() {
        HolidaySet set = HolidaySet.builder("leap").recurringHoliday(MonthDay.of(2, 29), "leap day").build();
        assertThat(set.dates(DayRule.Kind.HOLIDAY, Year.of(2028))).containsExactly(LocalDate.of(2028, 2, 29));
        assertThat(set.dates(DayRule.Kind.HOLIDAY, Year.of(2027))).isEmpty();
        WorkCalendar cal = WorkCalendar.builder().zone(ZoneOffset.UTC).weeklyHours(WeeklyHours.ALWAYS).holidays(set).build();
        assertThat(cal.isWorkingDay(LocalDate.of(2028, 2, 29))).isFalse();
        assertThat(cal.isWorkingDay(LocalDate.of(2027, 2, 28))).isTrue();
        assertThat(cal.isWorkingDay(LocalDate.of(2027, 3, 1))).isTrue();
    }

    @Test
    void dayRulesCheckTheirFields() {
        LocalDate d = LocalDate.of(2025, 1, 1);
        assertThatThrownBy(() -> new DayRule(d, DayRule.Kind.WORKING_DAY, "n", null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2025-01-01");
        assertThatThrownBy(() -> new DayRule(d, DayRule.Kind.HOLIDAY, "n", DayOfWeek.MONDAY, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DayRule(d, DayRule.Kind.SHORT_DAY, "n", null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DayRule(d, DayRule.Kind.SHORT_DAY, "n", null, Duration.ZERO))
                .isInstanceOf(InvalidCalendarException.class).hasMessageContaining("positive");
        assertThatThrownBy(() -> new DayRule(d, DayRule.Kind.SHORT_DAY, "n", null, Duration.ofMillis(1500)))
                .isInstanceOf(InvalidCalendarException.class).hasMessageContaining("whole number of seconds");
        assertThatThrownBy(() -> new DayRule(d, DayRule.Kind.HOLIDAY, null, null, null)).isInstanceOf(NullPointerException.class);
        assertThat(new DayRule(d, DayRule.Kind.HOLIDAY, "n", null, null).isNonWorking()).isTrue();
        assertThat(new DayRule(d, DayRule.Kind.DAY_OFF, "n", null, null).isNonWorking()).isTrue();
        assertThat(new DayRule(d, DayRule.Kind.SHORT_DAY, "n", null, Duration.ofHours(1)).isNonWorking()).isFalse();
        assertThat(List.of(
                new DayRule(d.plusDays(1), DayRule.Kind.HOLIDAY, "n", null, null),
                new DayRule(d, DayRule.Kind.SHORT_DAY, "n", null, Duration.ofHours(1)),
                new DayRule(d, DayRule.Kind.HOLIDAY, "n", null, null)).stream().sorted().map(DayRule::kind).toList())
                .containsExactly(DayRule.Kind.HOLIDAY, DayRule.Kind.SHORT_DAY, DayRule.Kind.HOLIDAY);
    }
}
