package dev.sla.calendar;

import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.sla.Problem;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * The statutory rules of a holiday set: Russia's Labour Code past the decrees (articles 112
 * and 95, with dates checked by hand), properties of every year the rules compute, a slow
 * day-by-day reference for generated rules, and the text form.
 */
class StatutoryRulesTest {

    private static final HolidaySet RU = HolidaySet.builtIn("ru");
    /** The article 112 holidays. */
    private static final List<MonthDay> ARTICLE_112 = List.of(MonthDay.of(1, 1), MonthDay.of(1, 2), MonthDay.of(1, 3),
            MonthDay.of(1, 4), MonthDay.of(1, 5), MonthDay.of(1, 6), MonthDay.of(1, 7), MonthDay.of(1, 8),
            MonthDay.of(2, 23), MonthDay.of(3, 8), MonthDay.of(5, 1), MonthDay.of(5, 9), MonthDay.of(6, 12),
            MonthDay.of(11, 4));
    private static final WorkCalendar FIVE_DAYS = WorkCalendar.builder().name("five-days").zone("Europe/Moscow")
            .weeklyHours(WeeklyHours.parse("Mon-Fri 09:00-18:00")).holidays(RU).build();

    @Test
    void russia2028FollowsTheLabourCodeAndIsProvisional() {
        // written from articles 112 and 95 for the weekdays of 2028, not read from the rules
        Year y = Year.of(2028);
        assertThat(RU.isProvisional(y)).isTrue();
        assertThat(RU.source(y)).isEmpty();
        assertThat(RU.dates(DayRule.Kind.HOLIDAY, y)).containsExactly(
                LocalDate.of(2028, 1, 1), LocalDate.of(2028, 1, 2), LocalDate.of(2028, 1, 3), LocalDate.of(2028, 1, 4),
                LocalDate.of(2028, 1, 5), LocalDate.of(2028, 1, 6), LocalDate.of(2028, 1, 7), LocalDate.of(2028, 1, 8),
                LocalDate.of(2028, 2, 23), LocalDate.of(2028, 3, 8), LocalDate.of(2028, 5, 1), LocalDate.of(2028, 5, 9),
                LocalDate.of(2028, 6, 12), LocalDate.of(2028, 11, 4));
        // Saturday 8 January is a January holiday: not carried over; Saturday 4 November moves to Monday 6 November
        assertThat(RU.dates(DayRule.Kind.DAY_OFF, y)).containsExactly(LocalDate.of(2028, 11, 6));
        // the working days right before 23 February, 8 March, 9 May and 4 November; 30 April and 11 June are Sundays
        assertThat(RU.dates(DayRule.Kind.SHORT_DAY, y)).containsExactly(LocalDate.of(2028, 2, 22),
                LocalDate.of(2028, 3, 7), LocalDate.of(2028, 5, 8), LocalDate.of(2028, 11, 3));
        assertThat(RU.dates(DayRule.Kind.WORKING_DAY, y)).isEmpty();
    }

    @Test
    void russia2029CarriesOverMayAndJuneAndShortensNewYearsEve() {
        // 2029: 1 January a Monday, 23 February a Friday, 8 March a Thursday, 1 May a Tuesday, 9 May a Wednesday,
        // 12 June a Tuesday, 4 November a Sunday (carried over to Monday 5 November), 31 December a Monday
        Year y = Year.of(2029);
        assertThat(RU.dates(DayRule.Kind.DAY_OFF, y)).containsExactly(LocalDate.of(2029, 11, 5));
        assertThat(RU.dates(DayRule.Kind.SHORT_DAY, y)).containsExactly(LocalDate.of(2029, 2, 22),
                LocalDate.of(2029, 3, 7), LocalDate.of(2029, 4, 30), LocalDate.of(2029, 5, 8), LocalDate.of(2029, 6, 11),
                LocalDate.of(2029, 12, 31));
        // 2 h from Friday 2 November 2029 17:00: 1 h that day; Saturday 3, Sunday 4 and Monday 5 November are off
        assertThat(FIVE_DAYS.add(LocalDate.of(2029, 11, 2).atTime(17, 0).atZone(FIVE_DAYS.zone()).toInstant(),
                Duration.ofHours(2))).isEqualTo(LocalDate.of(2029, 11, 6).atTime(10, 0).atZone(FIVE_DAYS.zone()).toInstant());
    }

    @Test
    void theDecreedYearsKeepTheirData() {
        // 2027 is decreed: Saturday 20 February works, which the statutory rules alone would not say
        assertThat(RU.isProvisional(Year.of(2027))).isFalse();
        assertThat(RU.dates(DayRule.Kind.WORKING_DAY, Year.of(2027))).containsExactly(LocalDate.of(2027, 2, 20));
        assertThat(RU.yearRules()).hasValueSatisfying(r -> assertThat(r.description())
                .isEqualTo("statutory rules of Labour Code of the Russian Federation, articles 95 and 112"));
    }

    /** Every article 112 date is a day off in every year, decreed or computed. */
    @Property(tries = 300)
    void everyArticle112DateIsADayOff(@ForAll @IntRange(min = 1900, max = 2199) int year) {
        for (MonthDay md : ARTICLE_112) {
            LocalDate d = md.atYear(year);
            assertThat(FIVE_DAYS.isWorkingDay(d)).as("%s", d).isFalse();
            assertThat(RU.nonWorking(d)).as("%s", d).isNotNull();
        }
    }

