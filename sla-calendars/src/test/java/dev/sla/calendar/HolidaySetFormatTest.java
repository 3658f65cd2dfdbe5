package dev.sla.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.sla.Problem;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.MonthDay;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The text form of holiday sets: the writer's canonical text, the round trip, and readable parse problems. */
class HolidaySetFormatTest {

    @Test
    void theBuiltInSetSurvivesTheRoundTrip() {
        HolidaySet ru = HolidaySet.builtIn("ru");
        String text = ru.format();
        HolidaySet again = HolidaySet.parse(text);
        assertThat(again).isEqualTo(ru);
        assertThat(again.rules()).isEqualTo(ru.rules());
        assertThat(again.yearSources()).isEqualTo(ru.yearSources());
        assertThat(again.recurringHolidays()).isEqualTo(ru.recurringHolidays());
        // the text is canonical: writing what was read gives the same text
        assertThat(again.format()).isEqualTo(text);
    }

    @Test
    void theWriterWritesOneEntryALine() {
        HolidaySet set = HolidaySet.builder("demo").title("Demo calendar").source("Demo labour code")
                .year(2025, "decree 1", false).year(2026, "draft", true)
                .holidays(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 2), "New Year")
                .dayOff(LocalDate.of(2025, 5, 2), "transferred")
                .workingDay(LocalDate.of(2025, 11, 1), DayOfWeek.MONDAY, "working Saturday")
                .shortDay(LocalDate.of(2025, 3, 7), Duration.ofMinutes(30), "pre-holiday")
                .recurringHoliday(MonthDay.of(12, 25), "Christmas Day").build();
        assertThat(set.format()).isEqualTo(String.join("\n",
                "set demo",
                "name Demo calendar",
                "source Demo labour code",
                "year 2025 source decree 1",
                "year 2026 provisional source draft",
                "holiday 2025-01-01 New Year",
                "holiday 2025-01-02 New Year",
                "short 2025-03-07 PT30M pre-holiday",
                "dayoff 2025-05-02 transferred",
                "working 2025-11-01 MONDAY working Saturday",
                "recurring 12-25 Christmas Day",
                ""));
        assertThat(HolidaySet.parse(set.format())).isEqualTo(set);
    }

    @Test
    void textsThatCannotBeWrittenOnOneLineAreReported() {
        HolidaySet set = HolidaySet.builder("demo").holiday(LocalDate.of(2025, 1, 1), "two\nlines")
                .recurringHoliday(MonthDay.of(12, 25), " padded ").build();
        InvalidCalendarException ex = catchThrowableOfType(InvalidCalendarException.class, set::format);
        assertThat(ex.problems()).extracting(Problem::message).containsExactly(
                "the note of 2025-01-01 'two\nlines' cannot be written on one line",
                "the note of recurring 12-25 ' padded ' cannot be written on one line");
        assertThatThrownBy(() -> HolidaySet.builder("two words").build().format())
                .isInstanceOf(InvalidCalendarException.class).hasMessageContaining("not one word");
    }

    @Test
    void parseProblemsAreWordsAPersonReads() {
        InvalidCalendarException ex = catchThrowableOfType(InvalidCalendarException.class, () -> HolidaySet.parse(
                String.join("\n",
                        "set demo",
                        "working 2025-11-01 FUNDAY bad weekday",
                        "short 2025-03-07 1h bad duration",
                        "holiday 2025-13-01 bad month",
                        "recurring 02-30 no such day",
                        "year 20x5 source bad year")));
        assertThat(ex.problems()).extracting(Problem::message).containsExactly(
                "holiday set:2: unknown weekday 'FUNDAY'; expected MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY or SUNDAY",
                "holiday set:3: invalid shortening '1h'; expected an ISO-8601 duration such as PT1H or PT30M",
                "holiday set:4: invalid date '2025-13-01'; expected an existing date written YYYY-MM-DD",
                "holiday set:5: invalid month and day '02-30'; expected an existing day written MM-DD such as 12-25",
                "holiday set:6: invalid year '20x5'; expected four digits such as 2025");
        assertThat(ex.getMessage()).doesNotContain("java.time").doesNotContain("No enum constant");
    }

    @Test
    void problemsFoundByTheBuilderCarryTheirLineToo() {
        InvalidCalendarException ex = catchThrowableOfType(InvalidCalendarException.class, () -> HolidaySet.parse(
                String.join("\n",
                        "set demo",
                        "year 2025 source decree",
                        "holiday 2025-01-01 New Year",
                        "",
                        "dayoff 2025-01-01 again",
                        "year 2025 source again",
                        "short 2025-03-07 PT0S nothing",
                        "working 2025-01-01 MONDAY works")));
        assertThat(ex.problems()).extracting(Problem::message).containsExactlyInAnyOrder(
                "holiday set:5: 2025-01-01 is declared a holiday or day off twice in set 'demo'",
                "holiday set:6: year 2025 is declared twice",
                "holiday set:7: the shortening of 2025-03-07 must be a positive whole number of seconds, not PT0S",
                "holiday set:8: 2025-01-01 is both a holiday and a working day in set 'demo'");
    }

    @Test
    void aBadShorteningIsReportedByTheBuilderWithItsPath() {
        InvalidCalendarException ex = catchThrowableOfType(InvalidCalendarException.class, () -> HolidaySet.builder("b")
                .shortDay(LocalDate.of(2025, 3, 7), Duration.ofMinutes(-30), "negative")
                .shortDay(LocalDate.of(2025, 3, 8), Duration.ofMillis(500), "fraction").build());
        assertThat(ex.problems()).containsExactly(
                new Problem("/shortDays/2025-03-07", "the shortening of 2025-03-07 must be a positive whole number of seconds, not PT-30M"),
                new Problem("/shortDays/2025-03-08", "the shortening of 2025-03-08 must be a positive whole number of seconds, not PT0.5S"));
        // the calendar's own rules are checked the same way
        assertThatThrownBy(() -> WorkCalendar.builder().zone("UTC").weeklyHours(WeeklyHours.ALWAYS)
                .shortDay(LocalDate.of(2025, 3, 7), Duration.ZERO, "zero").build())
                .isInstanceOf(InvalidCalendarException.class)
                .hasMessage("calendar 'calendar': the shortening of 2025-03-07 must be a positive whole number of seconds, not PT0S");
    }

    // ----------------------------------------------------------------------- property
    @Provide
    Arbitrary<String> spacedWords() {
        Arbitrary<String> word = Arbitraries.strings().withChars("ab-1\u00e9.").ofMinLength(0).ofMaxLength(4);
        Arbitrary<String> space = Arbitraries.strings().withChars(" \t\f\u000B\r\n").ofMinLength(1).ofMaxLength(3);
        return Arbitraries.lazy(() -> word).list().ofMaxSize(7).flatMap(words -> space.list().ofSize(words.size())
                .map(spaces -> {
                    StringBuilder sb = new StringBuilder();
                    for (int k = 0; k < words.size(); k++) {
                        sb.append(words.get(k)).append(spaces.get(k));
                    }
                    return sb.toString();
                }));
    }

    @Property
    void fieldsSplitAsTheRegularExpressionDoes(@ForAll("spacedWords") String text,
            @ForAll @net.jqwik.api.constraints.IntRange(min = 1, max = 6) int limit) {
        assertThat(HolidaySetFormat.fields(text, limit)).containsExactly(text.split("\\s+", limit));
    }

    @Test
    void aDateThatDoesNotExistOrIsNotWrittenYyyyMmDdIsAProblemOfItsLine() {
        for (String date : new String[] {"2025-02-29", "2025-13-01", "2025-1-01", "25-01-01", "2025-01-0x", "2025/01/01"}) {
            InvalidCalendarException ex = catchThrowableOfType(InvalidCalendarException.class,
                    () -> HolidaySet.parse("set x\nholiday " + date + " A day\n"));
            assertThat(ex).as(date).isNotNull();
            assertThat(ex.problems()).extracting(Problem::message).as(date).anyMatch(m -> m.contains(
                    ":2: invalid date '" + date + "'; expected an existing date written YYYY-MM-DD"));
        }
        assertThat(HolidaySet.parse("set x\nholiday 2024-02-29 Leap day\n").rules()).extracting(DayRule::date)
                .containsExactly(LocalDate.of(2024, 2, 29));
    }
}