    /** Outside the decreed years, each weekend holiday outside January gives exactly one extra weekday off. */
    @Property(tries = 300)
    void aWeekendHolidayOutsideJanuaryGivesExactlyOneWeekdayOff(@ForAll @IntRange(min = 1900, max = 2199) int year) {
        if (RU.coverage().get().contains(LocalDate.of(year, 1, 1))) {
            return;
        }
        long weekendHolidays = ARTICLE_112.stream().map(md -> md.atYear(year))
                .filter(d -> d.getMonth() != Month.JANUARY && isWeekend(d)).count();
        List<LocalDate> daysOff = RU.dates(DayRule.Kind.DAY_OFF, Year.of(year));
        assertThat(daysOff).hasSize((int) weekendHolidays);
        for (LocalDate d : daysOff) {
            assertThat(isWeekend(d)).as("%s", d).isFalse();
            assertThat(ARTICLE_112).doesNotContain(MonthDay.from(d));
        }
        assertThat(RU.isProvisional(Year.of(year))).isTrue();
    }

    private static boolean isWeekend(LocalDate d) {
        return d.getDayOfWeek() == SATURDAY || d.getDayOfWeek() == SUNDAY;
    }

    @Test
    void theTextFormStatesTheRules() {
        HolidaySet set = HolidaySet.parse(String.join("\n",
                "set demo",
                "statutory source Demo code",
                "statutory weekend FRIDAY SATURDAY",
                "statutory carryover except 01 12",
                "statutory short PT30M",
                "statutory holiday 03-20..03-22 Spring",
                "statutory holiday 12-16 Independence Day",
                ""));
        StatutoryRules rules = (StatutoryRules) set.yearRules().orElseThrow();
        assertThat(rules.weekend()).isEqualTo(EnumSet.of(DayOfWeek.FRIDAY, SATURDAY));
        assertThat(rules.carryOverExcept()).containsExactly(Month.JANUARY, Month.DECEMBER);
        assertThat(rules.shortening()).contains(Duration.ofMinutes(30));
        assertThat(rules.holidays()).containsOnlyKeys(MonthDay.of(3, 20), MonthDay.of(3, 21), MonthDay.of(3, 22),
                MonthDay.of(12, 16));
        assertThat(rules.isProvisional()).isFalse();
        assertThat(set.isProvisional(Year.of(2030))).isFalse();
        assertThat(set.coverage()).isEmpty();
        assertThat(set.format()).contains("statutory holiday 03-20..03-22 Spring\n")
                .contains("statutory weekend FRIDAY SATURDAY\n").contains("statutory carryover except 01 12\n");
        // 2026: 20 March a Friday (weekend here), 21 a Saturday: both carried to Sunday 22 (a holiday) then 23 and 24
        assertThat(set.dates(DayRule.Kind.DAY_OFF, Year.of(2026)))
                .containsExactly(LocalDate.of(2026, 3, 23), LocalDate.of(2026, 3, 24));
    }

    @Test
    void statutoryLinesWithProblemsNameTheirLines() {
        InvalidCalendarException ex = catchThrowableOfType(InvalidCalendarException.class, () -> HolidaySet.parse(
                String.join("\n",
                        "set demo",
                        "statutory holiday 01-01 New Year",
                        "statutory source Demo code",
                        "statutory holiday 13-01 Nothing",
                        "statutory carryover except 13",
                        "statutory weekend FUNDAY",
                        "statutory short PT0S",
                        "statutory holiday 05-01..04-01 Backwards",
                        "statutory often",
                        "")));
        assertThat(ex.problems()).extracting(Problem::message).containsExactly(
                "holiday set:2: the first statutory line must be 'statutory source TEXT'",
                "holiday set:4: invalid month and day '13-01'; expected an existing day written MM-DD such as 12-25",
                "holiday set:5: invalid month '13'; expected two digits from 01 to 12",
                "holiday set:6: unknown weekday 'FUNDAY'; expected MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY"
                        + " or SUNDAY",
                "holiday set:7: the shortening before a holiday must be a positive whole number of seconds, not PT0S",
                "holiday set:8: statutory holiday range 05-01..04-01 ends before it starts",
                "holiday set:9: unknown statutory entry 'often'; expected statutory source TEXT, statutory provisional,"
                        + " statutory holiday MM-DD[..MM-DD] NOTE, statutory weekend DAY..., statutory carryover"
                        + " [except MM...] or statutory short DURATION",
                "holiday set:3: statutory rules need at least one holiday");
    }

    @Test
    void theBuilderReportsEveryProblemWithItsPath() {
        InvalidCalendarException ex = catchThrowableOfType(InvalidCalendarException.class, () -> StatutoryRules
                .builder("law").holiday(MonthDay.of(1, 1), "a").holiday(MonthDay.of(1, 1), "b")
                .weekend(EnumSet.allOf(DayOfWeek.class)).shortBeforeHoliday(Duration.ofMillis(1500)).build());
        assertThat(ex.problems()).containsExactly(
                new Problem("/statutory/holidays/01-01", "statutory holiday 01-01 is declared twice"),
                new Problem("/statutory/weekend", "the weekend must have between one and six days"),
                new Problem("/statutory/shortBeforeHoliday",
                        "the shortening before a holiday must be a positive whole number of seconds, not PT1.5S"));
        assertThat(new ArrayList<>(StatutoryRules.builder("law").holiday(MonthDay.of(2, 29), "leap").build()
                .rulesOf(Year.of(2027)))).isEmpty();
    }
}
